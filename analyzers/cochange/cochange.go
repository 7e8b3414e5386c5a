package cochange

import (
	_ "embed"
	"fmt"
	"go/token"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/history"
)

const name = "cochange"

//go:embed doc.go
var docSource string

// Check is the cochange check: a whole-program step over the history that
// the command reads for it (Check.History), with no per-package analyzer,
// so it does nothing under go vet.
var Check = &check.Check{
	Name:       name,
	Doc:        check.DocFromSource(docSource),
	Program:    program,
	NeedsModel: true,
	History:    HistoryOptions,
	Settings: []*config.Setting{Since, MaxCommits, FirstParent, MinRevisions, MinShared, MinDegree,
		MaxFiles, SweepShare, WideShare, Bots, Logical, Ticket},
}

// The settings, rules.cochange.NAME.
var (
	Since = &config.Setting{Name: "since", Kind: config.StringSetting, Default: "1y", Check: checkSince,
		Doc: `how far back to read: a date (2025-01-31), or a span back from HEAD's commit ("6m", "1y", "90d"); "all" for the whole history`}
	MaxCommits  = &config.Setting{Name: "max-commits", Kind: config.IntSetting, Default: 0, Min: 0, Doc: "the most commits to read, newest first; 0 for no limit"}
	FirstParent = &config.Setting{Name: "first-parent", Kind: config.BoolSetting, Default: false,
		Doc: "follow only the main line: a merge counts as one change, the branch it brings in"}
	MinRevisions = &config.Setting{Name: "min-revisions", Kind: config.IntSetting, Default: 5, Min: 1, Doc: "a service with fewer changes is in no pair"}
	MinShared    = &config.Setting{Name: "min-shared", Kind: config.IntSetting, Default: 5, Min: 1, Doc: "the fewest changes two services share for a pair"}
	MinDegree    = &config.Setting{Name: "min-degree", Kind: config.IntSetting, Default: 30, Min: 1, Doc: "the lowest degree (shared changes over the mean of the two services' changes, percent) for a pair"}
	MaxFiles     = &config.Setting{Name: "max-files", Kind: config.IntSetting, Default: 30, Min: 1, Doc: "a commit changing more files is dropped (mass renames, formatting)"}
	SweepShare   = &config.Setting{Name: "sweep-share", Kind: config.IntSetting, Default: 50, Min: 1,
		Doc: "a change touching four or more services and more than this percent of all services is a sweep (logging, licence headers) and is dropped"}
	WideShare = &config.Setting{Name: "wide-share", Kind: config.IntSetting, Default: 50, Min: 1,
		Doc: "a service whose changes touch two or more other services in more than this percent of them is reported"}
	Bots = &config.Setting{Name: "bots", Kind: config.StringSetting, Check: checkRegexp,
		Default: `(?i)\[bot\]|renovate|dependabot|github-actions|greenkeeper|snyk-bot|mergify|pre-commit-ci|allcontributors`,
		Doc:     `a regular expression: commits whose "author <email>" it matches are dropped`}
	Logical = &config.Setting{Name: "logical", Kind: config.StringSetting, Default: "commit", Check: checkLogical,
		Doc: `what one change is: "commit", "author-day" (an author's commits less than a day before the newest of them), or "ticket" (the commits whose subject names one ticket)`}
	Ticket = &config.Setting{Name: "ticket", Kind: config.StringSetting, Default: `[A-Z][A-Z0-9]+-[0-9]+`, Check: checkRegexp,
		Doc: "a regular expression for ticket ids in commit subjects, with logical: ticket"}
)

func checkRegexp(s string) error {
	_, err := regexp.Compile(s)
	return err
}

func checkLogical(s string) error {
	switch s {
	case "commit", "author-day", "ticket":
		return nil
	}
	return fmt.Errorf(`%q is not one of "commit", "author-day", "ticket"`, s)
}

func checkSince(s string) error {
	_, err := ParseSince(s)
	return err
}

// ParseSince reads a since value: "all" (nil: no limit), a date, or a span
// back from HEAD's commit ("90d", "6w", "6m", "1y").
func ParseSince(s string) (func(head time.Time) time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "all" {
		return nil, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return func(time.Time) time.Time { return t }, nil
	}
	if len(s) >= 2 {
		n, err := strconv.Atoi(s[:len(s)-1])
		if err == nil && n > 0 {
			switch s[len(s)-1] {
			case 'd':
				return func(h time.Time) time.Time { return h.AddDate(0, 0, -n) }, nil
			case 'w':
				return func(h time.Time) time.Time { return h.AddDate(0, 0, -7*n) }, nil
			case 'm':
				return func(h time.Time) time.Time { return h.AddDate(0, -n, 0) }, nil
			case 'y':
				return func(h time.Time) time.Time { return h.AddDate(-n, 0, 0) }, nil
			}
		}
	}
	return nil, fmt.Errorf(`%q is not a date (2025-01-31), a span back from HEAD ("90d", "6w", "6m", "1y") or "all"`, s)
}

// HistoryOptions are what the command reads of the history for the check,
// from set's settings.
func HistoryOptions(set *rules.Set) history.Options {
	since, _ := ParseSince(set.String(name, Since)) // checked when the config was read
	return history.Options{Since: since, MaxCommits: set.Int(name, MaxCommits), FirstParent: set.Bool(name, FirstParent)}
}

// MeasureOptions are the measures' settings, from set.
func MeasureOptions(set *rules.Set) Options {
	o := Options{
		MinRevisions: set.Int(name, MinRevisions),
		MinShared:    set.Int(name, MinShared),
		MinDegree:    set.Int(name, MinDegree),
		MaxFiles:     set.Int(name, MaxFiles),
		SweepShare:   set.Int(name, SweepShare),
		WideShare:    set.Int(name, WideShare),
		FirstParent:  set.Bool(name, FirstParent),
	}
	if re, err := regexp.Compile(set.String(name, Bots)); err == nil && set.String(name, Bots) != "" {
		o.Bots = re
	}
	if l := set.String(name, Logical); l != "commit" {
		o.Logical = l
	}
	if re, err := regexp.Compile(set.String(name, Ticket)); err == nil {
		o.Ticket = re
	}
	return o
}

// program reports the hidden pairs and the services that cannot change
// alone. Without a history (not a git repository) it reports nothing; the
// command says why.
func program(p *check.Program) {
	h := p.Set.History
	if h == nil {
		return
	}
	o := MeasureOptions(p.Set)
	r := Analyze(h, p.Set, p.Model, o)
	period := r.Period()
	for _, pair := range r.Pairs {
		if !pair.Hidden() {
			continue
		}
		pkg, pos := anchor(p, pair.A)
		if !pos.IsValid() {
			continue
		}
		unknown := ""
		if pair.Unknowns > 0 {
			unknown = fmt.Sprintf(" (the two have %d uses whose target could not be resolved: one of them may link them)", pair.Unknowns)
		}
		why := "they are coupled through something the code does not show (a copied type, a table both use, a contract passed by hand)"
		if pair.Library != "" {
			why = fmt.Sprintf("in %d of them shared package %s changed too: they follow its API, or something the code does not show couples them (a copied type, a table both use, a contract passed by hand)", pair.Along, pair.Library)
		}
		p.Report(pkg, analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(
			"services %s and %s changed together in %d changes (degree %d%%: %s %d, %s %d; %s) with no call, message or shared datastore between them in the model%s: %s; e.g. %s",
			pair.A, pair.B, pair.Shared, pair.Degree, pair.A, pair.RevsA, pair.B, pair.RevsB, period, unknown, why, strings.Join(pair.Examples, ", "))})
	}
	for _, s := range r.Services {
		if s.Revs < o.MinRevisions || s.Wide*100 <= o.WideShare*s.Revs {
			continue
		}
		pkg, pos := anchor(p, s.Name)
		if !pos.IsValid() {
			continue
		}
		p.Report(pkg, analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(
			"service %s cannot change alone: %d of its %d changes (%d%%, more than wide-share %d%%; %s) also touched two or more other services; e.g. %s",
			s.Name, s.Wide, s.Revs, s.Wide*100/s.Revs, o.WideShare, period, strings.Join(s.Examples, ", "))})
	}
}

// Period says which changes a report counted: "2025-01-03 to 2025-12-01,
// 140 changes".
func (r *Report) Period() string {
	if r.Sets == 0 {
		return "no change"
	}
	return fmt.Sprintf("%s to %s, %d changes", r.From.Format(time.DateOnly), r.To.Format(time.DateOnly), r.Sets)
}

// anchor returns where a finding about service svc is reported: the start
// of the first file, by name, of its first main package (else of its first
// package) that the run loaded.
func anchor(p *check.Program, svc string) (string, token.Pos) {
	s := p.Set.Service(svc)
	if s == nil || p.Model == nil || p.Model.Fset == nil {
		return "", token.NoPos
	}
	for _, pkgs := range [][]string{s.Mains, s.Packages} {
		for _, pkg := range pkgs {
			info := p.Set.Lookup(pkg)
			if info == nil {
				continue
			}
			dir := path.Join(filepathSlash(p.Set.Root), info.Rel)
			var best *token.File
			p.Model.Fset.Iterate(func(f *token.File) bool {
				name := filepathSlash(f.Name())
				if i := strings.LastIndex(name, "/"); i >= 0 && name[:i] == dir && strings.HasSuffix(name, ".go") &&
					!strings.HasSuffix(name, "_test.go") && (best == nil || f.Name() < best.Name()) {
					best = f
				}
				return true
			})
			if best != nil {
				return pkg, best.Pos(0)
			}
		}
	}
	return "", token.NoPos
}
