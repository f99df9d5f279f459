package main

import "runtime/debug"

// version, commit and date are set with -ldflags "-X main.version=... -X
// main.commit=... -X main.date=..." by release builds (.goreleaser.yaml,
// make build); else they come from the module's build info: the module
// version for `go install ...@v1.2.3` ("dev" for a local build), and the VCS
// revision and commit time Go stamps into a build from a git checkout.
var (
	version = ""
	commit  = ""
	date    = ""
)

func toolVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return "dev"
}

// buildCommit and buildDate are the commit and date a binary was built from,
// "unknown" when neither the linker flags nor the build info say.
func buildCommit() string { return stamp(commit, "vcs.revision") }

func buildDate() string { return stamp(date, "vcs.time") }

func stamp(flag, setting string) string {
	if flag != "" {
		return flag
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == setting && s.Value != "" {
				return s.Value
			}
		}
	}
	return "unknown"
}
