package driver

import (
	"fmt"
	"go/token"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// A load is one go command invocation: the folder it runs in, the patterns
// it is given there, and what it gave.
type load struct {
	dir       string
	module    *rtree.Module // the module loaded; nil for a workspace
	workspace string        // the go.work of a workspace load
	patterns  []string
	pkgs      []*packages.Package
	err       error
	// siblings are the modules of the tree the load took from their
	// folders, the proxy having failed to give them (siblings.go).
	siblings []*rtree.Module
}

// planLoads splits the patterns given in dir into go command invocations.
//
// Under a go.work, the go command sees every module of the workspace at
// once, so one load does. Without one, the go command sees one module at a
// time (the one whose folder it runs in, whose "./..." stops at nested
// modules), so each module of the tree that a pattern reaches is loaded on
// its own, in its own folder: "./..." above several modules means all of
// them, a pattern into a nested module goes to that module, and modules
// that declare the same module path are loaded apart and kept apart by
// their keys (see tree.Module.Key).
func planLoads(dir string, patterns []string, tree *rtree.Tree) ([]*load, error) {
	patterns = defaultPatterns(patterns)
	if len(tree.Modules) == 0 && tree.Workspace == "" {
		return nil, fmt.Errorf("%s is not in a Go module and holds none; run boundcheck inside a module (a folder with go.mod, or below one)", dir)
	}
	if tree.Workspace != "" {
		pats := patterns
		if tree.ModuleOf(dir) == nil {
			// A workspace root that is not a module itself: the go
			// command finds no packages in "./...", so name each module.
			pats = workspacePatterns(dir, patterns, tree)
		}
		return []*load{{dir: dir, workspace: tree.Workspace, patterns: pats}}, nil
	}
	var loads []*load
	for _, m := range tree.Modules {
		var pats []string
		for _, pat := range patterns {
			if p, ok := patternInModule(dir, m, pat, tree); ok {
				pats = append(pats, p)
			}
		}
		if len(pats) > 0 {
			loads = append(loads, &load{dir: m.Dir, module: m, patterns: pats})
		}
	}
	// An import path that names no module of the tree (a dependency, a
	// typo) goes to the go command where the run started, which says
	// what it makes of it.
	var rest []string
	for _, pat := range patterns {
		if !isDirPattern(pat) && !reachesModule(pat, tree) {
			rest = append(rest, pat)
		}
	}
	if len(rest) > 0 {
		home := tree.ModuleOf(dir)
		if home == nil {
			return nil, fmt.Errorf("%s: no module of the tree holds %s; give folder patterns (./...) or run boundcheck inside the module", dir, strings.Join(rest, ", "))
		}
		var l *load
		for _, x := range loads {
			if x.module == home {
				l = x
			}
		}
		if l == nil {
			l = &load{dir: home.Dir, module: home}
			loads = append(loads, l)
		}
		l.patterns = append(l.patterns, rest...)
	}
	return loads, nil
}

// isDirPattern reports whether pat names folders (./x, ../x/..., /abs)
// rather than import paths.
func isDirPattern(pat string) bool {
	return pat == "." || pat == ".." || strings.HasPrefix(pat, "./") || strings.HasPrefix(pat, "../") ||
		pat == "..." || filepath.IsAbs(pat)
}

// PatternFolder returns the absolute folder that pat, given in dir, names,
// and whether pat is a folder pattern at all (not an import path).
func PatternFolder(dir, pat string) (string, bool) {
	if !isDirPattern(pat) {
		return "", false
	}
	base, _ := dirPattern(dir, pat)
	return base, true
}

// dirPattern returns the absolute folder a folder pattern given in dir
// names, and whether it ends in "/..." (the folders below it too).
func dirPattern(dir, pat string) (base string, recursive bool) {
	recursive = strings.HasSuffix(pat, "/...") || pat == "..."
	base = strings.TrimSuffix(strings.TrimSuffix(pat, "/..."), "...")
	if !filepath.IsAbs(base) {
		base = filepath.Join(dir, base)
	}
	return filepath.Clean(base), recursive
}

// workspacePatterns rewrites relative patterns given at a workspace root
// that is not a module into patterns under each module of the workspace.
func workspacePatterns(dir string, patterns []string, tree *rtree.Tree) []string {
	var out []string
	for _, pat := range patterns {
		if !isDirPattern(pat) {
			out = append(out, pat)
			continue
		}
		for _, m := range tree.Modules {
			p, ok := patternInModule(dir, m, pat, tree)
			if !ok {
				continue
			}
			rel, err := filepath.Rel(dir, m.Dir)
			if err != nil {
				continue
			}
			out = append(out, "./"+filepath.ToSlash(filepath.Join(rel, strings.TrimPrefix(p, "./"))))
		}
	}
	return out
}

// patternInModule rewrites a pattern given in dir for the go command run in
// module m's folder, reporting false when the pattern does not reach into
// the module. A folder pattern reaches the modules below it (when it ends in
// "/...") and the innermost module holding its folder; an import path
// pattern reaches the modules whose path or key it names or falls under.
func patternInModule(dir string, m *rtree.Module, pat string, tree *rtree.Tree) (string, bool) {
	if !isDirPattern(pat) {
		return importPatternInModule(m, pat)
	}
	base, recursive := dirPattern(dir, pat)
	switch {
	case recursive && rtree.Within(m.Dir, base):
		return "./...", true
	case rtree.Within(base, m.Dir) && tree.ModuleOf(base) == m:
		rel, _ := filepath.Rel(m.Dir, base)
		p := "./" + filepath.ToSlash(rel)
		switch {
		case rel == ".":
			p = "."
		case recursive:
			p += "/..."
		}
		return p, true
	}
	return "", false
}

// importPatternInModule rewrites an import path pattern for module m: a
// pattern in m's key (example.com/svc[services/a]/...) becomes one in its
// path; a pattern above the module's path reaches all of it.
func importPatternInModule(m *rtree.Module, pat string) (string, bool) {
	recursive := strings.HasSuffix(pat, "/...")
	base := strings.TrimSuffix(pat, "/...")
	for _, prefix := range []string{m.Key, m.Path} {
		if prefix == "" {
			continue
		}
		if base == prefix || strings.HasPrefix(base, prefix+"/") {
			return m.Path + strings.TrimPrefix(pat, prefix), true
		}
		if recursive && strings.HasPrefix(prefix, base+"/") && prefix == m.Path {
			return m.Path + "/...", true
		}
	}
	return "", false
}

// reachesModule reports whether an import path pattern reaches a module of
// the tree.
func reachesModule(pat string, tree *rtree.Tree) bool {
	for _, m := range tree.Modules {
		if _, ok := importPatternInModule(m, pat); ok {
			return true
		}
	}
	return false
}

// loadProgram runs the loads planned for the patterns, at most as many at
// once as there are processors. A load that fails keeps its error; the
// others are still made.
func loadProgram(fset *token.FileSet, dir string, patterns []string, tests bool, env []string, tree *rtree.Tree, times *loadTimes) ([]*load, error) {
	loads, err := planLoads(dir, patterns, tree)
	if err != nil {
		return nil, err
	}
	rekey := fromSource(keyer(tree), tree)
	spec := largestLoad(loads, tree)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, l := range loads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			lenv := env
			if l.workspace != "" {
				// The go command records the checksums it verifies in
				// go.work.sum beside go.work, in the analysed tree: give
				// it a copy of the workspace elsewhere.
				work, cleanup, err := workspaceCopy(l.workspace)
				if err != nil {
					l.err = err
					return
				}
				defer cleanup()
				if lenv == nil {
					lenv = os.Environ()
				}
				lenv = append(slices.Clip(lenv), "GOWORK="+work)
			}
			cfg := loadConfig(fset, l.dir, tests, lenv)
			var guess []string
			if l == spec {
				guess = guessExports(l, tree, tests)
			}
			l.pkgs, l.err = loadFast(cfg, rekey, times, guess, l.patterns...)
			if l.err != nil {
				l.err = loadError(l.err)
			}
			if l.module == nil {
				return
			}
			// Modules of the tree the proxy could not give: again, with
			// their folders in their place (siblings.go).
			if used := unavailableSiblings(l, tree); len(used) > 0 {
				modfile, cleanup, err := siblingModfile(l.module, tree)
				if err != nil {
					return
				}
				defer cleanup()
				cfg := loadConfig(fset, l.dir, tests, withGoflags(lenv, "-modfile="+modfile, "-mod=mod"))
				if pkgs, err := loadFast(cfg, rekey, times, nil, l.patterns...); err == nil {
					l.pkgs, l.err, l.siblings = pkgs, nil, used
				}
			}
		}()
	}
	wg.Wait()
	return loads, nil
}

// largestLoad returns the load of a module with the most packages of the
// tree: the one the run waits for. Only it guesses its export data
// (guessExports), which costs a go command running beside the listing: the
// CPUs are otherwise busy with the other loads, which run side by side.
func largestLoad(loads []*load, tree *rtree.Tree) *load {
	count := make(map[*rtree.Module]int)
	for _, p := range tree.Packages {
		count[p.Module]++
	}
	var best *load
	for _, l := range loads {
		if l.module != nil && (best == nil || count[l.module] > count[best.module]) {
			best = l
		}
	}
	return best
}

// guessExports returns what the tree scan says the load's packages import
// from outside the tree, for loadFast to ask the go command for their export
// data while it lists the packages. Only for a load of one whole module
// ("./..."), whose packages are the module's in the tree: for narrower
// patterns the guess would ask for more than the load needs (with a cold
// build cache, compiling it). A wrong guess costs time, not correctness:
// loadFast asks again for what the listing needs and the guess lacks.
func guessExports(l *load, tree *rtree.Tree, tests bool) []string {
	if l.module == nil || l.workspace != "" || len(l.patterns) != 1 || l.patterns[0] != "./..." {
		return nil
	}
	inTree := func(path string) bool {
		if tree.Package(path) != nil {
			return true
		}
		for _, m := range tree.Modules {
			if m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
				return true
			}
		}
		return false
	}
	seen := make(map[string]bool)
	var out []string
	add := func(paths []string) {
		for _, p := range paths {
			if !seen[p] && p != "C" && p != "unsafe" && !inTree(p) {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	for _, p := range tree.Packages {
		if p.Module != l.module {
			continue
		}
		add(p.Imports)
		if tests {
			add(p.TestImports)
		}
	}
	sort.Strings(out)
	return out
}

// workspaceCopy writes a copy of the go.work file gowork, and of its
// go.work.sum, into a temporary folder, with the folders it uses and
// replaces with made absolute, so that the go command run with GOWORK set
// to the copy sees the same workspace and writes nothing beside the
// original. cleanup removes the copy.
func workspaceCopy(gowork string) (file string, cleanup func(), err error) {
	data, err := os.ReadFile(gowork)
	if err != nil {
		return "", nil, err
	}
	wf, err := modfile.ParseWork(gowork, data, nil)
	if err != nil {
		return "", nil, err
	}
	base := filepath.Dir(gowork)
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(base, p)
	}
	// Drop and Add clear the entries they replace: take copies first.
	var uses []modfile.Use
	for _, u := range wf.Use {
		uses = append(uses, *u)
	}
	var replaces []modfile.Replace
	for _, r := range wf.Replace {
		if r.New.Version == "" { // a folder, not a module version
			replaces = append(replaces, *r)
		}
	}
	for _, u := range uses {
		if err := wf.DropUse(u.Path); err != nil {
			return "", nil, err
		}
		if err := wf.AddUse(abs(u.Path), u.ModulePath); err != nil {
			return "", nil, err
		}
	}
	for _, r := range replaces {
		if err := wf.DropReplace(r.Old.Path, r.Old.Version); err != nil {
			return "", nil, err
		}
		if err := wf.AddReplace(r.Old.Path, r.Old.Version, abs(r.New.Path), ""); err != nil {
			return "", nil, err
		}
	}
	wf.Cleanup()
	dir, err := os.MkdirTemp("", "boundcheck-work-")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	file = filepath.Join(dir, "go.work")
	err = os.WriteFile(file, modfile.Format(wf.Syntax), 0o644)
	if sum, rerr := os.ReadFile(gowork + ".sum"); err == nil && rerr == nil {
		err = os.WriteFile(file+".sum", sum, 0o644)
	}
	if err != nil {
		cleanup()
		return "", nil, err
	}
	return file, cleanup, nil
}

// moduleProblem names the module a failed load was for, with the go
// command's reason.
func moduleProblem(wd string, l *load) Problem {
	where := "the workspace"
	if l.module != nil {
		rel, err := filepath.Rel(wd, filepath.Join(l.module.Dir, "go.mod"))
		if err != nil {
			rel = filepath.Join(l.module.Dir, "go.mod")
		}
		rel = filepath.ToSlash(rel)
		where = fmt.Sprintf("module %s (%s)", l.module.Path, rel)
		// The go command names the go.mod of the folder it ran in.
		msg := strings.ReplaceAll("\n"+l.err.Error(), "\ngo.mod:", "\n"+rel+":")
		return Problem{Msg: fmt.Sprintf("%s could not be loaded, so none of its packages was analysed: %s", where, strings.TrimPrefix(msg, "\n"))}
	}
	return Problem{Msg: fmt.Sprintf("%s could not be loaded, so none of its packages was analysed: %v", where, l.err)}
}

// keyer returns the function loadFast calls on every package it lists, to
// give the packages of a module that shares its path with another the keys
// the service model knows them by, or nil when no module does.
// fromSource extends rekey (which type-checks the packages it rekeys from
// source) to the packages of the tree's other modules that a module's load
// lists as dependencies: a shared module of the repository required by
// version, or put in place by the module proxy fallback (siblings.go). They
// are type-checked from source too, so that what the analyzers learn of
// them (a config helper's ReturnFact, a broker wrapper's HandleFact)
// reaches the packages that import them; from export data they say
// nothing.
func fromSource(rekey func(*packages.Package) bool, tree *rtree.Tree) func(*packages.Package) bool {
	paths := make(map[string]bool)
	for _, m := range tree.Modules {
		if m.Path != "" {
			paths[m.Path] = true
		}
	}
	if len(tree.Modules) < 2 {
		return rekey
	}
	return func(p *packages.Package) bool {
		if rekey != nil && rekey(p) {
			return true
		}
		return p.Module != nil && paths[p.Module.Path]
	}
}

func keyer(tree *rtree.Tree) func(*packages.Package) bool {
	byDir := make(map[string]*rtree.Module)
	for _, m := range tree.Qualified() {
		byDir[m.Dir] = m
	}
	if len(byDir) == 0 {
		return nil
	}
	return func(p *packages.Package) bool {
		if p.Module == nil {
			return false
		}
		m := byDir[filepath.Clean(p.Module.Dir)]
		if m == nil {
			return false
		}
		p.PkgPath = rekeyPath(m, p.PkgPath)
		p.ForTest = rekeyPath(m, p.ForTest)
		first, rest, variant := strings.Cut(p.ID, " [")
		p.ID = rekeyPath(m, first)
		if variant {
			p.ID += " [" + rekeyPath(m, strings.TrimSuffix(rest, "]")) + "]"
		}
		return true
	}
}

// rekeyPath gives a package path of module m its key, keeping the suffix of
// an external test package ("_test") or a test main (".test").
func rekeyPath(m *rtree.Module, p string) string {
	if p == "" {
		return p
	}
	for _, suffix := range []string{"_test", ".test"} {
		if base, ok := strings.CutSuffix(p, suffix); ok {
			if k := m.KeyOf(base); k != base {
				return k + suffix
			}
		}
	}
	return m.KeyOf(p)
}

// inScope reports whether the tree package sp is one the patterns given in
// dir ask for.
func inScope(sp *rtree.SourcePackage, dir string, patterns []string) bool {
	for _, pat := range defaultPatterns(patterns) {
		if isDirPattern(pat) {
			base, recursive := dirPattern(dir, pat)
			if sp.Dir == base || recursive && rtree.Within(sp.Dir, base) {
				return true
			}
			continue
		}
		if matchImport(pat, sp.ImportPath) || sp.Module != nil && matchImport(pat, sp.Module.Path+strings.TrimPrefix(sp.ImportPath, sp.Module.Key)) {
			return true
		}
	}
	return false
}

// matchImport matches an import path pattern with at most a trailing
// "/..." or a "..." element.
func matchImport(pat, p string) bool {
	if base, ok := strings.CutSuffix(pat, "/..."); ok {
		return p == base || strings.HasPrefix(p, base+"/")
	}
	if strings.Contains(pat, "...") {
		ok, _ := path.Match(strings.ReplaceAll(pat, "...", "*"), p)
		return ok
	}
	return pat == p
}

// analysedServices returns the sorted services that own at least one of the
// packages analysed.
func analysedServices(roots []*packages.Package, set *rules.Set) []string {
	seen := make(map[string]bool)
	for _, p := range roots {
		if info := set.Lookup(strings.TrimSuffix(p.PkgPath, "_test")); info != nil && info.Service != "" {
			seen[info.Service] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// coverageProblems says what a run did not analyse although it was asked
// to: nothing at all, or a service the model names whose packages are among
// those the patterns ask for, but of which no package was loaded. Either
// would otherwise pass for a clean result.
func coverageProblems(opts Options, loads []*load, roots []*packages.Package, analysed []string) []Problem {
	pats := strings.Join(defaultPatterns(opts.Patterns), " ")
	if len(roots) == 0 {
		failed := 0
		for _, l := range loads {
			if l.err != nil {
				failed++
			}
		}
		if failed > 0 && failed == len(loads) {
			return []Problem{{Msg: fmt.Sprintf("no package was analysed: no module that %s reaches could be loaded (see above)", pats)}}
		}
		return []Problem{{Msg: fmt.Sprintf("no package was analysed: %s matches no Go package", pats)}}
	}
	var out []Problem
	tree := opts.Set.Tree
	for _, svc := range opts.Set.Services {
		if slices.Contains(analysed, svc.Name) {
			continue
		}
		if len(svc.Packages) == 0 {
			out = append(out, Problem{Msg: fmt.Sprintf("service %s has no packages (%s)", svc.Name, svc.Rule)})
			continue
		}
		var asked []string
		for _, p := range svc.Packages {
			if sp := tree.Package(p); sp != nil && inScope(sp, opts.Dir, opts.Patterns) {
				asked = append(asked, p)
			}
		}
		if len(asked) == 0 {
			continue
		}
		more := ""
		if len(asked) > 1 {
			more = fmt.Sprintf(" and %d more", len(asked)-1)
		}
		out = append(out, Problem{Msg: fmt.Sprintf("service %s: none of its packages was analysed (%s%s); the go command did not load them", svc.Name, asked[0], more)})
	}
	return out
}

// countModules counts the modules the packages are in.
func countModules(pkgs []*packages.Package) int {
	dirs := make(map[string]bool)
	for _, p := range pkgs {
		if p.Module != nil {
			dirs[p.Module.Dir] = true
		}
	}
	return len(dirs)
}

// otherPrograms returns the folders the program leaves out
// (tree.Tree.Others) that the run's folder patterns reach.
func otherPrograms(opts Options) []rtree.Outside {
	var out []rtree.Outside
	for _, o := range opts.Set.Tree.Others {
		for _, pat := range defaultPatterns(opts.Patterns) {
			if !isDirPattern(pat) {
				continue
			}
			if base, recursive := dirPattern(opts.Dir, pat); recursive && rtree.Within(o.Dir, base) {
				out = append(out, o)
				break
			}
		}
	}
	return out
}
