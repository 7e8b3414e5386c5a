// Package analyzers is the registry of boundcheck's checks. Each check
// lives in its own folder and declares a check.Check; Checks lists them.
// Everything that names checks reads this list: the config's rules
// section, explain, the check command's help, go vet mode, the directive
// parser and the README's table of checks.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/analyzers/cochange"
	"github.com/boundcheck/boundcheck/analyzers/crossimport"
	"github.com/boundcheck/boundcheck/analyzers/idempotency"
	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/analyzers/shareddb"
	"github.com/boundcheck/boundcheck/analyzers/syncchain"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
)

// Checks are boundcheck's checks, sorted by name. A new check is one line
// here.
var Checks = []*check.Check{
	cochange.Check,
	crossimport.Check,
	idempotency.Check,
	notimeout.Check,
	shareddb.Check,
	syncchain.Check,
}

// Lookup returns the check with the given name, or nil.
func Lookup(name string) *check.Check {
	for _, c := range Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Names returns the names of the checks, sorted.
func Names() []string {
	names := make([]string, len(Checks))
	for i, c := range Checks {
		names[i] = c.Name
	}
	return names
}

// Specs returns what the config decoder needs to know of the checks.
func Specs() []config.CheckSpec {
	specs := make([]config.CheckSpec, len(Checks))
	for i, c := range Checks {
		specs[i] = c.Spec()
	}
	return specs
}

// Enabled returns the checks the config leaves on.
func Enabled(set *rules.Set) []*check.Check {
	var out []*check.Check
	for _, c := range Checks {
		if set.Enabled(c.Name) {
			out = append(out, c)
		}
	}
	return out
}

// PerPackage returns the analyzers of the checks that have one, for set.
func PerPackage(set *rules.Set, checks []*check.Check) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, c := range checks {
		if c.Analyzer != nil {
			out = append(out, c.Analyzer(set))
		}
	}
	return out
}
