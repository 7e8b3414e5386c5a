// Package schema reads the SQL schema and migration files of a tree
// (schema.sql, golang-migrate's NNN_name.up.sql, goose's and atlas' .sql
// files) in the folders of each service, to tell which service creates a
// table or a database: the owner of a datastore, when the config does not
// name one. A table or database two services create has no owner by its
// migrations.
package schema

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/rules/tree"
)

// A Service is a service's name and the folders, relative to the root,
// that hold only its code.
type Service struct {
	Name string
	Dirs []string
}

// A Create is one table or database a schema or migration file creates.
type Create struct {
	Service string
	Kind    string // "table" or "database"
	Name    string // lower case, as written, without quotes
	File    string // relative to the root
	Line    int
}

// A Parser finds the tables and databases an SQL text creates, each with
// the byte offset where its statement starts.
type Parser func(text string) []Created

// A Created is one CREATE statement a Parser found.
type Created struct {
	Kind, Name string
	Offset     int
}

// A Schema is what the schema and migration files below a root create.
type Schema struct {
	Creates []Create // by file, line, name
	// Files are the files read, "path (service)", relative to the root,
	// sorted; Skipped those left out for their size (a data dump, not a
	// migration), likewise.
	Files, Skipped []string
}

// maxFile is the size above which a .sql file is taken for a data dump
// and not read.
const maxFile = 4 << 20

// A Problem is a file that could not be read.
type Problem struct {
	File string
	Err  error
}

func (p Problem) String() string { return fmt.Sprintf("%s: %v", p.File, p.Err) }

// Load reads the .sql files in the services' folders below root (the
// folders the tree scan skips are skipped) with parse.
func Load(root string, services []Service, parse Parser) (*Schema, []Problem) {
	s := new(Schema)
	var problems []Problem
	for _, svc := range services {
		seen := make(map[string]bool)
		for _, dir := range svc.Dirs {
			abs := filepath.Join(root, filepath.FromSlash(dir))
			filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil
				}
				if d.IsDir() {
					if path != abs && tree.SkipDir(d.Name()) {
						return filepath.SkipDir
					}
					return nil
				}
				if !strings.HasSuffix(d.Name(), ".sql") || strings.HasSuffix(d.Name(), ".down.sql") || seen[path] {
					return nil
				}
				seen[path] = true
				rel := filepath.ToSlash(tree.RelOrAbs(root, path))
				if info, err := d.Info(); err == nil && info.Size() > maxFile {
					s.Skipped = append(s.Skipped, rel+" ("+svc.Name+")")
					return nil
				}
				data, err := os.ReadFile(path)
				if err != nil {
					problems = append(problems, Problem{File: rel, Err: err})
					return nil
				}
				s.Files = append(s.Files, rel+" ("+svc.Name+")")
				text := string(data)
				for _, c := range parse(text) {
					s.Creates = append(s.Creates, Create{
						Service: svc.Name, Kind: c.Kind, Name: strings.ToLower(c.Name),
						File: rel, Line: 1 + strings.Count(text[:min(max(c.Offset, 0), len(text))], "\n"),
					})
				}
				return nil
			})
		}
	}
	slices.Sort(s.Files)
	slices.Sort(s.Skipped)
	slices.SortFunc(s.Creates, func(a, b Create) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Name, b.Name)
	})
	return s, problems
}

// Owner returns the service that creates the table or database of the
// given kind and name, and where; "" when none does, or when two services
// do. A schema-qualified table ("billing.charges") also matches an
// unqualified CREATE of "charges", and the reverse.
func (s *Schema) Owner(kind, name string) (service, where string) {
	if s == nil {
		return "", ""
	}
	name = strings.ToLower(name)
	for _, c := range s.Creates {
		if c.Kind != kind || !sameName(c.Name, name) {
			continue
		}
		switch service {
		case "":
			service, where = c.Service, fmt.Sprintf("%s:%d", c.File, c.Line)
		case c.Service:
		default:
			return "", "" // created by two services: no owner by migrations
		}
	}
	return service, where
}

// sameName reports whether two table names name the same table, one of
// them perhaps schema-qualified.
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	_, ua, qa := strings.Cut(a, ".")
	_, ub, qb := strings.Cut(b, ".")
	return (qa && !qb && ua == b) || (qb && !qa && ub == a)
}
