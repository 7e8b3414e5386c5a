// Package vet answers go vet's -vettool protocol with the per-package
// analyzers, finding the rule set from each package's folder.
package vet

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
)

// IsVetInvocation reports whether args (os.Args[1:]) are go vet talking to
// its vet tool rather than a person typing a command.
func IsVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	last := args[len(args)-1]
	if strings.HasSuffix(last, ".cfg") {
		return true
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || a == "-V" {
			return true
		}
	}
	return false
}

// Main runs the protocol and exits.
func Main(args []string) {
	for _, a := range args {
		if strings.HasPrefix(a, "-V") {
			printVersion(os.Stdout)
			os.Exit(0)
		}
	}
	var set *rules.Set
	outside := false
	if cfgFile := args[len(args)-1]; strings.HasSuffix(cfgFile, ".cfg") {
		unit, err := readUnit(cfgFile)
		switch {
		case err != nil:
		case unit.outsideProgram():
			// go vet analyses every dependency for facts; the standard
			// library and downloaded modules belong to no service.
			set = rules.Empty()
			outside = true
		default:
			set, err = rules.LoadSession(unit.Dir, session(), analyzers.Specs())
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "boundcheck: %v\n", err)
			os.Exit(2)
		}
	} else {
		// -flags: describe the flags; the checks' names are all it needs.
		set = rules.Empty()
	}
	// go vet runs the checks that have a per-package analyzer; the
	// whole-program steps need `boundcheck check`.
	as := analyzers.PerPackage(set, analyzers.Enabled(set))
	for i, a := range as {
		if outside {
			as[i] = inert(a)
			continue
		}
		Suppress(a)
		driver.Guard(a)
	}
	// unitchecker declares its flags and the analyzers' on the process's
	// flag set, where a dependency may have put its own (vitess' glog
	// declares -v, which unitchecker declares too): give it a clean one.
	flag.CommandLine = flag.NewFlagSet(os.Args[0], flag.ExitOnError)
	unitchecker.Main(append(as, Directives())...)
}

// inert returns a stand-in for a that does nothing, for a package of the
// standard library or a downloaded module. go vet runs the tool on every
// dependency, and the tool must still write the package's types for the
// packages that import it; but boundcheck check analyses no such package
// (they are loaded from export data), so neither does go vet: no SSA, no
// facts, the same findings as check. The stand-in keeps a's name, flags and
// fact types, so that go vet's command line and fact files are the same.
func inert(a *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      a.Name,
		Doc:       a.Doc,
		URL:       a.URL,
		Flags:     a.Flags,
		FactTypes: a.FactTypes,
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// printVersion answers -V=full. The go command keys its vet cache on the
// build ID, so it covers the executable, the config file and the service
// model seen from the working directory: a changed config or a new service
// never serves stale results.
func printVersion(w io.Writer) {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			io.Copy(h, f)
			f.Close()
		}
	}
	if wd, err := os.Getwd(); err == nil {
		set, err := rules.LoadSession(wd, session(), analyzers.Specs())
		text, isConfig := config.ConfigErrorText(err, wd)
		switch {
		case err == nil:
			io.WriteString(h, set.Hash())
		case isConfig:
			// Say it once here, where go vet shows it and stops, rather
			// than once for every package.
			fmt.Fprintf(os.Stderr, "boundcheck: invalid config:\n%s\n", text)
			os.Exit(2)
		default:
			io.WriteString(h, err.Error())
		}
	}
	fmt.Fprintf(w, "%s version devel comments-go-here buildID=%x\n", filepath.Base(os.Args[0]), h.Sum(nil))
}

// session names the go command that started this process: go vet runs the
// tool for -V=full and then for every package as its own children, over a
// tree that the tool ID has already fixed. The name is the parent's process
// ID and start time (Linux); elsewhere it is empty and each process checks
// the tree itself.
func session() string {
	ppid := os.Getppid()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", ppid))
	if err != nil {
		return ""
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return ""
	}
	f := strings.Fields(s[i+1:]) // from field 3 (state); field 22 is the start time
	if len(f) < 20 {
		return ""
	}
	return fmt.Sprintf("go-vet-%d-%s", ppid, f[19])
}

// unit is the part of go vet's unit config that boundcheck reads itself.
type unit struct {
	Dir           string
	ImportPath    string
	GoFiles       []string
	ModuleVersion string
	Standard      map[string]bool
}

// outsideProgram reports whether the unit is the standard library or a
// downloaded module rather than code of the modules under analysis.
func (u *unit) outsideProgram() bool {
	return u.Standard[u.ImportPath] || u.ModuleVersion != ""
}

// readUnit reads go vet's unit config.
func readUnit(cfgFile string) (*unit, error) {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil, err
	}
	var u unit
	if err := json.Unmarshal(data, &u); err != nil {
		return nil, fmt.Errorf("reading %s: %w", cfgFile, err)
	}
	if u.Dir == "" && len(u.GoFiles) > 0 {
		u.Dir = filepath.Dir(u.GoFiles[0])
	}
	if u.Dir == "" {
		if u.Dir, err = os.Getwd(); err != nil {
			return nil, err
		}
	}
	return &u, nil
}

// Suppress makes a apply //boundcheck:ignore directives itself, since go vet
// prints diagnostics straight from the pass; a directive for a that
// suppresses nothing in the package is reported as a finding of a.
func Suppress(a *analysis.Analyzer) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		ix := findings.NewIndex(findings.ParseDirectives(pass.Fset, pass.Files, known()))
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if !ix.Suppressed(a.Name, pass.Fset.Position(d.Pos)) {
				report(d)
			}
		}
		res, err := run(pass)
		pass.Report = report
		for _, d := range ix.Unused(func(name string) bool { return name == a.Name }) {
			pass.Report(analysis.Diagnostic{Pos: d.TokenPos(), Message: d.UnusedMessage()})
		}
		return res, err
	}
}

// Directives returns the analyzer that reports malformed directives.
func Directives() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: findings.DirectiveAnalyzer,
		Doc:  "directive: malformed //boundcheck:ignore comments\n\nA directive needs an analyzer name and a reason: //boundcheck:ignore crossimport migration in progress, see #123.",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, d := range findings.ParseDirectives(pass.Fset, pass.Files, known()) {
				if d.Problem != "" {
					pass.Report(analysis.Diagnostic{Pos: d.TokenPos(), Message: d.Problem})
				}
			}
			return nil, nil
		},
	}
}

func known() []string {
	return append(analyzers.Names(), findings.DirectiveAnalyzer)
}
