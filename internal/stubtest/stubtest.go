// Package stubtest assembles the GOPATH trees that analysistest loads: the
// stubs of the libraries the catalog knows (gRPC, pgx, gorm, chi, ...),
// shared by every analyzer's tests, and one analyzer's own case folders.
// The stubs live once, in testdata/src beside this file.
package stubtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// GOPATH returns a temporary GOPATH whose src holds the library stubs and
// the case folders of testdata, an analyzer's testdata folder (the one
// analysistest.TestData returns). A name in both is an error.
func GOPATH(t testing.TB, testdata string) string {
	t.Helper()
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("stubtest: cannot find its own folder")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	seen := make(map[string]string)
	for _, from := range []string{filepath.Join(filepath.Dir(self), "testdata", "src"), filepath.Join(testdata, "src")} {
		entries, err := os.ReadDir(from)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if other, dup := seen[e.Name()]; dup {
				t.Fatalf("stubtest: %s is in both %s and %s", e.Name(), other, from)
			}
			seen[e.Name()] = from
			if err := copyTree(filepath.Join(from, e.Name()), filepath.Join(src, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// copyTree copies the files under from to to.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
