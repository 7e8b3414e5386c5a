package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// loadFast gives the same packages as the floor's packages.Load, but asks
// the go command for export data only for the dependencies that do not
// depend on the packages under analysis. packages.Load asks for the export
// data of every package it lists, so with a cold build cache it compiles the
// whole program, although the packages under analysis are then parsed and
// type-checked from source anyway.
//
// rekey, when not nil, is called on every package listed before anything
// else reads it; the packages it changes (see keyer) are type-checked from
// source, so that every types.Package of theirs carries the new path.
// times, when not nil, adds up how long the load's parts took. guess names
// dependencies whose export data the load will likely need (guessExports).
func loadFast(cfg *packages.Config, rekey func(*packages.Package) bool, times *loadTimes, guess []string, patterns ...string) ([]*packages.Package, error) {
	start := time.Now()
	if times == nil {
		times = new(loadTimes)
	}
	// The export data of the guessed dependencies is asked for while the
	// packages are listed: the two go commands run side by side.
	guessed := make(map[string]string) // ID → export file
	guessDone := make(chan struct{})
	go func() {
		defer close(guessDone)
		if len(guess) == 0 {
			return
		}
		ex := *cfg
		ex.Mode = packages.NeedName | packages.NeedExportFile
		ex.Tests = false
		if deps, err := packages.Load(&ex, guess...); err == nil {
			for _, d := range deps {
				if d.ExportFile != "" && len(d.Errors) == 0 {
					guessed[d.ID] = d.ExportFile
				}
			}
		}
	}()
	meta := *cfg
	meta.Mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
		packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes
	roots, err := packages.Load(&meta, patterns...)
	if err != nil {
		<-guessDone
		return nil, err
	}

	// Source for the roots and for anything that imports one (test variants
	// recompiled against a package's tests); export data for the rest.
	needSrc := make(map[*packages.Package]bool)
	var all []*packages.Package
	var visit func(p *packages.Package) bool
	seen := make(map[*packages.Package]bool)
	for _, r := range roots {
		needSrc[r] = true
	}
	visit = func(p *packages.Package) bool {
		if seen[p] {
			return needSrc[p]
		}
		seen[p] = true
		all = append(all, p)
		if rekey != nil && rekey(p) {
			needSrc[p] = true
		}
		for _, imp := range p.Imports {
			if visit(imp) {
				needSrc[p] = true
			}
		}
		if p.ForTest != "" {
			needSrc[p] = true
		}
		return needSrc[p]
	}
	for _, r := range roots {
		visit(r)
	}

	// Only the packages that a package checked from source imports need
	// types: the export data of those holds whatever of their own
	// dependencies they mention, and the analyzers see no package loaded
	// from export data (detach).
	needTypes := make(map[*packages.Package]bool)
	for _, p := range all {
		if needSrc[p] {
			for _, imp := range p.Imports {
				needTypes[imp] = true
			}
		}
	}
	times.add(&times.list, start)
	start = time.Now()
	<-guessDone
	exportFile := make(map[string]string)
	var exportIDs []string
	for _, p := range all {
		if !needSrc[p] && needTypes[p] && p.PkgPath != "unsafe" && p.ID != "C" {
			if f, ok := guessed[p.ID]; ok {
				exportFile[p.ID] = f
			} else {
				exportIDs = append(exportIDs, p.ID)
			}
		}
	}
	sort.Strings(exportIDs)
	if len(exportIDs) > 0 {
		ex := *cfg
		ex.Mode = packages.NeedName | packages.NeedExportFile
		ex.Tests = false
		deps, err := packages.Load(&ex, exportIDs...)
		if err != nil {
			return nil, err
		}
		for _, d := range deps {
			exportFile[d.ID] = d.ExportFile
		}
	}

	times.add(&times.export, start)
	start = time.Now()
	fset := cfg.Fset
	imported := make(map[string]*types.Package) // export-data packages, by path
	var importedMu sync.Mutex
	done := make(map[*packages.Package]chan struct{}, len(all))
	for _, p := range all {
		done[p] = make(chan struct{})
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, p := range all {
		wg.Add(1)
		go func(p *packages.Package) {
			defer wg.Done()
			defer close(done[p])
			for _, imp := range p.Imports {
				<-done[imp]
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			p.Fset = fset
			switch {
			case needSrc[p]:
				checkFromSource(p, fset)
			case needTypes[p]:
				readExport(p, exportFile[p.ID], fset, imported, &importedMu)
			}
		}(p)
	}
	wg.Wait()
	for _, p := range all {
		if p.Types == nil && !needSrc[p] && !needTypes[p] {
			p.Types = imported[p.PkgPath] // as far as the export data read mentions it
		}
	}
	times.add(&times.check, start)
	return roots, nil
}

// loadTimes are the wall times of the load's parts, summed over the go
// command runs of a program (which run in parallel): listing the packages,
// listing the export data of the dependencies (the go command compiles
// what its cache lacks), and parsing and type-checking from source with
// the dependencies' export data read.
type loadTimes struct {
	list, export, check atomic.Int64 // nanoseconds
}

func (t *loadTimes) add(d *atomic.Int64, start time.Time) {
	d.Add(int64(time.Since(start)))
}

// timings returns the parts as Timings.
func (t *loadTimes) timings() []Timing {
	return []Timing{
		{Kind: TimeLoadPart, Name: "go list", D: time.Duration(t.list.Load())},
		{Kind: TimeLoadPart, Name: "go list -export", D: time.Duration(t.export.Load())},
		{Kind: TimeLoadPart, Name: "parse and type-check", D: time.Duration(t.check.Load())},
	}
}

// readExport gives p its types from export data.
func readExport(p *packages.Package, file string, fset *token.FileSet, imported map[string]*types.Package, mu *sync.Mutex) {
	if p.PkgPath == "unsafe" {
		p.Types = types.Unsafe
		return
	}
	if file == "" {
		if len(p.Errors) == 0 {
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: "no export data for " + p.ID, Kind: packages.ListError})
		}
		p.IllTyped = true
		return
	}
	p.ExportFile = file
	f, err := os.Open(file)
	if err != nil {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.ListError})
		p.IllTyped = true
		return
	}
	defer f.Close()
	//lint:ignore SA1019 go list -export files are archives in Go 1.26; go/packages reads them the same way
	r, err := gcexportdata.NewReader(f)
	if err == nil {
		mu.Lock()
		p.Types, err = gcexportdata.Read(r, fset, imported, p.PkgPath)
		mu.Unlock()
	}
	if err != nil {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: fmt.Sprintf("reading export data for %s: %v", p.ID, err), Kind: packages.ListError})
		p.IllTyped = true
	}
}

// checkFromSource parses and type-checks p, as go/packages does for a root.
func checkFromSource(p *packages.Package, fset *token.FileSet) {
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
					// Analyzers that run despite errors see only
					// pass.TypeErrors, and a syntax error leaves holes
					// (ast.BadExpr) that go/types passes over quietly
					// but the SSA builder cannot: it is one of them.
					pos := token.NoPos
					if f != nil {
						if tf := fset.File(f.FileStart); tf != nil && e.Pos.Offset <= tf.Size() {
							pos = tf.Pos(e.Pos.Offset)
						}
					}
					p.TypeErrors = append(p.TypeErrors, types.Error{Fset: fset, Pos: pos, Msg: e.Msg})
				}
			} else {
				p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.ParseError})
			}
		}
	}
	if p.Syntax == nil {
		p.Syntax = []*ast.File{}
	}
	p.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil || imp.Types == nil {
				return nil, fmt.Errorf("could not import %s", path)
			}
			return imp.Types, nil
		}),
		Sizes: p.TypesSizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				p.Errors = append(p.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
				// As go/packages does: analyzers see them as
				// pass.TypeErrors.
				p.TypeErrors = append(p.TypeErrors, te)
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	types.NewChecker(tc, fset, p.Types, p.TypesInfo).Files(p.Syntax)
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		if imp.IllTyped {
			p.IllTyped = true
		}
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
