package main

import "runtime/debug"

// version is set with -ldflags "-X main.version=..." by release builds; else
// it comes from the module's build info ("dev" for a local build).
var version = ""

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
