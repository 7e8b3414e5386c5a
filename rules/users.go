package rules

import (
	"slices"
	"sync"
)

// Runners returns the services whose programs contain the package: its
// owner for a service's internal package; the services that import it,
// directly or not, for an api, shared or unowned package (an api
// package's client runs in its caller's binary).
func (s *Set) Runners(importPath string) []string {
	info := s.Lookup(importPath)
	if info == nil {
		return nil
	}
	if info.Role == RoleInternal {
		return []string{info.Service}
	}
	s.runnersOnce.Do(func() { s.runners = s.importers() })
	return s.runners[importPath]
}

// importers maps each package to every service whose program (its main
// packages and what they import) contains it, its owner included.
func (s *Set) importers() map[string][]string {
	out := make(map[string][]string)
	for _, svc := range s.Services {
		for path := range s.imported(svc.Mains) {
			out[path] = append(out[path], svc.Name)
		}
	}
	for path := range out {
		slices.Sort(out[path])
	}
	return out
}

// Runs reports whether service svc's program contains the package: Runners
// without building a list, for hot loops.
func (s *Set) Runs(importPath, svc string) bool {
	info := s.Lookup(importPath)
	if info == nil {
		return false
	}
	if info.Role == RoleInternal {
		return info.Service == svc
	}
	return slices.Contains(s.Runners(importPath), svc)
}

// runnerCache is the lazily built Runners index.
type runnerCache struct {
	runnersOnce sync.Once
	runners     map[string][]string
}
