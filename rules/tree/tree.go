// Package tree scans the analysed source tree: it finds the root that bounds
// a run (go.work or go.mod), reads the modules and the packages below it
// (their import paths, names and imports, from the files' headers only), and
// keeps the result in a per-user cache keyed on the files' signature
// (ScanTreeCached). It knows nothing of services or of the config file.
package tree

import (
	"errors"
	"fmt"
	"go/build"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
)

// A Module is a Go module found in the tree.
type Module struct {
	Path string // module path from go.mod, "" in GOPATH-style trees
	Dir  string // absolute directory holding go.mod
	// Key is the prefix of the import paths boundcheck gives the module's
	// packages: Path, unless another module of the tree declares the same
	// path (copies of one service template), when it is qualified by the
	// module's folder, "example.com/svc[services/orders]", so that each
	// copy keeps packages of its own. A bracket cannot occur in a real
	// import path, so a key never collides with one.
	Key string
}

// Qualified reports whether the module shares its path with another module
// of the tree, so that its packages are known by Key rather than Path.
func (m *Module) Qualified() bool { return m.Key != "" && m.Key != m.Path }

// KeyOf returns the path boundcheck knows the package with import path
// importPath by when it is imported from module m: importPath itself,
// unless m is qualified and importPath is one of m's own packages.
func (m *Module) KeyOf(importPath string) string {
	if m == nil || !m.Qualified() {
		return importPath
	}
	if importPath == m.Path {
		return m.Key
	}
	if rest, ok := strings.CutPrefix(importPath, m.Path+"/"); ok {
		return m.Key + "/" + rest
	}
	return importPath
}

// A SourcePackage is a package found by scanning the tree: its name and
// imports as go/build sees them for the current GOOS, GOARCH and tags.
type SourcePackage struct {
	ImportPath  string
	Dir         string // absolute
	Rel         string // slash-separated directory relative to Tree.Root; "." for the root
	ModRel      string // the same relative to the module's directory
	Module      *Module
	Name        string
	Imports     []string // from non-test files
	TestImports []string // from _test.go files, both in-package and external
	TestOnly    bool     // only _test.go files: tests, not a program
	// Commands are the subcommands its files declare with a command-line
	// library (commands.go), for one binary that launches several services.
	Commands []Command
}

// IsCommand reports whether p is a main package that builds a program: a
// folder of a main package's tests alone (system tests) is none.
func (p *SourcePackage) IsCommand() bool { return p.Name == "main" && !p.TestOnly }

// A Tree is a source tree: the modules and packages below a root directory.
// Scanning reads only the package clauses and imports, which is fast enough
// to do in every go vet invocation and gives both drivers the same view.
type Tree struct {
	Root      string // absolute
	Workspace string // absolute path of the go.work governing Root, if any
	Modules   []*Module
	Packages  []*SourcePackage // sorted by ImportPath
	Problems  []error          // directories that could not be read as a package
	// Others are the folders below Root with Go code that the program
	// leaves out, not scanned, which a run says it did not analyse: those
	// holding a go.work of their own, and the modules the workspace does
	// not use. Sorted by folder.
	Others []Outside

	byPath map[string]*SourcePackage
}

// Package returns the package with the given import path, or nil.
func (t *Tree) Package(importPath string) *SourcePackage { return t.byPath[importPath] }

// SkipDir reports whether a directory is never part of the analysed source,
// following the go command's rules (testdata, _ and . prefixes) plus vendor
// and node_modules.
func SkipDir(name string) bool {
	return name == "testdata" || name == "vendor" || name == "node_modules" ||
		strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// FindRoot returns the directory that bounds discovery for a run started in dir:
// the go.work directory when one governs dir's module, else the directory of
// the nearest go.mod, else dir itself (a repository of several modules run from
// a folder above them). The workspace file is returned too, if any.
func FindRoot(dir string) (root, workspace string, err error) {
	dir, err = filepath.Abs(dir)
	if err != nil {
		return "", "", err
	}
	modDir := findUp(dir, "go.mod")
	work := ""
	switch gw := os.Getenv("GOWORK"); gw {
	case "off":
	case "":
		if w := findUp(dir, "go.work"); w != "" {
			work = filepath.Join(w, "go.work")
		}
	default:
		work = gw
	}
	if work != "" {
		wdir := filepath.Dir(work)
		if modDir == "" || within(modDir, wdir) {
			return wdir, work, nil
		}
	}
	if modDir != "" {
		return modDir, "", nil
	}
	return dir, "", nil
}

// findUp returns the nearest directory at or above dir containing name, or "".
func findUp(dir, name string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Within reports whether dir is root or below it.
func Within(dir, root string) bool { return within(dir, root) }

// ModuleOf returns the innermost module of the tree containing dir, or nil.
func (t *Tree) ModuleOf(dir string) *Module { return t.moduleFor(dir) }

// within reports whether dir is root or below it.
func within(dir, root string) bool {
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// ScanTree reads the modules and packages below root. A directory that cannot
// be read as a package is recorded in Problems and skipped; only an unreadable
// root is an error.
func ScanTree(root, workspace string) (*Tree, error) {
	return scanTree(root, workspace, "")
}

// ScanTreeAs scans a GOPATH-style tree (analysistest's testdata/src/<case>)
// as if root held a go.mod for modulePath; go.mod files below it still count.
func ScanTreeAs(root, modulePath string) (*Tree, error) {
	return scanTree(root, "", modulePath)
}

func scanTree(root, workspace, modulePath string) (*Tree, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(root); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", root)
	}
	t := &Tree{Root: root, Workspace: workspace, byPath: make(map[string]*SourcePackage)}

	// The module enclosing the root, when its go.mod is above the root.
	if modulePath != "" {
		t.Modules = append(t.Modules, &Module{Path: modulePath, Dir: root})
	} else if d := findUp(root, "go.mod"); d != "" && d != root {
		if m, err := readModule(d); err == nil {
			t.Modules = append(t.Modules, m)
		} else {
			t.Problems = append(t.Problems, err)
		}
	}

	// In a workspace, only the modules it uses are part of the program.
	var used map[string]bool
	if workspace != "" {
		if used, err = workspaceModules(workspace); err != nil {
			t.Problems = append(t.Problems, err)
		}
	}

	ctxt := build.Default
	var dirs []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			t.Problems = append(t.Problems, err)
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && outsideProgram(p, used) {
			if why := outsideWhy(p); why != "" {
				t.Others = append(t.Others, Outside{Dir: p, Rel: filepath.ToSlash(RelOrAbs(root, p)), Why: why})
			}
			return filepath.SkipDir
		}
		if FileExists(filepath.Join(p, "go.mod")) && !(p == root && modulePath != "") {
			m, err := readModule(p)
			if err != nil {
				t.Problems = append(t.Problems, err)
			} else {
				t.Modules = append(t.Modules, m)
			}
		}
		dirs = append(dirs, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(t.Modules, func(i, j int) bool { return t.Modules[i].Dir < t.Modules[j].Dir })
	t.keyModules()

	for _, dir := range dirs {
		bp, err := ctxt.ImportDir(dir, build.ImportComment)
		if err != nil {
			var noGo *build.NoGoError
			if errors.As(err, &noGo) {
				continue
			}
			if bp == nil || bp.Name == "" {
				t.Problems = append(t.Problems, fmt.Errorf("%s: %w", RelOrAbs(root, dir), err))
				continue
			}
			// A partial result (e.g. several package clauses) is still
			// useful for discovery; the loader reports the error precisely.
		}
		if len(bp.GoFiles)+len(bp.CgoFiles) == 0 && len(bp.TestGoFiles)+len(bp.XTestGoFiles) == 0 {
			continue
		}
		sp := &SourcePackage{
			Dir:         dir,
			Rel:         filepath.ToSlash(RelOrAbs(root, dir)),
			Name:        bp.Name,
			Imports:     bp.Imports,
			TestImports: mergeSorted(bp.TestImports, bp.XTestImports),
		}
		if len(bp.GoFiles)+len(bp.CgoFiles) == 0 {
			// Only test files: not importable, but its tests still count.
			sp.Name = strings.TrimSuffix(bp.Name, "_test")
			sp.TestOnly = true
		}
		sp.Module = t.moduleFor(dir)
		sp.ImportPath = importPathFor(root, sp.Module, dir)
		if sp.Module != nil && sp.Module.Qualified() {
			sp.Imports = keysOf(sp.Module, sp.Imports)
			sp.TestImports = keysOf(sp.Module, sp.TestImports)
		}
		sp.Commands = scanCommands(bp)
		if sp.Module != nil && sp.Module.Qualified() {
			for i := range sp.Commands {
				sp.Commands[i].Imports = keysOf(sp.Module, sp.Commands[i].Imports)
			}
		}
		sp.ModRel = sp.Rel
		if sp.Module != nil {
			sp.ModRel = filepath.ToSlash(RelOrAbs(sp.Module.Dir, dir))
		}
		if _, dup := t.byPath[sp.ImportPath]; dup {
			continue
		}
		t.byPath[sp.ImportPath] = sp
		t.Packages = append(t.Packages, sp)
	}
	sort.Slice(t.Packages, func(i, j int) bool { return t.Packages[i].ImportPath < t.Packages[j].ImportPath })
	return t, nil
}

// An Outside is a folder below the root that the program leaves out.
type Outside struct {
	Dir string // absolute
	Rel string // relative to the root, with slashes
	Why string // "holds a go.work of its own, another program; run boundcheck in it"
}

// outsideWhy says why outsideProgram left out dir, when it holds code a
// user may expect analysed: "" for the folders the go command skips.
func outsideWhy(dir string) string {
	switch {
	case SkipDir(filepath.Base(dir)):
		return ""
	case FileExists(filepath.Join(dir, "go.work")):
		return "holds a go.work of its own, another program; run boundcheck in it"
	}
	return "a module the go.work does not use; add it to the go.work's use, or run boundcheck in it"
}

// outsideProgram reports whether the folder dir below the root is not part of
// the program scanned: a folder the go command skips, another workspace, or a
// module that the workspace (with used modules used) does not use.
func outsideProgram(dir string, used map[string]bool) bool {
	return SkipDir(filepath.Base(dir)) ||
		FileExists(filepath.Join(dir, "go.work")) ||
		used != nil && FileExists(filepath.Join(dir, "go.mod")) && !used[dir]
}

// FileExists reports whether name is a file (not a folder).
func FileExists(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && !fi.IsDir()
}

// workspaceModules returns the absolute folders of the modules a go.work uses.
func workspaceModules(gowork string) (map[string]bool, error) {
	data, err := os.ReadFile(gowork)
	if err != nil {
		return nil, err
	}
	wf, err := modfile.ParseWork(gowork, data, nil)
	if err != nil {
		return nil, err
	}
	used := make(map[string]bool)
	for _, u := range wf.Use {
		dir := u.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(filepath.Dir(gowork), dir)
		}
		used[filepath.Clean(dir)] = true
	}
	return used, nil
}

func readModule(dir string) (*Module, error) {
	gomod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return nil, err
	}
	mp := modfile.ModulePath(data)
	if mp == "" {
		return nil, fmt.Errorf("%s: no module directive; add `module <path>`", gomod)
	}
	return &Module{Path: mp, Dir: dir}, nil
}

// keyModules sets each module's Key: its path, qualified by its folder
// when another module of the tree declares the same path.
func (t *Tree) keyModules() {
	count := make(map[string]int)
	for _, m := range t.Modules {
		count[m.Path]++
	}
	for _, m := range t.Modules {
		m.Key = m.Path
		if count[m.Path] > 1 && m.Path != "" {
			m.Key = fmt.Sprintf("%s[%s]", m.Path, filepath.ToSlash(RelOrAbs(t.Root, m.Dir)))
		}
	}
}

// keysOf maps the import paths a package of module m imports to the keys
// boundcheck knows them by.
func keysOf(m *Module, paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = m.KeyOf(p)
	}
	return out
}

// Qualified returns the tree's modules that share their path with another,
// sorted by folder.
func (t *Tree) Qualified() []*Module {
	var out []*Module
	for _, m := range t.Modules {
		if m.Qualified() {
			out = append(out, m)
		}
	}
	return out
}

// moduleFor returns the innermost module containing dir, or nil.
func (t *Tree) moduleFor(dir string) *Module {
	var best *Module
	for _, m := range t.Modules {
		if within(dir, m.Dir) && (best == nil || len(m.Dir) > len(best.Dir)) {
			best = m
		}
	}
	return best
}

// importPathFor gives dir's import path: below its module's path, or, outside
// any module (GOPATH-style test trees), its path relative to the root.
func importPathFor(root string, m *Module, dir string) string {
	if m == nil {
		return filepath.ToSlash(RelOrAbs(root, dir))
	}
	key := m.Path
	if m.Qualified() {
		key = m.Key
	}
	rel := filepath.ToSlash(RelOrAbs(m.Dir, dir))
	if rel == "." {
		return key
	}
	return path.Join(key, rel)
}

// RelOrAbs returns p relative to base, or p itself when it has no
// relative form.
func RelOrAbs(base, p string) string {
	if rel, err := filepath.Rel(base, p); err == nil {
		return rel
	}
	return p
}

func mergeSorted(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	seen := make(map[string]bool, len(a)+len(b))
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
