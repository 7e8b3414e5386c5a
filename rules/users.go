package rules

import (
	"slices"
	"sync"
)

// Runners returns the services whose programs contain the package: the
// services that import it, directly or not, for an api, shared or unowned
// package (an api package's client runs in its caller's binary); for a
// service's internal package, its owner, and any other service whose main
// imports it all the same (the crossimport check reports that import; the
// code still runs in that binary, on that binary's connections).
func (s *Set) Runners(importPath string) []string {
	info := s.Lookup(importPath)
	if info == nil {
		return nil
	}
	s.runnersOnce.Do(func() { s.runners = s.importers() })
	if info.Role == RoleInternal {
		out := []string{info.Service}
		for _, svc := range s.runners[importPath] {
			if svc != info.Service {
				out = append(out, svc)
			}
		}
		return out
	}
	return s.runners[importPath]
}

// importers maps each package to every service whose program (its main
// packages and what they import) contains it, its owner included. The
// program of a service with no main of its own (one a launcher starts by
// subcommand) is its packages and what they import.
func (s *Set) importers() map[string][]string {
	out := make(map[string][]string)
	for _, svc := range s.Services {
		roots := svc.Mains
		if len(roots) == 0 {
			roots = svc.Packages
		}
		for path := range s.imported(roots) {
			out[path] = append(out[path], svc.Name)
		}
	}
	for path := range out {
		slices.Sort(out[path])
	}
	return out
}

// Linked reports whether some service's program contains the package:
// its main packages import it, directly or not (for a service with no
// main, its own packages do). A package of a service that nothing links
// (a leftover adapter, a test fixture) is in no binary.
func (s *Set) Linked(importPath string) bool {
	s.runnersOnce.Do(func() { s.runners = s.importers() })
	return len(s.runners[importPath]) > 0
}

// Runs reports whether service svc's program contains the package: Runners
// without building a list, for hot loops.
func (s *Set) Runs(importPath, svc string) bool {
	info := s.Lookup(importPath)
	if info == nil {
		return false
	}
	if info.Role == RoleInternal && info.Service == svc {
		return true
	}
	return slices.Contains(s.Runners(importPath), svc)
}

// runnerCache is the lazily built Runners index.
type runnerCache struct {
	runnersOnce sync.Once
	runners     map[string][]string
}
