package load

import "strings"

// OpenTofu reads .tofu and .tofu.json files as it reads .tf and .tf.json
// ones, and when a folder holds x.tofu and x.tf (or x.tofu.json and
// x.tf.json), it reads x.tofu only: a module can carry a file for OpenTofu
// next to the one Terraform reads.

// isTofuFile says whether a file name is an OpenTofu configuration file.
func isTofuFile(name string) bool {
	return strings.HasSuffix(name, ".tofu") || strings.HasSuffix(name, ".tofu.json")
}

// configBase is a configuration file's name without its extension (.tf,
// .tf.json, .tofu or .tofu.json) and whether it is JSON.
func configBase(name string) (base string, json bool) {
	for _, ext := range []string{".tf.json", ".tofu.json", ".tf", ".tofu"} {
		if b, ok := strings.CutSuffix(name, ext); ok {
			return b, strings.HasSuffix(ext, ".json")
		}
	}
	return name, false
}

// tofuShadowed returns the names to read of a folder's configuration files:
// all of them but each x.tf (x.tf.json) whose x.tofu (x.tofu.json) is there.
func tofuShadowed(names []string) []string {
	type key struct {
		base string
		json bool
	}
	tofu := map[key]bool{}
	for _, n := range names {
		if isTofuFile(n) {
			b, j := configBase(n)
			tofu[key{b, j}] = true
		}
	}
	if len(tofu) == 0 {
		return names
	}
	out := names[:0:0]
	for _, n := range names {
		if !isTofuFile(n) {
			b, j := configBase(n)
			if tofu[key{b, j}] {
				continue
			}
		}
		out = append(out, n)
	}
	return out
}
