// Package atomicfile writes a file so that readers see either the old
// contents or the new, never a part: the data goes to a temporary file in
// the same folder, is synced, and is renamed over the target. A failed write
// (full disk, a killed process, an error from the writer) leaves the old file
// as it was.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write creates or replaces path with what fill writes. A target that is a
// symbolic link or anything but a regular file is refused, so that a link
// planted where a report goes cannot redirect the write. A new file gets
// mode 0644; a replaced one keeps its permission bits.
func Write(path string, fill func(w io.Writer) error) (err error) {
	perm := fs.FileMode(0o644)
	switch info, lerr := os.Lstat(path); {
	case lerr == nil && info.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: refusing to write through it", path)
	case lerr == nil && !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file: refusing to write to it", path)
	case lerr == nil:
		perm = info.Mode().Perm()
	case !errors.Is(lerr, fs.ErrNotExist):
		return lerr
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = fill(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename durable where the system allows syncing a
// folder; failing to do so does not undo the write.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
