package tree

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Under go vet every package is a process of its own, and each needs the
// service model of the whole tree. Reading every file's imports in each of
// them costs far more than the check itself on a large repository, so the
// scanned tree is kept in the user's cache folder (never in the analysed
// tree), keyed by its root and valid while no Go file, go.mod or go.work
// below it has changed name, size or modification time.

// treeCacheFormat is part of every signature, so that a cache written by a
// build that scanned differently is never read.
const treeCacheFormat = "boundcheck tree cache 6\x00"

// cachedTree is the encodable form of a Tree.
type cachedTree struct {
	Signature [32]byte
	Root      string
	Workspace string
	Modules   []Module
	Packages  []cachedPackage
	Problems  []string
	Others    []Outside
}

type cachedPackage struct {
	SourcePackage
	ModuleIndex int // into Modules; -1 for none
}

// ScanTreeCached is ScanTree with the cache. Any cache failure falls back to
// scanning; BOUNDCHECK_NOCACHE=1 turns the cache off.
//
// session, when not empty, names one run of a caller that holds the tree
// still for its whole length (one go vet command: its -V=full call and every
// package it analyses share it). The first process of a session checks the
// tree's signature; the others trust that check instead of walking the tree
// again, which costs a stat of every file.
func ScanTreeCached(root, workspace, session string) (*Tree, error) {
	if os.Getenv("BOUNDCHECK_NOCACHE") == "1" {
		return ScanTree(root, workspace)
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	file := cacheFile(root, workspace)
	if session != "" && file != "" {
		if sig, ok := trustedSignature(file, session); ok {
			if t := readCachedTree(file, sig); t != nil {
				return t, nil
			}
		}
	}
	sig, err := treeSignature(root, workspace)
	if err != nil {
		return ScanTree(root, workspace)
	}
	if t := readCachedTree(file, sig); t != nil {
		trust(file, session, sig)
		return t, nil
	}
	t, err := ScanTree(root, workspace)
	if err == nil && file != "" {
		writeCachedTree(file, sig, t)
		trust(file, session, sig)
	}
	return t, err
}

// trustedSignature returns the signature checked earlier in the session.
func trustedSignature(file, session string) (sig [32]byte, ok bool) {
	data, err := os.ReadFile(file + ".session")
	if err != nil || len(data) != len(session)+1+64 || string(data[:len(session)]) != session || data[len(session)] != ' ' {
		return sig, false
	}
	b, err := hex.DecodeString(string(data[len(session)+1:]))
	if err != nil || len(b) != len(sig) {
		return sig, false
	}
	copy(sig[:], b)
	return sig, true
}

// trust records that the tree had signature sig in the session.
func trust(file, session string, sig [32]byte) {
	if session == "" || file == "" {
		return
	}
	writeAtomic(file+".session", []byte(fmt.Sprintf("%s %x", session, sig)))
}

func cacheFile(root, workspace string) string {
	dir, err := CacheDir()
	if err != nil {
		return ""
	}
	h := sha256.Sum256([]byte(root + "\x00" + workspace))
	return filepath.Join(dir, fmt.Sprintf("tree-%x.gob", h[:12]))
}

// IsCacheFile reports whether name, in CacheDir, is a file of the tree
// scans' cache (or the temporary file of one being written).
func IsCacheFile(name string) bool {
	return strings.HasPrefix(name, "tree-") && strings.Contains(name, ".gob") || strings.HasPrefix(name, ".tmp-")
}

// CacheDir returns the folder of boundcheck's caches: $BOUNDCHECK_CACHE when
// set, else boundcheck in the user's cache folder ($XDG_CACHE_HOME or
// ~/.cache on Linux). It is not created here.
func CacheDir() (string, error) {
	if dir := os.Getenv("BOUNDCHECK_CACHE"); dir != "" {
		if !filepath.IsAbs(dir) {
			return "", fmt.Errorf("BOUNDCHECK_CACHE=%s is not an absolute path", dir)
		}
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "boundcheck"), nil
}

// treeSignature hashes the names, sizes and modification times of the Go
// files, go.mod and go.work files that a scan would read.
func treeSignature(root, workspace string) ([32]byte, error) {
	h := sha256.New()
	h.Write([]byte(treeCacheFormat))
	var buf [16]byte
	var used map[string]bool
	if workspace != "" {
		used, _ = workspaceModules(workspace)
		if fi, err := os.Stat(workspace); err == nil {
			binary.LittleEndian.PutUint64(buf[:8], uint64(fi.ModTime().UnixNano()))
			h.Write(buf[:8])
		}
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && outsideProgram(p, used) {
				return filepath.SkipDir
			}
			h.Write([]byte(p))
			h.Write([]byte{0})
			return nil
		}
		if !strings.HasSuffix(name, ".go") && name != "go.mod" && name != "go.work" {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		h.Write([]byte(name))
		binary.LittleEndian.PutUint64(buf[:8], uint64(fi.Size()))
		binary.LittleEndian.PutUint64(buf[8:], uint64(fi.ModTime().UnixNano()))
		h.Write(buf[:])
		return nil
	})
	var sig [32]byte
	copy(sig[:], h.Sum(nil))
	return sig, err
}

func readCachedTree(file string, sig [32]byte) *Tree {
	if file == "" {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var ct cachedTree
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&ct); err != nil || ct.Signature != sig {
		return nil
	}
	t := &Tree{Root: ct.Root, Workspace: ct.Workspace, byPath: make(map[string]*SourcePackage, len(ct.Packages))}
	for i := range ct.Modules {
		m := ct.Modules[i]
		t.Modules = append(t.Modules, &m)
	}
	for i := range ct.Packages {
		cp := ct.Packages[i]
		sp := cp.SourcePackage
		if cp.ModuleIndex >= 0 && cp.ModuleIndex < len(t.Modules) {
			sp.Module = t.Modules[cp.ModuleIndex]
		}
		t.Packages = append(t.Packages, &sp)
		t.byPath[sp.ImportPath] = &sp
	}
	for _, p := range ct.Problems {
		t.Problems = append(t.Problems, errors.New(p))
	}
	t.Others = ct.Others
	return t
}

// writeCachedTree writes the cache file whole or not at all.
func writeCachedTree(file string, sig [32]byte, t *Tree) {
	ct := cachedTree{Signature: sig, Root: t.Root, Workspace: t.Workspace, Others: t.Others}
	index := make(map[*Module]int)
	for i, m := range t.Modules {
		ct.Modules = append(ct.Modules, *m)
		index[m] = i
	}
	for _, p := range t.Packages {
		cp := cachedPackage{SourcePackage: *p, ModuleIndex: -1}
		if p.Module != nil {
			cp.ModuleIndex = index[p.Module]
		}
		cp.Module = nil
		ct.Packages = append(ct.Packages, cp)
	}
	for _, e := range t.Problems {
		ct.Problems = append(ct.Problems, e.Error())
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&ct); err != nil {
		return
	}
	writeAtomic(file, buf.Bytes())
	pruneCache(filepath.Dir(file), 64)
}

// writeAtomic writes a file whole or not at all.
func writeAtomic(file string, data []byte) {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
	}
}

// pruneCache keeps the newest keep tree files in dir.
func pruneCache(dir string, keep int) {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) <= keep {
		return
	}
	type aged struct {
		name string
		mod  int64
	}
	var files []aged
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && strings.HasPrefix(e.Name(), "tree-") && strings.HasSuffix(e.Name(), ".gob") {
			files = append(files, aged{e.Name(), fi.ModTime().UnixNano()})
		}
	}
	slices.SortFunc(files, func(a, b aged) int { return cmp.Compare(b.mod, a.mod) })
	for _, f := range files[min(keep, len(files)):] {
		os.Remove(filepath.Join(dir, f.name))
		os.Remove(filepath.Join(dir, f.name+".session"))
	}
}
