//go:build !unix

package confine

// Without O_NONBLOCK and O_NOFOLLOW the checks before and after opening
// (regular file, same file) stand alone.
const (
	openFlags = 0
	noFollow  = 0
	dirOnly   = 0
)
