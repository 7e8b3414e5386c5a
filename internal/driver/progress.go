package driver

import (
	"go/token"
	"sync"

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

// A passCounter counts the passes over a run's root packages.
type passCounter struct {
	p     Progress
	roots map[string]bool // import paths
}

func startCounting(fset *token.FileSet, p Progress, roots map[string]bool) func() {
	if p == nil {
		return func() {}
	}
	runs.Store(fset, &passCounter{p: p, roots: roots})
	return func() { runs.Delete(fset) }
}

// passDone tells the run of pass that a pass over one of its root
// packages is done.
func passDone(pass *analysis.Pass) {
	v, ok := runs.Load(pass.Fset)
	if !ok {
		return
	}
	if c := v.(*passCounter); c.roots[pass.Pkg.Path()] {
		c.p.Done(1)
	}
}
