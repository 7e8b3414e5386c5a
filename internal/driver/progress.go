package driver

import (
	"cmp"
	"go/token"
	"slices"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// Progress hears how far a run is. Its methods may be called from several
// goroutines at once.
type Progress interface {
	// Phase says a phase starts, with the units it has (-1: unknown):
	// "loading packages", "analysing packages", "whole-program checks".
	Phase(name string, total int)
	// Done says n more units of the phase are done.
	Done(n int)
	// Finish says the run is over.
	Finish()
}

// runs maps the file set of a run in progress to what counts its passes:
// the analyzers' Run (see Guard) is shared by every run of the process,
// and a pass knows its run by its file set.
var runs sync.Map // *token.FileSet → *passCounter

// A passCounter counts the passes over a run's root packages, and the
// time each analyzer's passes take.
type passCounter struct {
	p     Progress        // nil: none
	roots map[string]bool // import paths
	mu    sync.Mutex
	spent map[string]time.Duration // by analyzer
	byPkg map[string]time.Duration // by package ID, every analyzer's passes
}

func startCounting(fset *token.FileSet, p Progress, roots map[string]bool) *passCounter {
	c := &passCounter{p: p, roots: roots, spent: make(map[string]time.Duration), byPkg: make(map[string]time.Duration)}
	runs.Store(fset, c)
	return c
}

func (c *passCounter) stop(fset *token.FileSet) { runs.Delete(fset) }

// passDone tells the run of pass that a pass that took d is done.
func passDone(pass *analysis.Pass, d time.Duration) {
	v, ok := runs.Load(pass.Fset)
	if !ok {
		return
	}
	c := v.(*passCounter)
	c.mu.Lock()
	c.spent[pass.Analyzer.Name] += d
	c.byPkg[pass.Pkg.Path()] += d
	c.mu.Unlock()
	if c.p != nil && c.roots[pass.Pkg.Path()] {
		c.p.Done(1)
	}
}

// A Timing is how long one part of a run took: the load, the analysis,
// one analyzer's passes, or one whole-program stage. For an analyzer it
// is the sum over its passes, which run in parallel and wait on each
// other: those add up to more than the analysis.
type Timing struct {
	Kind TimingKind
	Name string // the analyzer's or the stage's; "" for the load and the analysis
	D    time.Duration
}

// A TimingKind is the part of a run a Timing is about.
type TimingKind uint8

const (
	TimeLoad TimingKind = iota
	TimeAnalysis
	TimeAnalyzer
	TimeStage
	// TimeCache is a run answered from the result cache: the time to
	// check the tree and read the entry.
	TimeCache
	// TimePackage is one of the packages whose passes took longest, every
	// analyzer's summed (slowPackages of them).
	TimePackage
	// TimeLoadPart is a part of the load (loadTimes).
	TimeLoadPart
)

// slowPackages is how many of the slowest packages a run's timings name.
const slowPackages = 5

// analyzerTimings returns the time spent in each analyzer, longest first.
func (c *passCounter) analyzerTimings() []Timing {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Timing
	for name, d := range c.spent {
		out = append(out, Timing{Kind: TimeAnalyzer, Name: name, D: d})
	}
	slices.SortFunc(out, func(a, b Timing) int { return cmp.Or(cmp.Compare(b.D, a.D), cmp.Compare(a.Name, b.Name)) })
	var pkgs []Timing
	for path, d := range c.byPkg {
		pkgs = append(pkgs, Timing{Kind: TimePackage, Name: path, D: d})
	}
	slices.SortFunc(pkgs, func(a, b Timing) int { return cmp.Or(cmp.Compare(b.D, a.D), cmp.Compare(a.Name, b.Name)) })
	return append(out, pkgs[:min(len(pkgs), slowPackages)]...)
}
