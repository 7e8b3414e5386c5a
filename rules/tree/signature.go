package tree

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
)

// Signature hashes what a run over the tree reads besides its dependencies'
// modules: the name and content (size and modification time above
// maxHashed) of every file of the program's folders (the folders the scan
// walks, vendor included: source, go.mod and go.sum, deployment and config
// files, schemas), of the folders outside the tree that a go.mod or go.work
// replaces a module with, and of the extra files (deployment files above
// the root). A module taken from
// the module cache is fixed by its version, which go.mod and go.work name.
//
// It fails for a tree the go command reads in GOPATH mode, whose
// dependencies are folders of GOPATH that can change under it unseen.
func (t *Tree) Signature(extra []string) ([32]byte, error) {
	var sig [32]byte
	if len(t.Modules) == 0 {
		return sig, errors.New("no go.mod: GOPATH mode")
	}
	var used map[string]bool
	if t.Workspace != "" {
		used, _ = workspaceModules(t.Workspace)
	}
	h := sha256.New()
	h.Write([]byte("boundcheck tree signature 2\x00"))
	var buf [16]byte
	var ferr error
	file := func(p string, fi fs.FileInfo) {
		h.Write([]byte(p))
		h.Write([]byte{0})
		binary.LittleEndian.PutUint64(buf[:8], uint64(fi.Size()))
		if fi.Size() > maxHashed {
			binary.LittleEndian.PutUint64(buf[8:], uint64(fi.ModTime().UnixNano()))
			h.Write(buf[:])
			return
		}
		h.Write(buf[:8])
		f, err := os.Open(p)
		if err != nil {
			ferr = err
			return
		}
		defer f.Close()
		if _, err := io.Copy(h, f); err != nil {
			ferr = err
		}
	}
	walk := func(top string) error {
		return filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != top && d.Name() != "vendor" && outsideProgram(p, used) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			file(p, fi)
			return nil
		})
	}
	tops := []string{t.Root}
	if t.Workspace != "" {
		tops = append(tops, t.Workspace)
	}
	for _, m := range t.Modules {
		tops = append(tops, replacedDirs(filepath.Join(m.Dir, "go.mod"))...)
	}
	if t.Workspace != "" {
		tops = append(tops, replacedDirs(t.Workspace)...)
	}
	slices.Sort(tops)
	tops = slices.Compact(tops)
	for _, top := range tops {
		if top != t.Root && within(top, t.Root) {
			continue // walked with the root
		}
		fi, err := os.Stat(top)
		if err != nil {
			return sig, err
		}
		if !fi.IsDir() {
			file(top, fi)
			continue
		}
		if err := walk(top); err != nil {
			return sig, err
		}
	}
	for _, p := range extra {
		if fi, err := os.Stat(p); err == nil {
			file(p, fi)
		} else {
			h.Write([]byte(p + "\x00missing"))
		}
	}
	if ferr != nil {
		return sig, ferr
	}
	copy(sig[:], h.Sum(nil))
	return sig, nil
}

// maxHashed is the size up to which Signature hashes a file's content, as
// the go command does; a larger file (a data dump, an image) counts by its
// size and modification time.
const maxHashed = 1 << 20

// replacedDirs returns the absolute folders that the go.mod or go.work file
// replaces modules with.
func replacedDirs(file string) []string {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var reps []*modfile.Replace
	if strings.HasSuffix(file, ".work") {
		wf, err := modfile.ParseWork(file, data, nil)
		if err != nil {
			return nil
		}
		reps = wf.Replace
	} else {
		mf, err := modfile.Parse(file, data, nil)
		if err != nil {
			return nil
		}
		reps = mf.Replace
	}
	var dirs []string
	for _, r := range reps {
		if r.New.Version != "" || !modfile.IsDirectoryPath(r.New.Path) {
			continue
		}
		dir := r.New.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(filepath.Dir(file), dir)
		}
		dirs = append(dirs, filepath.Clean(dir))
	}
	return dirs
}
