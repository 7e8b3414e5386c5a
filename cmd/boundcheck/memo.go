package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/resultcache"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// A memo is what check keeps of a run in the result cache: all that it
// prints, before the baseline and --new-from-rev filters, which are applied
// on every run.
type memo struct {
	Findings          []findings.Finding
	Packages, Modules int
	Services          []string
	Others            []tree.Outside
	Notes             []string
	Blind             string // blindNote's line, "" for none
}

// memoFormat changes whenever memo or what goes into its key does.
const memoFormat = "boundcheck check memo 1"

// A runMemo is the result cache's entry of one run of check: its key, and
// the cache; nil when the run is not to be cached (caches off, a tree the
// signature cannot vouch for).
type runMemo struct {
	c     *resultcache.Cache
	key   [32]byte
	start time.Time
}

// openMemo computes the key of check's run: everything its output depends
// on. That is the executable, the working folder, the patterns and flags,
// the rule set (config and service model), the enabled checks, the go
// command's configuration (its version and GOROOT, the target, GOFLAGS,
// cgo, the workspace), and the tree's signature, which covers every file of
// the program and its deployment (tree.Signature). Downloaded modules are
// fixed by the versions that go.mod and go.work name. It returns nil when
// the run is not to be cached, and an error, to be said, when the cache
// cannot be opened.
func openMemo(wd string, set *rules.Set, patterns []string, tests bool) (*runMemo, error) {
	start := time.Now()
	if resultcache.Off() || set.Tree == nil {
		return nil, nil
	}
	for _, p := range patterns {
		// A folder pattern outside the tree loads what the signature
		// does not cover.
		if dir, ok := driver.PatternFolder(wd, p); ok && !tree.Within(dir, set.Root) {
			return nil, nil
		}
	}
	c, err := resultcache.Open()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", memoFormat)
	exe, err := os.Executable()
	if err != nil {
		return nil, nil
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return nil, nil
	}
	fmt.Fprintf(h, "exe %s %d %d\x00", exe, fi.Size(), fi.ModTime().UnixNano())
	fmt.Fprintf(h, "wd %s\x00patterns %q\x00tests %t\x00set %s\x00", wd, patterns, tests, set.Hash())
	for _, c := range analyzers.Enabled(set) {
		fmt.Fprintf(h, "check %s\x00", c.Name)
	}
	// The files below the root are the signature's own; the deployment
	// files above it, which deploy.Load reads too, are added.
	sig, err := set.Tree.Signature(deploy.FilesAbove(set.Root))
	if err != nil {
		return nil, nil
	}
	h.Write(sig[:])
	env, err := goEnv(wd)
	if err != nil {
		return nil, nil
	}
	h.Write(env)
	m := &runMemo{c: c, start: start}
	copy(m.key[:], h.Sum(nil))
	return m, nil
}

// goEnv returns the go command's settings that decide which files and
// modules a load reads.
func goEnv(wd string) ([]byte, error) {
	cmd := exec.Command("go", "env", "-json", "GOVERSION", "GOROOT", "GOOS", "GOARCH", "GOFLAGS",
		"CGO_ENABLED", "GOEXPERIMENT", "GO111MODULE", "GOWORK", "GOAMD64", "GOARM64", "GOTOOLCHAIN", "GOMODCACHE")
	cmd.Dir = wd
	return cmd.Output()
}

// get returns the stored run and its blindNote line; nil on a miss.
func (m *runMemo) get() (*driver.Result, string) {
	if m == nil {
		return nil, ""
	}
	data, ok := m.c.Get(m.key)
	if !ok {
		return nil, ""
	}
	var mm memo
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&mm); err != nil || mm.Packages == 0 {
		return nil, "" // not an entry this binary wrote whole: a miss
	}
	return &driver.Result{
		Findings: mm.Findings,
		Packages: mm.Packages,
		Modules:  mm.Modules,
		Services: mm.Services,
		Others:   mm.Others,
		Notes:    mm.Notes,
		Timings:  []driver.Timing{{Kind: driver.TimeCache, D: time.Since(m.start)}},
	}, mm.Blind
}

// put stores a run. A run with a problem is not stored: what stopped part
// of it (a module not downloaded, the network) may be gone on the next
// run without a file of the tree changing.
func (m *runMemo) put(res *driver.Result, blind string) {
	if m == nil || len(res.Problems) > 0 || res.Packages == 0 {
		return
	}
	mm := memo{Findings: res.Findings, Packages: res.Packages, Modules: res.Modules, Services: res.Services, Others: res.Others, Notes: res.Notes, Blind: blind}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&mm); err != nil {
		return
	}
	_ = m.c.Put(m.key, buf.Bytes()) // a run that cannot be stored is run again next time
}

// verboseCacheNote says where a run's results came from, for -v.
func verboseCacheNote(res *driver.Result) string {
	for _, t := range res.Timings {
		if t.Kind == driver.TimeCache {
			dir, _ := resultcache.Dir()
			return "boundcheck: results from the result cache in " + dir + " (nothing changed since the run that stored them; boundcheck cache clean empties it)"
		}
	}
	return ""
}
