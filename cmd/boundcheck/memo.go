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
const memoFormat = "boundcheck check memo 3"

// A runMemo is the result cache's entry of one run of check: its key, and
// the cache; nil when nothing is to be cached (caches off, a tree without
// a go.mod). A run whose output as a whole is not to be stored (a folder
// pattern outside the tree, which the signature does not cover) still has
// its per-package entries (internal/pkgcache), keyed by salt.
type runMemo struct {
	c     *resultcache.Cache
	key   [32]byte
	whole bool // key is set: the run's output may be stored
	salt  [32]byte
	start time.Time
}

// openMemo computes the key of check's run: everything its output depends
// on. That is the executable, the working folder, the patterns and flags,
// the rule set (config and service model), the enabled checks, the go
// command's configuration (its version and GOROOT, the target, GOFLAGS,
// cgo, the workspace), and the tree's signature, which covers every file of
// the program and its deployment (tree.Signature). Downloaded modules are
// fixed by the versions that go.mod and go.work name. The salt of the
// per-package entries is the part that does not depend on the tree's
// files, the patterns and the flags. It returns nil when the run is not to
// be cached, and an error, to be said, when the cache cannot be opened.
func openMemo(wd string, set *rules.Set, patterns []string, tests bool) (*runMemo, error) {
	start := time.Now()
	if resultcache.Off() || set.Tree == nil {
		return nil, nil
	}
	c, err := resultcache.Open()
	if err != nil {
		return nil, err
	}
	salt, ok := runSalt(wd, set)
	if !ok {
		return nil, nil
	}
	m := &runMemo{c: c, salt: salt, start: start}
	for _, p := range patterns {
		// A folder pattern outside the tree loads what the signature
		// does not cover.
		if dir, ok := driver.PatternFolder(wd, p); ok && !tree.Within(dir, set.Root) {
			return m, nil
		}
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%x\x00", memoFormat, salt)
	fmt.Fprintf(h, "wd %s\x00patterns %q\x00tests %t\x00", wd, patterns, tests)
	// The files below the root are the signature's own; the deployment
	// files above it, which deploy.Load reads too, are added.
	sig, err := set.Tree.Signature(deploy.FilesAbove(set.Root))
	if err != nil {
		return m, nil
	}
	h.Write(sig[:])
	// The history the checks read (set.History, loaded before): a new
	// commit changes what cochange says, though no file of the tree does.
	if hist := set.History; hist != nil {
		fmt.Fprintf(h, "history %s %t %d %d\x00", hist.Head, hist.Shallow, hist.Since.Unix(), len(hist.Commits))
	}
	copy(m.key[:], h.Sum(nil))
	m.whole = true
	return m, nil
}

// runSalt hashes what every result of a run depends on besides the tree's
// files: the executable, the rule set, the enabled checks and the go
// command's settings.
func runSalt(wd string, set *rules.Set) (salt [32]byte, ok bool) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return salt, false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return salt, false
	}
	fmt.Fprintf(h, "exe %s %d %d\x00set %s\x00", exe, fi.Size(), fi.ModTime().UnixNano(), set.Hash())
	for _, c := range analyzers.Enabled(set) {
		fmt.Fprintf(h, "check %s\x00", c.Name)
	}
	env, err := goEnv(wd)
	if err != nil {
		return salt, false
	}
	h.Write(env)
	copy(salt[:], h.Sum(nil))
	return salt, true
}

// packageCache returns the store and salt of the per-package entries for
// a run that stores nothing else (graph, services); a nil store when the
// caches are off or cannot be opened.
func packageCache(wd string, set *rules.Set) (*resultcache.Cache, [32]byte) {
	if resultcache.Off() || set.Tree == nil {
		return nil, [32]byte{}
	}
	c, err := resultcache.Open()
	if err != nil {
		return nil, [32]byte{}
	}
	salt, ok := runSalt(wd, set)
	if !ok {
		return nil, [32]byte{}
	}
	return c, salt
}

// cache returns the store and salt of the per-package entries; a nil
// store when there is none.
func (m *runMemo) cache() (*resultcache.Cache, [32]byte) {
	if m == nil {
		return nil, [32]byte{}
	}
	return m.c, m.salt
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
	if m == nil || !m.whole {
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
	if m == nil || !m.whole || len(res.Problems) > 0 || res.Packages == 0 {
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

// packageCacheNote says how many per-package analyses came from the result
// cache, for --timings; "" when the run had no cache.
func packageCacheNote(res *driver.Result) string {
	st := res.Cached
	if st == nil {
		return ""
	}
	line := fmt.Sprintf("boundcheck: per-package analyses: %d read from the result cache, %d run", st.Hits, st.Runs)
	if st.Unstorable > 0 {
		line += fmt.Sprintf(" (%d of them not storable, run every time)", st.Unstorable)
	}
	return line
}
