package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// Nested modules without a go.work that require one another at versions
// the module proxy cannot give (a private repository, a pseudo-version
// that was never published, a machine offline) load with errors. When
// the modules the go command could not download are modules of the tree,
// the load is made again with their folders put in place of the versions,
// as a go.work would, through a copy of the module's go.mod (-modfile):
// nothing in the tree is written. The run says so (Result.Notes).

// unavailableSiblings returns the modules of the tree, other than l's own,
// that the errors of l's load say could not be downloaded (a message
// naming "path@version", or a package of the module listed with errors
// and no files) or have no go.sum entry ("missing go.sum entry for module
// providing package path/...").
func unavailableSiblings(l *load, tree *rtree.Tree) []*rtree.Module {
	var msgs, missing []string // error messages; packages with errors and no files
	if l.err != nil {
		msgs = append(msgs, l.err.Error())
	}
	packages.Visit(l.pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msgs = append(msgs, e.Msg)
		}
		if len(p.Errors) > 0 && len(p.GoFiles) == 0 && len(p.CompiledGoFiles) == 0 {
			missing = append(missing, p.PkgPath)
		}
	})
	within := func(path, mod string) bool { return path == mod || strings.HasPrefix(path, mod+"/") }
	var out []*rtree.Module
	for _, m := range siblings(l.module, tree) {
		if slices.ContainsFunc(missing, func(p string) bool { return within(p, m.Path) }) ||
			slices.ContainsFunc(msgs, func(msg string) bool {
				return strings.Contains(msg, m.Path+"@") || strings.Contains(msg, "providing package "+m.Path+" ") || strings.Contains(msg, "providing package "+m.Path+"/")
			}) {
			out = append(out, m)
		}
	}
	return out
}

// siblings returns the other modules of the tree that a go.mod can name
// by path. Of several modules that declare one path (a template copied,
// or a go.mod copied and not edited), the one whose folder the path ends
// in is the one it names (app/pkg/server, not app/pkg/stringoperations);
// when none or several do, none is.
func siblings(own *rtree.Module, tree *rtree.Tree) []*rtree.Module {
	byPath := make(map[string][]*rtree.Module)
	var paths []string
	for _, m := range tree.Modules {
		if m == own || m.Path == "" || m.Path == own.Path {
			continue
		}
		if byPath[m.Path] == nil {
			paths = append(paths, m.Path)
		}
		byPath[m.Path] = append(byPath[m.Path], m)
	}
	var out []*rtree.Module
	for _, p := range paths {
		ms := byPath[p]
		if len(ms) > 1 {
			ms = slices.DeleteFunc(slices.Clone(ms), func(m *rtree.Module) bool {
				return !strings.HasSuffix(p, "/"+filepath.ToSlash(filepath.Base(m.Dir)))
			})
		}
		if len(ms) == 1 {
			out = append(out, ms[0])
		}
	}
	return out
}

// siblingModfile writes a copy of own's go.mod, and of its go.sum, into a
// temporary folder, with a replace of each other module of the tree by its
// folder (unless the go.mod replaces it already) and every relative
// replace made absolute. cleanup removes the copy.
func siblingModfile(own *rtree.Module, tree *rtree.Tree) (file string, cleanup func(), err error) {
	gomod := filepath.Join(own.Dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", nil, err
	}
	mf, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		return "", nil, err
	}
	var local []modfile.Replace
	replaced := make(map[string]bool)
	for _, r := range mf.Replace {
		replaced[r.Old.Path] = true
		if r.New.Version == "" && !filepath.IsAbs(r.New.Path) {
			local = append(local, *r)
		}
	}
	for _, r := range local {
		if err := mf.DropReplace(r.Old.Path, r.Old.Version); err != nil {
			return "", nil, err
		}
		if err := mf.AddReplace(r.Old.Path, r.Old.Version, filepath.Join(own.Dir, r.New.Path), ""); err != nil {
			return "", nil, err
		}
	}
	for _, m := range siblings(own, tree) {
		if replaced[m.Path] {
			continue
		}
		if err := mf.AddReplace(m.Path, "", m.Dir, ""); err != nil {
			return "", nil, err
		}
	}
	mf.Cleanup()
	out, err := mf.Format()
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "boundcheck-mod-")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	file = filepath.Join(dir, "go.mod")
	err = os.WriteFile(file, out, 0o644)
	if sum, rerr := os.ReadFile(filepath.Join(own.Dir, "go.sum")); err == nil && rerr == nil {
		err = os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
	}
	if err != nil {
		cleanup()
		return "", nil, err
	}
	return file, cleanup, nil
}

// withGoflags returns env with flags added to its GOFLAGS.
func withGoflags(env []string, flags ...string) []string {
	if env == nil {
		env = os.Environ()
	}
	out := slices.Clip(env)
	cur := ""
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], "GOFLAGS="); ok {
			cur = v
			break
		}
	}
	return append(out, "GOFLAGS="+strings.TrimSpace(cur+" "+strings.Join(flags, " ")))
}

// siblingNote says which modules of the tree the loads took from their
// folders, and for how many modules' loads.
func siblingNote(wd string, loads []*load) string {
	var names []string
	n := 0
	for _, l := range loads {
		if l.err != nil || len(l.siblings) == 0 {
			continue
		}
		n++
		for _, m := range l.siblings {
			if name := m.Path + " (" + filepath.ToSlash(rtree.RelOrAbs(wd, m.Dir)) + ")"; !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	if n == 0 {
		return ""
	}
	slices.Sort(names)
	return fmt.Sprintf("the module proxy could not give %d module(s) of this tree at the versions the go.mod of %d module(s) require; their folders here were analysed instead, as a go.work would: %s",
		len(names), n, strings.Join(names, ", "))
}
