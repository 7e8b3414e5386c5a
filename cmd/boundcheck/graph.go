package main

import (
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/analyzers/cochange"
	"github.com/boundcheck/boundcheck/graph"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// graphFormats are the formats graph writes.
var graphFormats = []string{"svg", "dot", "mermaid", "json", "html"}

// graphLevels are what graph's nodes can be.
var graphLevels = []string{"service", "endpoint"}

// formatOfExt maps an output file's extension to a format.
var formatOfExt = map[string]string{".json": "json", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid", ".mermaid": "mermaid",
	".svg": "svg", ".html": "html"}

func newGraphCmd() *cobra.Command {
	var format, out, level string
	var view graph.View
	var withCochange bool
	cmd := &cobra.Command{
		Use:   "graph [packages]",
		Short: "Print the service-dependency graph (default ./...)",
		Long: `graph loads the packages (default ./...), finds how the services talk to
each other (HTTP and gRPC calls, published and consumed messages) and writes
the graph: services, resources (topics, external hosts) and edges, each edge
with the file and line that makes it. The enabled checks run too, and what
their findings are on is drawn red.

Formats: svg (laid out in-process, no Graphviz needed), html (the SVG in a
page with pan and zoom, search, and a panel per service), dot, mermaid and
json. The format comes from --format, else from the extension of -o, else
svg. With -o the file is written whole or not at all.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				format = "svg"
				if ext := filepath.Ext(out); ext != "" {
					format = formatOfExt[strings.ToLower(ext)]
					if format == "" {
						return usageErr("cannot tell the format from %q; give --format (%s)", out, strings.Join(graphFormats, ", "))
					}
				}
			}
			if !slices.Contains(graphFormats, format) {
				return usageErr("unknown format %q for graph; use %s", format, strings.Join(graphFormats, ", "))
			}
			if !slices.Contains(graphLevels, level) {
				return usageErr("unknown --level %q; use %s", level, strings.Join(graphLevels, " or "))
			}
			verbose, _ := cmd.Flags().GetBool("verbose")
			return runGraph(cmd.OutOrStdout(), cmd.ErrOrStderr(), args, out, format, level, view, withCochange, verbose, progressOf(cmd))
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "output format: "+strings.Join(graphFormats, ", ")+" (default: from -o's extension, else svg)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of stdout")
	cmd.Flags().StringVar(&level, "level", "service", "what the nodes are: service, or endpoint (each service a cluster of its endpoints)")
	cmd.Flags().StringVar(&view.Focus, "focus", "", "keep only what is within --depth edges of this service")
	cmd.Flags().IntVar(&view.Depth, "depth", 1, "with --focus: how many edges away to keep")
	cmd.Flags().BoolVar(&view.NoExternal, "no-external", false, "leave out external hosts")
	cmd.Flags().BoolVar(&view.NoData, "no-data", false, "leave out datastores and data edges")
	cmd.Flags().BoolVar(&withCochange, cochange.Check.Name, false, "draw the services that change together in the git history (rules.cochange settings), pairs with no edge in red")
	return cmd
}

func runGraph(stdout, stderr io.Writer, patterns []string, out, format, level string, view graph.View, withCochange, verbose bool, progress driver.Progress) error {
	wd, set, err := workdirSet()
	if err != nil {
		return err
	}
	// The enabled checks run, and are drawn, as under check: those that
	// read the history get it, or it is said why not.
	if note := loadHistory(set, analyzers.Enabled(set)); note != "" {
		fmt.Fprintln(stderr, note)
	}
	if withCochange && set.History == nil {
		// The check is off in the config, or the history could not be read.
		if err := set.LoadHistory(withHistoryCache(cochange.HistoryOptions(set))); err != nil {
			return &codeError{exitError, fmt.Errorf("graph --cochange: %v", err)}
		}
	}
	run, err := interactionModel(wd, set, patterns, true, progress)
	if err != nil {
		return err
	}
	if run.res.Packages == 0 {
		// Nothing to draw: an empty picture would pass for a system
		// without services.
		return reportRun(stderr, wd, run.res, run.problems, verbose, "")
	}
	m, fset, fs := run.model, run.fset, run.res.Findings
	if len(set.Services) == 0 {
		fmt.Fprintln(stderr, "boundcheck: no services found: no main packages, and no config file listing services; `boundcheck services` says what was looked at")
	}
	full := graph.Build(set, m, fset, func(file string) string { return relPath(wd, file) })
	full.Mark(graphFindings(wd, fs))
	if withCochange {
		full.Cochange = []graph.Cochange{}
		r := cochange.Analyze(set.History, set, m, cochange.MeasureOptions(set))
		for _, p := range r.Pairs {
			full.Cochange = append(full.Cochange, graph.Cochange{A: p.A, B: p.B, Shared: p.Shared, Degree: p.Degree, Hidden: p.Hidden(), Unresolved: p.Unknowns, Examples: p.Examples})
		}
	}
	g, err := full.Narrow(view)
	if err != nil {
		return usageErr("%v", err)
	}
	o := graph.Options{Level: level, Notes: stderr, Name: filepath.Base(wd)}
	write := func(w io.Writer) error { return graph.WriteJSON(w, g) }
	switch format {
	case "dot":
		write = func(w io.Writer) error { return graph.WriteDOT(w, g, o) }
	case "mermaid":
		write = func(w io.Writer) error { return graph.WriteMermaid(w, g, o) }
	case "svg":
		write = func(w io.Writer) error { return graph.WriteSVG(w, g, o) }
	case "html":
		write = func(w io.Writer) error { return graph.WriteHTML(w, g, o) }
	}
	if out == "" {
		err = write(stdout)
	} else {
		err = graph.WriteFile(out, write)
	}
	if err != nil {
		return &codeError{exitError, err}
	}
	writeUnresolved(stderr, unresolvedLines(wd, m, fset, g.HasResource))
	writeSelfCalls(stderr, selfCallLines(wd, m, fset))
	writeDeadCalls(stderr, deadCallLines(wd, m, fset))
	return reportRun(stderr, wd, run.res, run.problems, verbose, "the graph covers the rest")
}

// graphFindings turns the checks' findings into what the graph marks.
func graphFindings(wd string, fs []findings.Finding) []graph.Finding {
	var out []graph.Finding
	for _, f := range fs {
		gf := graph.Finding{Analyzer: f.Analyzer, Message: f.Message, Service: f.Service, File: relPath(wd, f.Pos.Filename), Line: f.Pos.Line, Resource: f.Resource}
		for _, r := range f.Related {
			gf.Related = append(gf.Related, graph.Position{File: relPath(wd, r.Pos.Filename), Line: r.Pos.Line})
		}
		out = append(out, gf)
	}
	return out
}

// A modelRun is what interactionModel found: the model, the checks'
// findings in res, and the problems of the run and of the deployment files.
type modelRun struct {
	model    *model.Model
	fset     *token.FileSet
	res      *driver.Result
	problems []driver.Problem
}

// interactionModel loads the packages and builds the interaction model,
// with the deployment files read for host names; with checks, the enabled
// checks run too and their findings are in res.
func interactionModel(wd string, set *rules.Set, patterns []string, checks bool, progress driver.Progress) (*modelRun, error) {
	loaded := loadFiles(set)
	var enabled []*check.Check
	if checks {
		enabled = analyzers.Enabled(set)
	}
	run := stages.For(set, enabled, true)
	store, salt := packageCache(wd, set)
	res, err := driver.Run(driver.Options{Dir: wd, Patterns: patterns, Set: set, Analyzers: run.Analyzers, Stages: run.Stages, Checks: analyzers.Names(), Progress: progress, Cache: store, Salt: salt})
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	m, fset := run.Model(res.Program), token.NewFileSet()
	if m == nil {
		m = &model.Model{}
	} else {
		fset = res.Program.Fset
	}
	return &modelRun{model: m, fset: fset, res: res, problems: append(res.Problems, loaded...)}, nil
}
