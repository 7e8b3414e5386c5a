// Package analyzers lists boundcheck's analyzers.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/crossimport"
	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/analyzers/syncchain"
	"github.com/boundcheck/boundcheck/rules"
)

// All returns every analyzer for the rule set, sorted by name, whether the
// config enables it or not.
func All(set *rules.Set) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		crossimport.New(set),
		notimeout.New(set),
		syncchain.New(set),
	}
}

// Enabled returns the analyzers of All that the config leaves on.
func Enabled(set *rules.Set) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range All(set) {
		if set.Enabled(a.Name) {
			out = append(out, a)
		}
	}
	return out
}
