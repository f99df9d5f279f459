//go:build unix

package confine

import "syscall"

// openFlags make an open of a FIFO that slipped past the type check return
// at once instead of waiting for a writer.
const openFlags = syscall.O_NONBLOCK

// noFollow refuses a final symlink: a resolved path has none, so one there
// was swapped in after the check.
const noFollow = syscall.O_NOFOLLOW

// dirOnly makes opening anything but a folder fail.
const dirOnly = syscall.O_DIRECTORY
