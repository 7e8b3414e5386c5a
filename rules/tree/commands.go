package tree

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A Command is a subcommand a package declares with a command-line library:
// cobra's Command{Use: "driver"} or urfave/cli's Command{Name: "driver"}. One
// binary that starts each of several services by a subcommand of the
// service's name (HotROD's `hotrod driver`) is told by them.
type Command struct {
	Name string // the command's name: the first word of cobra's Use
	File string // the declaring file's name, in the package's folder
	Line int    // line of the name
	// Imports are the imports of the declaring file, and of the files of
	// the package that declare the functions its Run calls (Use: "cart",
	// Run: func(...) { runCart() }, with runCart in cart.go).
	Imports []string
	// Run is what the command runs: the position "line:col" of the
	// function literal given as cobra's Run or RunE or urfave/cli's
	// Action, or the name of a function of the package given there; ""
	// when neither.
	Run string
	// calls are the functions of the package its Run names or calls
	// (runCart()), while the package is scanned.
	calls []string
}

// runFields are the fields of a command that hold what it runs.
var runFields = map[string]bool{"Run": true, "RunE": true, "Action": true}

// commandLibs are the command-line libraries whose commands are read, and the
// field that names a command.
var commandLibs = map[string]string{
	"github.com/spf13/cobra":   "Use",
	"github.com/urfave/cli":    "Name",
	"github.com/urfave/cli/v2": "Name",
	"github.com/urfave/cli/v3": "Name",
}

// scanCommands parses the files of bp that import a command-line library
// and returns the commands they declare, in file and line order. Only those
// files are parsed, whole; a file that does not parse declares none (the
// loader reports it).
func scanCommands(bp *build.Package) []Command {
	var files []string
	for lib := range commandLibs {
		for _, pos := range bp.ImportPos[lib] {
			files = append(files, pos.Filename)
		}
	}
	slices.Sort(files)
	files = slices.Compact(files)
	var out []Command
	fset := token.NewFileSet()
	parsed := make(map[string]*ast.File) // by base name
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		parsed[filepath.Base(name)] = f
		out = append(out, fileCommands(fset, f, filepath.Base(name))...)
	}
	addCallImports(bp, fset, parsed, out)
	return out
}

// addCallImports adds to each command's Imports those of the files of bp
// that declare the functions its Run calls. The package's files that
// parsed does not hold are parsed, and only when a command calls a
// function of its package.
func addCallImports(bp *build.Package, fset *token.FileSet, parsed map[string]*ast.File, cmds []Command) {
	want := make(map[string]bool)
	for _, c := range cmds {
		for _, f := range c.calls {
			want[f] = true
		}
	}
	if len(want) == 0 {
		return
	}
	declared := make(map[string][]string) // function → its file's imports
	for _, name := range bp.GoFiles {
		f := parsed[name]
		if f == nil {
			var err error
			if f, err = parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution); err != nil {
				continue
			}
		}
		var imports []string
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil {
				imports = append(imports, p)
			}
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && want[fd.Name.Name] {
				declared[fd.Name.Name] = imports
			}
		}
	}
	for i := range cmds {
		for _, f := range cmds[i].calls {
			for _, imp := range declared[f] {
				if !slices.Contains(cmds[i].Imports, imp) {
					cmds[i].Imports = append(slices.Clip(cmds[i].Imports), imp)
				}
			}
		}
		cmds[i].calls = nil
	}
}

// fileCommands returns the commands file f declares: composite literals of a
// library's Command type, alone, behind &, or as the elements of a slice of
// them ([]*cli.Command{{Name: "driver"}}), whose name field is a string
// literal.
func fileCommands(fset *token.FileSet, f *ast.File, base string) []Command {
	local := make(map[string]string) // the name a library is imported as → its name field
	var imports []string
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		imports = append(imports, p)
		field, ok := commandLibs[p]
		if !ok {
			continue
		}
		name := DefaultImportName(p)
		if spec.Name != nil {
			name = spec.Name.Name
		}
		local[name] = field
	}
	if len(local) == 0 {
		return nil
	}
	// commandType returns the name field of the library whose Command t is.
	commandType := func(t ast.Expr) string {
		if star, ok := t.(*ast.StarExpr); ok {
			t = star.X
		}
		sel, ok := t.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Command" {
			return ""
		}
		x, ok := sel.X.(*ast.Ident)
		if !ok {
			return ""
		}
		return local[x.Name]
	}
	var out []Command
	add := func(lit *ast.CompositeLit, field string) {
		var cmd Command
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if runFields[key.Name] {
				switch v := kv.Value.(type) {
				case *ast.FuncLit:
					p := fset.Position(v.Pos())
					cmd.Run = fmt.Sprintf("%d:%d", p.Line, p.Column)
					ast.Inspect(v.Body, func(n ast.Node) bool {
						if call, ok := n.(*ast.CallExpr); ok {
							if id, ok := call.Fun.(*ast.Ident); ok {
								cmd.calls = append(cmd.calls, id.Name)
							}
						}
						return true
					})
				case *ast.Ident:
					cmd.Run = v.Name
					cmd.calls = append(cmd.calls, v.Name)
				}
				continue
			}
			if key.Name != field {
				continue
			}
			s, ok := kv.Value.(*ast.BasicLit)
			if !ok || s.Kind != token.STRING {
				continue
			}
			text, err := strconv.Unquote(s.Value)
			if err != nil {
				continue
			}
			if words := strings.Fields(text); len(words) > 0 {
				cmd.Name, cmd.File, cmd.Line, cmd.Imports = words[0], base, fset.Position(s.Pos()).Line, imports
			}
		}
		if cmd.Name != "" {
			out = append(out, cmd)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || lit.Type == nil {
			return true
		}
		if field := commandType(lit.Type); field != "" {
			add(lit, field)
			return true
		}
		arr, ok := lit.Type.(*ast.ArrayType)
		if !ok {
			return true
		}
		field := commandType(arr.Elt)
		if field == "" {
			return true
		}
		for _, elt := range lit.Elts {
			if u, ok := elt.(*ast.UnaryExpr); ok && u.Op == token.AND {
				elt = u.X
			}
			if inner, ok := elt.(*ast.CompositeLit); ok && inner.Type == nil {
				add(inner, field)
			}
		}
		return true
	})
	return out
}

// DefaultImportName is the name a package is imported by without a name of
// its own: the last element of its path, a major version suffix aside.
func DefaultImportName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	return last
}
