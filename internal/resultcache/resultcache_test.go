package resultcache

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

// TestGetPut checks a round trip, and that an entry whose data file is cut
// short or changed is a miss.
func TestGetPut(t *testing.T) {
	c, _ := openTemp(t)
	key := sha256.Sum256([]byte("run"))
	if _, ok := c.Get(key); ok {
		t.Fatal("hit in an empty cache")
	}
	data := []byte("the findings of a run")
	if err := c.Put(key, data); err != nil {
		t.Fatal(err)
	}
	if got, ok := c.Get(key); !ok || string(got) != string(data) {
		t.Fatalf("Get = %q, %t; want %q", got, ok, data)
	}
	for _, damage := range []func([]byte) []byte{
		func(b []byte) []byte { return b[:len(b)-3] },
		func(b []byte) []byte { b[0] ^= 1; return b },
	} {
		if err := c.Put(key, data); err != nil {
			t.Fatal(err)
		}
		file := c.c.OutputFile(sha256.Sum256(data))
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, damage(b), 0o666); err != nil {
			t.Fatal(err)
		}
		if got, ok := c.Get(key); ok {
			t.Errorf("a damaged entry was a hit: %q", got)
		}
	}
}

// TestClean checks that Clean removes the caches and nothing else of a
// folder BOUNDCHECK_CACHE names.
func TestClean(t *testing.T) {
	c, dir := openTemp(t)
	if err := c.Put(sha256.Sum256([]byte("k")), []byte("v")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tree-0123.gob", "tree-0123.gob.session", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := Clean(); err != nil || got != dir {
		t.Fatalf("Clean() = %q, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if len(left) != 1 || left[0] != "notes.txt" {
		t.Errorf("after Clean the folder holds %q, want only notes.txt", left)
	}
}

// TestRelativeDir checks that a relative BOUNDCHECK_CACHE is refused.
func TestRelativeDir(t *testing.T) {
	t.Setenv("BOUNDCHECK_CACHE", "cache")
	if _, err := Open(); err == nil {
		t.Error("Open with BOUNDCHECK_CACHE=cache: no error")
	}
}

// openTemp opens a cache in a temporary folder, which it returns.
func openTemp(t *testing.T) (*Cache, string) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("BOUNDCHECK_CACHE", dir)
	t.Setenv("BOUNDCHECK_NOCACHE", "")
	c, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	return c, dir
}
