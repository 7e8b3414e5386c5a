package rules

import (
	"path"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/rules/schema"
	"github.com/boundcheck/boundcheck/rules/sqltables"
)

// The set's schema: package schema reads the SQL schema and migration
// files in each service's own folders; these methods hand it the folders
// and answer who owns a datastore.

// LoadSchema reads the schema and migration files of the services' own
// folders (ownDirs) and stores the result in s.Schema. An unreadable file is
// a problem; the others are still read.
func (s *Set) LoadSchema() []schema.Problem {
	services := make([]schema.Service, len(s.Services))
	for i, svc := range s.Services {
		services[i] = schema.Service{Name: svc.Name, Dirs: s.ownDirs(svc)}
	}
	sc, problems := schema.Load(s.Root, services, parseCreates)
	s.Schema = sc
	return problems
}

// ownDirs returns the folders, relative to the root, that hold code of svc
// and of no other service: each of its packages' folders, widened to the
// highest folder above it that holds no package of another service (and is
// not the root).
func (s *Set) ownDirs(svc *Service) []string {
	others := make(map[string]bool) // folders of other services' packages
	for _, p := range s.Packages {
		if p.Service != "" && p.Service != svc.Name {
			others[p.Rel] = true
		}
	}
	holdsOther := func(dir string) bool {
		for o := range others {
			if o == dir || strings.HasPrefix(o, dir+"/") {
				return true
			}
		}
		return false
	}
	var out []string
	for _, p := range svc.Packages {
		info := s.Lookup(p)
		if info == nil || info.Rel == "." || info.Rel == "" {
			continue
		}
		dir := info.Rel
		for {
			up := path.Dir(dir)
			if up == "." || up == "/" || holdsOther(up) {
				break
			}
			dir = up
		}
		out = append(out, dir)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	// Keep the outermost folders: a folder inside another is walked with it.
	kept := out[:0]
	for _, d := range out {
		if len(kept) == 0 || !strings.HasPrefix(d, kept[len(kept)-1]+"/") {
			kept = append(kept, d)
		}
	}
	return kept
}

// DataOwner returns the service that owns the database or collection of
// the given kind ("database", "collection", "table") and name, and why:
// the config's owns first, then the service whose schema or migration
// files create it. "" when neither says.
func (s *Set) DataOwner(kind, name string) (service, why string) {
	for _, svc := range s.Services {
		var names []string
		switch kind {
		case "collection":
			names = svc.Owns.Collections
		case "table":
			names = svc.Owns.Tables
		default:
			names = svc.Owns.Databases
		}
		for _, n := range names {
			if strings.EqualFold(n, name) {
				return svc.Name, "boundcheck.yaml"
			}
		}
	}
	if kind == "collection" {
		return "", ""
	}
	if owner, where := s.Schema.Owner(kind, name); owner != "" {
		return owner, "creates it in " + where
	}
	return "", ""
}

// parseCreates finds the tables and databases an SQL text creates, with
// the offset of each statement.
func parseCreates(text string) []schema.Created {
	var out []schema.Created
	for _, st := range sqltables.Statements(text) {
		for _, t := range st.Creates {
			out = append(out, schema.Created{Kind: "table", Name: t, Offset: st.Offset})
		}
		if st.CreatesDatabase != "" {
			out = append(out, schema.Created{Kind: "database", Name: st.CreatesDatabase, Offset: st.Offset})
		}
	}
	return out
}
