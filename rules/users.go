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

// importers maps each package to every service whose program imports it,
// its owner included.
func (s *Set) importers() map[string][]string {
	out := make(map[string][]string)
	for _, svc := range s.Services {
		seen := make(map[string]bool)
		var visit func(path string)
		visit = func(path string) {
			sp := s.Tree.Package(path)
			if sp == nil || seen[path] {
				return
			}
			seen[path] = true
			for _, imp := range sp.Imports {
				visit(imp)
			}
		}
		for _, m := range svc.Mains {
			visit(m)
		}
		for path := range seen {
			out[path] = append(out[path], svc.Name)
		}
	}
	for path := range out {
		slices.Sort(out[path])
	}
	return out
}

// runnerCache is the lazily built Runners index.
type runnerCache struct {
	runnersOnce sync.Once
	runners     map[string][]string
}
