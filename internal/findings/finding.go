// Package findings is the one pipeline every diagnostic goes through:
// suppression directives, sorting, and the printers.
package findings

import (
	"cmp"
	"go/token"
	"slices"
)

// A Finding is one diagnostic, ready to print.
type Finding struct {
	Analyzer string
	Pos      token.Position // Filename is absolute
	End      token.Position
	Service  string // the service of the package it is in, if any
	Message  string
	Related  []Related
	// Resource is what the finding is about when it is no service or call
	// but a resource of the system model (a shared database): its id, as
	// the check gives it in the diagnostic's Category. No printer shows
	// it; the graph draws the resource red.
	Resource string
}

// Related is evidence at another position.
type Related struct {
	Pos     token.Position
	Message string
}

func compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Pos.Filename, b.Pos.Filename),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
	)
}

// Sort orders findings by file, line, column, analyzer and message, and drops
// exact duplicates (a file analysed in two variants of its package).
func Sort(fs []Finding) []Finding {
	slices.SortFunc(fs, compare)
	return slices.CompactFunc(fs, func(a, b Finding) bool { return compare(a, b) == 0 })
}
