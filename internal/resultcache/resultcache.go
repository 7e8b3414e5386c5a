// Package resultcache keeps the results of runs on disk, so that a run over
// a tree that has not changed since is answered without loading it. It is
// the go command's own cache (rogpeppe/go-internal/cache, a copy of
// cmd/go/internal/cache): entries are found by a key that hashes every input
// of the result, written whole or not at all, checked against their hash
// when read, and trimmed when unused for five days.
package resultcache

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/cache"

	"github.com/boundcheck/boundcheck/rules/tree"
)

// A Cache is the folder of results.
type Cache struct {
	c *cache.Cache
}

// Off reports whether the caches are turned off (BOUNDCHECK_NOCACHE=1).
func Off() bool { return os.Getenv("BOUNDCHECK_NOCACHE") == "1" }

// Dir returns the folder of the results: results in tree.CacheDir.
func Dir() (string, error) {
	dir, err := tree.CacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "results"), nil
}

// Open opens the folder of results, making it if need be, and trims it at
// most once a day.
func Open() (*Cache, error) {
	if Off() {
		return nil, errors.New("BOUNDCHECK_NOCACHE=1")
	}
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	c, err := cache.Open(dir)
	if err != nil {
		return nil, err
	}
	_ = c.Trim() // a failed trim is tried again on the next run
	return &Cache{c: c}, nil
}

// Get returns the result stored under key. A missing, truncated or
// corrupt entry is a miss.
func (c *Cache) Get(key [32]byte) ([]byte, bool) {
	data, _, err := c.c.GetBytes(key)
	if err != nil {
		return nil, false
	}
	return data, true
}

// Put stores data under key.
func (c *Cache) Put(key [32]byte, data []byte) error {
	return c.c.PutBytes(key, data)
}

// Clean removes boundcheck's caches, the results and the tree scans, and
// returns their folder. It removes nothing else: BOUNDCHECK_CACHE may name
// a folder that holds more.
func Clean() (string, error) {
	dir, err := tree.CacheDir()
	if err != nil {
		return "", err
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return dir, nil
	}
	if err != nil {
		return dir, err
	}
	for _, e := range entries {
		name := e.Name()
		if name != "results" && !tree.IsCacheFile(name) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return dir, fmt.Errorf("cleaning %s: %w", dir, err)
		}
	}
	return dir, nil
}
