// Package atomicfile writes a file whole or not at all, as every file
// boundcheck writes must be (the graph's -o, init's config, baselines):
// into a temporary file beside it, renamed over it once complete.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Write writes data to path, mode 0644, whole or not at all. An error
// names path, and leaves no temporary file behind.
func Write(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
