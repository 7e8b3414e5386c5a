package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/analyzers/cochange"
	"github.com/boundcheck/boundcheck/model"
)

func newCochangeCmd() *cobra.Command {
	var (
		format, since, logical string
		maxCommits             int
		firstParent, withModel bool
	)
	cmd := &cobra.Command{
		Use:   "cochange [packages]",
		Short: "Print which services change together in the git history, and whether the model links them",
		Long: `cochange reads the repository's git history, maps each changed file to the
service that owns it, drops the noise (merges, bots, mass changes, commits
that only touch dependency manifests, lock files, CI files or generated code,
sweeps across most services) and prints, with code-maat's measures:

  - the pairs of services that change together, each marked with the edges
    the model has between them (a call, a message, a shared datastore) or as
    hidden (none: coupled through something the code does not show);
  - for each service, the share of its changes that also touched two or
    more others;
  - for the whole system, the share of changes that touched three or more.

The flags override the config's rules.cochange settings; the thresholds are
read from there (boundcheck explain cochange).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("unknown format %q for cochange; use text or json", format)
			}
			wd, set, err := workdirSet()
			if err != nil {
				return err
			}
			ho := cochange.HistoryOptions(set)
			if cmd.Flags().Changed("since") {
				if ho.Since, err = cochange.ParseSince(since); err != nil {
					return usageErr("--since: %v", err)
				}
			}
			if cmd.Flags().Changed("max-commits") {
				ho.MaxCommits = maxCommits
			}
			if cmd.Flags().Changed("first-parent") {
				ho.FirstParent = firstParent
			}
			mo := cochange.MeasureOptions(set)
			mo.FirstParent = ho.FirstParent
			if cmd.Flags().Changed("logical") {
				switch logical {
				case "commit":
					mo.Logical = ""
				case "author-day", "ticket":
					mo.Logical = logical
				default:
					return usageErr("--logical: %q is not one of commit, author-day, ticket", logical)
				}
			}
			if err := set.LoadHistory(withHistoryCache(ho)); err != nil {
				return &codeError{exitError, fmt.Errorf("cochange: %v", err)}
			}
			var m *model.Model
			var run *modelRun
			if withModel {
				if run, err = interactionModel(wd, set, args, false, progressOf(cmd)); err != nil {
					return err
				}
				m = run.model
			}
			r := cochange.Analyze(set.History, set, m, mo)
			out := cmd.OutOrStdout()
			if format == "json" {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				err = enc.Encode(cochangeJSON(r, m != nil))
			} else {
				err = writeCochange(out, r, mo, m != nil)
			}
			if err != nil {
				return err
			}
			if run == nil {
				return nil
			}
			verbose, _ := cmd.Flags().GetBool("verbose")
			return runExit(cmd.ErrOrStderr(), run.res, run.problems, verbose, "the table covers the rest")
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json")
	cmd.Flags().StringVar(&since, "since", "", `how far back: a date (2025-01-31), a span back from HEAD ("6m", "1y"), or "all" (default: rules.cochange.since, 1y)`)
	cmd.Flags().IntVar(&maxCommits, "max-commits", 0, "read at most this many commits, newest first (0: no limit)")
	cmd.Flags().BoolVar(&firstParent, "first-parent", false, "follow only the main line: a merge counts as one change")
	cmd.Flags().StringVar(&logical, "logical", "", "what one change is: commit, author-day, ticket (default: rules.cochange.logical)")
	cmd.Flags().BoolVar(&withModel, "model", true, "load the packages to tell which pairs the model links; --model=false reads the history alone")
	return cmd
}

// writeCochange prints the report as tables.
func writeCochange(w io.Writer, r *cochange.Report, o cochange.Options, withModel bool) error {
	bw := &errWriter{w: w}
	head := r.Head
	if len(head) > 7 {
		head = head[:7]
	}
	fmt.Fprintf(bw, "history: %d commits read back from HEAD %s", r.Read, head)
	if r.Shallow {
		fmt.Fprint(bw, " (a shallow clone: older commits are missing)")
	}
	fmt.Fprintln(bw)
	if r.NoRenames != "" {
		fmt.Fprintf(bw, "renamed files not followed: git could not compare their contents (%s)\n", r.NoRenames)
	}
	if len(r.Filters) > 0 {
		fmt.Fprintln(bw, "left out:")
		for _, f := range r.Filters {
			fmt.Fprintf(bw, "  %6d  %s\n", f.Count, f.Why)
		}
	}
	fmt.Fprintf(bw, "counted: %s", r.Period())
	if r.Sets > 0 {
		fmt.Fprintf(bw, "; %d (%d%%) touch three or more services", r.ThreeOrMore, r.ThreeOrMore*100/r.Sets)
	}
	fmt.Fprintln(bw)
	fmt.Fprintf(bw, "files counted for no service: %d (shared packages, folders of several services or none); outside the analysed tree: %d\n", r.NoService, r.Outside)

	fmt.Fprintf(bw, "\npairs that change together (each with %d+ changes, %d+ shared, degree %d%%+):\n", o.MinRevisions, o.MinShared, o.MinDegree)
	if len(r.Pairs) == 0 {
		fmt.Fprintln(bw, "  none")
	} else {
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  DEGREE\tSHARED\tPAIR\tCHANGES\tMODEL")
		for _, p := range r.Pairs {
			link := "hidden: no edge"
			switch {
			case !withModel:
				link = "not loaded (--model=false)"
			case !p.Hidden():
				link = strings.Join(p.Edges, "; ")
			}
			if withModel && p.Hidden() && p.Unknowns > 0 {
				link += fmt.Sprintf(" (%d unresolved uses: one may link them)", p.Unknowns)
			}
			if p.Library != "" {
				link += fmt.Sprintf(" (shared package %s changed in %d)", p.Library, p.Along)
			}
			fmt.Fprintf(tw, "  %d%%\t%d\t%s, %s\t%d, %d\t%s\n", p.Degree, p.Shared, p.A, p.B, p.RevsA, p.RevsB, link)
		}
		tw.Flush()
	}
	fmt.Fprintln(bw, "\nservices: changes, and those that also touched two or more other services:")
	if len(r.Services) == 0 {
		fmt.Fprintln(bw, "  none")
	} else {
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  SERVICE\tCHANGES\tWITH 2+ OTHERS")
		for _, s := range r.Services {
			fmt.Fprintf(tw, "  %s\t%d\t%d (%d%%)\n", s.Name, s.Revs, s.Wide, s.Wide*100/s.Revs)
		}
		tw.Flush()
	}
	return bw.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, nil
}

// The JSON of `boundcheck cochange --format json`.
type (
	cochangeView struct {
		Head        string        `json:"head"`
		Shallow     bool          `json:"shallow"`
		NoRenames   string        `json:"renames_not_followed,omitempty"`
		Read        int           `json:"commits_read"`
		From        string        `json:"from,omitempty"`
		To          string        `json:"to,omitempty"`
		Changes     int           `json:"changes"`
		ThreeOrMore int           `json:"changes_touching_three_or_more"`
		LeftOut     []filterView  `json:"left_out"`
		NoService   int           `json:"files_for_no_service"`
		Outside     int           `json:"files_outside_tree"`
		Pairs       []pairView    `json:"pairs"`
		Services    []serviceCoch `json:"services"`
	}
	filterView struct {
		Why     string `json:"why"`
		Commits int    `json:"count"`
	}
	pairView struct {
		A        string   `json:"a"`
		B        string   `json:"b"`
		ChangesA int      `json:"changes_a"`
		ChangesB int      `json:"changes_b"`
		Shared   int      `json:"shared"`
		Degree   int      `json:"degree"`
		Edges    []string `json:"edges"`
		Hidden   *bool    `json:"hidden,omitempty"`          // absent without the model
		Unknowns int      `json:"unresolved_uses,omitempty"` // the two services' uses whose target is not known
		Library  string   `json:"shared_package,omitempty"`
		Along    int      `json:"shared_package_changes,omitempty"`
		Examples []string `json:"examples"`
	}
	serviceCoch struct {
		Name     string   `json:"name"`
		Changes  int      `json:"changes"`
		Wide     int      `json:"with_two_or_more_others"`
		Examples []string `json:"examples,omitempty"`
	}
)

func cochangeJSON(r *cochange.Report, withModel bool) cochangeView {
	v := cochangeView{Head: r.Head, Shallow: r.Shallow, NoRenames: r.NoRenames, Read: r.Read, Changes: r.Sets, ThreeOrMore: r.ThreeOrMore,
		NoService: r.NoService, Outside: r.Outside, LeftOut: []filterView{}, Pairs: []pairView{}, Services: []serviceCoch{}}
	if r.Sets > 0 {
		v.From, v.To = r.From.Format(time.DateOnly), r.To.Format(time.DateOnly)
	}
	for _, f := range r.Filters {
		v.LeftOut = append(v.LeftOut, filterView{Why: f.Why, Commits: f.Count})
	}
	for _, p := range r.Pairs {
		pv := pairView{A: p.A, B: p.B, ChangesA: p.RevsA, ChangesB: p.RevsB, Shared: p.Shared, Degree: p.Degree, Edges: p.Edges, Unknowns: p.Unknowns, Library: p.Library, Along: p.Along, Examples: p.Examples}
		if pv.Edges == nil {
			pv.Edges = []string{}
		}
		if withModel {
			hidden := p.Hidden()
			pv.Hidden = &hidden
		}
		v.Pairs = append(v.Pairs, pv)
	}
	for _, s := range r.Services {
		v.Services = append(v.Services, serviceCoch{Name: s.Name, Changes: s.Revs, Wide: s.Wide, Examples: s.Examples})
	}
	return v
}
