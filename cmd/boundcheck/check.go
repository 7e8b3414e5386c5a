package main

import (
	"bufio"
	"errors"
	"fmt"
	"go/build"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/internal/baseline"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/resultcache"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/history"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// checkFlags are check's flags besides the format.
type checkFlags struct {
	tests         bool
	verbose       bool
	baseline      string // hide the findings it holds
	writeBaseline string // record the findings in it
	prune         bool   // rewrite baseline without its stale entries
	newFromRev    string // keep the findings on lines changed since
	progress      driver.Progress
	timings       bool // say where the time went
}

func newCheckCmd() *cobra.Command {
	var format string
	var fl checkFlags
	cmd := &cobra.Command{
		Use:   "check [packages]",
		Short: "Run every check, whole-program checks included (default ./...)",
		Long: `check loads the packages (default ./...), runs every check the config
leaves on, each on every package and on the whole program, and prints the
findings.

Checks (boundcheck explain NAME for one; turn one off or set it in the
config file's rules section):

` + checkList("  ") + `
Exit status: 0 no findings, 1 findings, 2 usage, config or load error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(findings.Formats, format) {
				return usageErr("unknown format %q for check; use one of %s", format, strings.Join(findings.Formats, ", "))
			}
			switch {
			case fl.baseline != "" && fl.writeBaseline != "":
				return usageErr("--baseline and --write-baseline do not go together: write the baseline first, then check against it")
			case fl.prune && fl.baseline == "":
				return usageErr("--baseline-prune needs --baseline FILE")
			}
			fl.verbose, _ = cmd.Flags().GetBool("verbose")
			fl.progress = progressOf(cmd)
			fl.timings, _ = cmd.Flags().GetBool("timings")
			return runCheck(cmd.OutOrStdout(), cmd.ErrOrStderr(), args, format, fl)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(findings.Formats, ", "))
	cmd.Flags().BoolVar(&fl.tests, "tests", true, "analyse _test.go files too")
	cmd.Flags().StringVar(&fl.baseline, "baseline", "", "hide the findings recorded in this baseline `file`, and list its entries that no longer occur")
	cmd.Flags().StringVar(&fl.writeBaseline, "write-baseline", "", "record today's findings in this baseline `file` and exit 0")
	cmd.Flags().BoolVar(&fl.prune, "baseline-prune", false, "rewrite the --baseline file without the entries that no longer occur")
	cmd.Flags().StringVar(&fl.newFromRev, "new-from-rev", "", "report only the findings on lines changed since this git `revision` (whole-program findings: on any of their positions)")
	return cmd
}

func runCheck(stdout, stderr io.Writer, patterns []string, format string, fl checkFlags) error {
	tests, verbose := fl.tests, fl.verbose
	wd, set, err := workdirSet()
	if err != nil {
		return err
	}
	deployProblems := loadFiles(set)
	if note := loadHistory(set, analyzers.Enabled(set)); note != "" {
		fmt.Fprintln(stderr, note)
	}
	var memo *runMemo
	if len(deployProblems) == 0 {
		var err error
		if memo, err = openMemo(wd, set, patterns, tests); err != nil {
			fmt.Fprintf(stderr, "boundcheck: note: no result cache: %v\n", err)
		}
	}
	res, blind := memo.get()
	if res == nil {
		run := stages.For(set, analyzers.Enabled(set), false)
		store, salt := memo.cache()
		res, err = driver.Run(driver.Options{
			Cache:     store,
			Salt:      salt,
			Dir:       wd,
			Patterns:  patterns,
			Set:       set,
			Analyzers: run.Analyzers,
			Stages:    run.Stages,
			Checks:    analyzers.Names(),
			Tests:     tests,
			Progress:  fl.progress,
		})
		if err != nil {
			return &codeError{exitError, err}
		}
		res.Problems = append(res.Problems, deployProblems...)
		blind = blindNote(run.Model(res.Program), analyzers.Enabled(set))
		memo.put(res, blind)
	} else if fl.progress != nil {
		fl.progress.Finish()
	}
	if blind != "" {
		fmt.Fprintln(stderr, blind)
	}
	if verbose {
		if note := verboseCacheNote(res); note != "" {
			fmt.Fprintln(stderr, note)
		}
	}
	if fl.writeBaseline != "" {
		return writeBaseline(stderr, wd, res, fl.writeBaseline, verbose)
	}
	if err := filterFindings(stderr, wd, res, fl); err != nil {
		return err
	}
	docs := make(map[string]string)
	for _, c := range analyzers.Checks {
		docs[c.Name] = c.Doc
	}
	out := bufio.NewWriter(stdout)
	p := &findings.Printer{Dir: wd, Format: format, Version: version(), Docs: docs}
	if err := p.Print(out, res.Findings); err != nil {
		return &codeError{exitError, err}
	}
	if err := out.Flush(); err != nil {
		return &codeError{exitError, err}
	}
	if fl.timings {
		fmt.Fprintln(stderr, timingLine(res.Timings))
		if note := packageCacheNote(res); note != "" {
			fmt.Fprintln(stderr, note)
		}
	}
	if err := reportRun(stderr, wd, res, res.Problems, verbose, "the findings cover the rest"); err != nil {
		return err
	}
	if len(res.Findings) > 0 {
		return &codeError{exitFindings, nil}
	}
	return nil
}

// writeBaseline records the run's findings in the baseline file at path
// (relative to wd) and reports the run: exit 0, or 2 when part of the code
// could not be analysed (the baseline then lacks what it holds).
func writeBaseline(stderr io.Writer, wd string, res *driver.Result, path string, verbose bool) error {
	path = absPath(wd, path)
	b := baseline.Make(filepath.Dir(path), res.Findings)
	if err := baseline.Write(path, b); err != nil {
		return &codeError{exitError, fmt.Errorf("writing the baseline: %v", err)}
	}
	fmt.Fprintf(stderr, "boundcheck: wrote %s of %s to %s\n", plural(len(res.Findings), "finding"), plural(res.Packages, "package"), relPath(wd, path))
	res.Findings = nil
	return reportRun(stderr, wd, res, res.Problems, verbose, "the baseline holds the findings of the rest")
}

// filterFindings drops from res the findings that the baseline holds and,
// with --new-from-rev, those on lines that did not change, and says on
// stderr what it dropped and which baseline entries no longer occur.
func filterFindings(stderr io.Writer, wd string, res *driver.Result, fl checkFlags) error {
	if fl.baseline != "" {
		path := absPath(wd, fl.baseline)
		b, err := baseline.Read(path)
		if err != nil {
			return &codeError{exitError, fmt.Errorf("--baseline: %v", err)}
		}
		r := baseline.Apply(b, filepath.Dir(path), res.Findings)
		res.Findings = r.New
		if r.Hidden > 0 {
			fmt.Fprintf(stderr, "boundcheck: the baseline %s hides %s\n", relPath(wd, path), plural(r.Hidden, "finding"))
		}
		if len(r.Stale) > 0 {
			stale := 0
			for _, e := range r.Stale {
				stale += max(e.Count, 1)
			}
			what := "--baseline-prune removes them"
			if fl.prune {
				if err := baseline.Write(path, r.Kept); err != nil {
					return &codeError{exitError, fmt.Errorf("--baseline-prune: %v", err)}
				}
				what = "removed from it"
			}
			fmt.Fprintf(stderr, "boundcheck: %s in the baseline no longer occur (%s):\n", plural(stale, "finding"), what)
			for _, e := range r.Stale {
				n := ""
				if e.Count > 1 {
					n = fmt.Sprintf(" (%d times)", e.Count)
				}
				fmt.Fprintf(stderr, "\t%s: %s (%s)%s\n", e.File, e.Message, e.Analyzer, n)
			}
		}
	}
	if fl.newFromRev != "" {
		lines, root, err := baseline.Changed(wd, fl.newFromRev)
		if err != nil {
			return &codeError{exitError, err}
		}
		kept, outside := baseline.NewIn(res.Findings, lines, root)
		if n := len(res.Findings) - len(kept); n > 0 {
			fmt.Fprintf(stderr, "boundcheck: %s on lines not changed since %s left out\n", plural(n, "finding"), fl.newFromRev)
		}
		if outside > 0 {
			fmt.Fprintf(stderr, "boundcheck: %s in files outside the git work tree %s kept: git cannot say whether they changed\n", plural(outside, "finding"), relPath(wd, root))
		}
		res.Findings = kept
	}
	return nil
}

// absPath makes a path given on the command line absolute.
func absPath(wd, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(wd, p)
}

// reportRun prints a run's problems, then, for a terminal or with -v, a
// summary of what was analysed, and returns the exit error of a run with
// problems: exit 2 whether or not findings were printed. covers says what
// the output covers when part of the code could not be analysed.
func reportRun(stderr io.Writer, wd string, res *driver.Result, problems []driver.Problem, verbose bool, covers string) error {
	for _, pr := range problems {
		fmt.Fprintln(stderr, relProblem(wd, pr))
	}
	for _, line := range othersNote(wd, res) {
		fmt.Fprintln(stderr, line)
	}
	for _, n := range res.Notes {
		fmt.Fprintln(stderr, "boundcheck: note: "+n)
	}
	return runExit(stderr, res, problems, verbose, covers)
}

// othersNote says which folders the patterns reach but the run did not
// analyse because they are programs of their own.
func othersNote(wd string, res *driver.Result) []string {
	var out []string
	if len(res.Others) > 3 {
		// Many (a tutorial's chapters): one line, and services lists them.
		var some []string
		for _, o := range res.Others[:3] {
			some = append(some, relPath(wd, o.Dir)+"/")
		}
		return []string{fmt.Sprintf("boundcheck: not analysed: %d folders that hold a go.work of their own or that the go.work does not use (%s, ...); boundcheck services lists them", len(res.Others), strings.Join(some, ", "))}
	}
	for _, o := range res.Others {
		out = append(out, fmt.Sprintf("boundcheck: not analysed: %s/ %s", relPath(wd, o.Dir), o.Why))
	}
	return out
}

// runExit is reportRun for output that lists the problems itself.
func runExit(stderr io.Writer, res *driver.Result, problems []driver.Problem, verbose bool, covers string) error {
	if verbose || isTerminal(stderr) {
		fmt.Fprintln(stderr, summary(res))
	}

	switch {
	case len(problems) == 0:
		return nil
	case res.Packages == 0:
		return &codeError{exitError, errors.New("nothing was analysed")}
	}
	return &codeError{exitError, fmt.Errorf("%d problem(s) kept part of the code from being analysed; %s", countProblemPackages(problems), covers)}
}

// summary says how much a run analysed: "analysed 14 packages of 3
// services (billing, orders, users) in 3 modules; 2 findings".
func summary(res *driver.Result) string {
	names := strings.Join(res.Services, ", ")
	if len(res.Services) > 8 {
		names = strings.Join(res.Services[:8], ", ") + ", ..."
	}
	svcs := plural(len(res.Services), "service")
	if names != "" {
		svcs += " (" + names + ")"
	}
	return fmt.Sprintf("boundcheck: analysed %s of %s in %s; %s", plural(res.Packages, "package"), svcs, plural(res.Modules, "module"), plural(len(res.Findings), "finding"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// isTerminal reports whether w is a terminal, where the summary line is
// shown without -v.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// workdirSet returns the working directory and the rule set compiled for a
// run started there.
func workdirSet() (string, *rules.Set, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", nil, &codeError{exitError, err}
	}
	set, err := loadSet(wd)
	return wd, set, err
}

// loadSet compiles the rule set for a run started in wd, turning config errors
// into exit code 2 with one line per error.
func loadSet(wd string) (*rules.Set, error) {
	set, err := rules.Load(wd, analyzers.Specs())
	if err == nil {
		return set, nil
	}
	if text, ok := config.ConfigErrorText(err, wd); ok {
		return nil, &codeError{exitError, fmt.Errorf("invalid config:\n%s", text)}
	}
	return nil, &codeError{exitError, err}
}

func relProblem(wd string, p driver.Problem) string {
	if p.Pos.Filename == "" {
		return "boundcheck: " + p.Msg
	}
	if !inGoCaches(p.Pos.Filename) {
		p.Pos.Filename = relPath(wd, p.Pos.Filename)
	}
	return p.String()
}

// inGoCaches reports whether file is in the module cache or GOROOT: a
// dependency's file, which a path relative to the working directory
// (../../root/go/pkg/mod/...) would only hide.
func inGoCaches(file string) bool {
	modcache := os.Getenv("GOMODCACHE")
	if modcache == "" && build.Default.GOPATH != "" {
		modcache = filepath.Join(filepath.SplitList(build.Default.GOPATH)[0], "pkg", "mod")
	}
	for _, dir := range []string{modcache, build.Default.GOROOT} {
		if dir != "" && tree.Within(file, dir) {
			return true
		}
	}
	return false
}

func countProblemPackages(ps []driver.Problem) int {
	seen := make(map[string]bool)
	for _, p := range ps {
		k := filepath.Dir(p.Pos.Filename)
		if p.Pos.Filename == "" {
			k = p.Msg
		}
		seen[k] = true
	}
	return len(seen)
}

// relPath makes an absolute path relative to wd.
func relPath(wd, p string) string { return findings.RelPath(wd, p) }

// deployDriverProblems turns the problems of compose files and manifests
// into run problems: reported, exit 2, the rest still analysed.
// loadFiles reads the files beside the code that the checks and the model
// use: the deployment files and the services' schema and migration files.
func loadFiles(set *rules.Set) []driver.Problem {
	problems := deployDriverProblems(set.LoadDeployment())
	for _, p := range set.LoadSchema() {
		problems = append(problems, driver.Problem{Pos: token.Position{Filename: filepath.Join(set.Root, filepath.FromSlash(p.File))}, Msg: p.Err.Error()})
	}
	return problems
}

func deployDriverProblems(ps []deploy.Problem) []driver.Problem {
	var out []driver.Problem
	for _, p := range ps {
		out = append(out, driver.Problem{Pos: token.Position{Filename: p.File, Line: p.Line, Column: p.Col}, Msg: p.Msg})
	}
	return out
}

// blindNote says, when the checks that stand on the system model ran,
// what the model could not resolve and what each check could not judge
// (check.Check.Unseen): a check finds nothing where it could not see, and
// that must not pass for "all clear". m is nil when no check needed the
// model.
func blindNote(m *model.Model, checks []*check.Check) string {
	if m == nil {
		return ""
	}
	uses := 0
	for _, u := range m.Unresolved {
		uses += len(u.Sites)
	}
	var unseen []string
	for _, c := range checks {
		if c.Unseen != nil {
			unseen = append(unseen, c.Unseen(m)...)
		}
	}
	if uses == 0 && len(m.Unplaced) == 0 && len(unseen) == 0 {
		return ""
	}
	var parts []string
	if uses > 0 {
		parts = append(parts, fmt.Sprintf("%d uses of a call target, datastore or destination that could not be resolved", uses))
	}
	unplaced := make(map[string]int)
	for _, u := range m.Unplaced {
		unplaced[u.Protocol]++
	}
	if n := unplaced["sql"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d SQL statements on a database that could not be told", n))
	}
	if n := unplaced["redis"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d Redis commands on a database that could not be told", n))
	}
	parts = append(parts, unseen...)
	return fmt.Sprintf("boundcheck: the whole-program checks could not see everything: %s; nothing is reported about them (boundcheck services lists each with file and line)", strings.Join(parts, ", "))
}

// loadHistory reads the repository's history into set for the enabled
// checks that read it (check.Check.History), and returns a note to print
// when it could not be read, or was read in part (a shallow clone).
func loadHistory(set *rules.Set, enabled []*check.Check) string {
	for _, c := range enabled {
		if c.History == nil {
			continue
		}
		if err := set.LoadHistory(withHistoryCache(c.History(set))); err != nil {
			return fmt.Sprintf("boundcheck: note: %s: %v; it reports nothing", c.Name, err)
		}
		var notes []string
		if h := set.History; h.Shallow {
			notes = append(notes, fmt.Sprintf("boundcheck: note: %s: the repository is a shallow clone: %d commits seen; older ones are missing (git fetch --unshallow)", c.Name, len(h.Commits)))
		}
		if h := set.History; h.NoRenames != "" {
			notes = append(notes, fmt.Sprintf("boundcheck: note: %s: renamed files are not followed: git could not compare their contents (%s)", c.Name, h.NoRenames))
		}
		return strings.Join(notes, "\n")
	}
	return ""
}

// withHistoryCache gives o the result cache to keep the commits read in,
// when there is one: a run from the same HEAD does not ask git again.
func withHistoryCache(o history.Options) history.Options {
	if resultcache.Off() {
		return o
	}
	if c, err := resultcache.Open(); err == nil {
		o.Cache = c
	}
	return o
}
