package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/boundcheck/boundcheck/model"
)

// A located line is one use of something the model reports on stderr,
// "file:line: text", sorted by file and line.
type located struct {
	file string
	line int
	text string
}

// locatedLines sorts ls by file, line and text, drops repeats, and
// renders each as "file:line: text".
func locatedLines(ls []located) []string {
	slices.SortFunc(ls, func(a, b located) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.text, b.text))
	})
	ls = slices.Compact(ls)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = fmt.Sprintf("%s:%d: %s", l.file, l.line, l.text)
	}
	return out
}

// unresolvedLines lists what the model could not resolve, one line per
// place a service's code uses it, sorted by file and line:
// "cmd/web/main.go:25: web: ? (http host from CART_URL)". keep, if not nil,
// says which unknowns to list, by id.
func unresolvedLines(wd string, m *model.Model, fset *token.FileSet, keep func(id string) bool) []string {
	var sites []located
	for _, u := range m.Unresolved {
		if keep != nil && !keep(u.ID) {
			continue
		}
		for _, p := range u.Sites {
			pos := fset.Position(p)
			sites = append(sites, located{relPath(wd, pos.Filename), pos.Line, u.Service + ": " + u.Label})
		}
	}
	return locatedLines(sites)
}

// writeUnresolved says on w what could not be resolved, with the file and
// line of each use, so that no "?" in the graph is a silent guess.
func writeUnresolved(w io.Writer, lines []string) {
	writeNote(w, lines, "call, connection or message", "calls, connections or messages", "boundcheck: could not resolve the target of %d %s; each is drawn as a \"?\" node of its own service:\n")
}

// sqlLines lists the SQL statements and the Redis commands the model
// could not place on a database ("file:line: service: t1, t2", the tables
// or key prefixes they name), and the statements whose tables a keyword
// scan found ("file:line: service: t1, t2"), each sorted by file and line.
func sqlLines(wd string, m *model.Model, fset *token.FileSet) (unplaced, unplacedRedis, scanned []string) {
	at := func(p token.Pos) string {
		pos := fset.Position(p)
		return fmt.Sprintf("%s:%d", relPath(wd, pos.Filename), pos.Line)
	}
	for _, u := range m.Unplaced {
		line := at(u.Pos) + ": " + u.Service
		if len(u.Tables) > 0 {
			line += ": " + strings.Join(u.Tables, ", ")
		}
		if u.Protocol == "redis" {
			unplacedRedis = append(unplacedRedis, line)
		} else {
			unplaced = append(unplaced, line)
		}
	}
	tables := make(map[string][]string)
	var keys []string
	for _, a := range m.Tables {
		if !a.Scanned {
			continue
		}
		k := at(a.Pos) + ": " + a.Service
		if tables[k] == nil {
			keys = append(keys, k)
		}
		if !slices.Contains(tables[k], a.Table) {
			tables[k] = append(tables[k], a.Table)
		}
	}
	for _, k := range keys {
		scanned = append(scanned, k+": "+strings.Join(tables[k], ", "))
	}
	byPlace := func(a, b string) int {
		fa, la := splitPlace(a)
		fb, lb := splitPlace(b)
		return cmp.Or(cmp.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(a, b))
	}
	slices.SortFunc(unplaced, byPlace)
	slices.SortFunc(unplacedRedis, byPlace)
	slices.SortFunc(scanned, byPlace)
	return slices.Compact(unplaced), slices.Compact(unplacedRedis), scanned
}

// splitPlace splits "file:line: rest" into the file and the line.
func splitPlace(s string) (string, int) {
	file, rest, _ := strings.Cut(s, ":")
	line, _, _ := strings.Cut(rest, ":")
	n, _ := strconv.Atoi(line)
	return file, n
}

// guessedLines lists the consumes whose repeating effects the handling
// reaches only through an interface the service implements more than
// once, with those effects, and those whose handler could not be told.
func guessedLines(wd string, m *model.Model, fset *token.FileSet) []string {
	at := func(p token.Pos) string {
		pos := fset.Position(p)
		return fmt.Sprintf("%s:%d", relPath(wd, pos.Filename), pos.Line)
	}
	var out []string
	for _, c := range m.Consumers {
		if c.Vouched != "" {
			continue // its author vouches for it
		}
		var effects []string
		for _, e := range c.Bare(false) {
			effects = append(effects, e.String()+" at "+at(e.Pos))
		}
		if c.HandlingUnknown() {
			effects = []string{"its handler could not be told"}
		}
		if len(effects) == 0 {
			continue
		}
		site := c.Ref.Site
		if !site.IsValid() {
			site = c.Ref.Pos
		}
		out = append(out, at(site)+": "+c.Ref.Service+": "+strings.Join(c.TopicIDs(), ", ")+": "+strings.Join(effects, ", "))
	}
	return out
}

// selfCallLines lists the calls that reach the calling service itself,
// "cmd/web/client.go:40: web: http GET /customer", sorted by file and line.
func selfCallLines(wd string, m *model.Model, fset *token.FileSet) []string {
	var ls []located
	for _, e := range m.SelfCalls {
		pos := fset.Position(e.Site)
		if !pos.IsValid() {
			pos = fset.Position(e.Call.Pos)
		}
		ls = append(ls, located{relPath(wd, pos.Filename), pos.Line, e.From + ": " + strings.TrimSpace(e.Protocol+" "+e.Detail)})
	}
	return locatedLines(ls)
}

// deadCallLines lists the outbound calls, messages and connections in code
// no service runs, "broker/handlers.go:144: broker: http POST", sorted by
// file and line.
func deadCallLines(wd string, m *model.Model, fset *token.FileSet) []string {
	var ls []located
	for _, d := range m.DeadCalls {
		pos := fset.Position(d.Pos)
		ls = append(ls, located{relPath(wd, pos.Filename), pos.Line, d.Service + ": " + d.What})
	}
	return locatedLines(ls)
}

// writeDeadCalls says on w which calls are in code no service runs and so
// draw no edge.
func writeDeadCalls(w io.Writer, lines []string) {
	writeNote(w, lines, "call, message or connection is", "calls, messages or connections are", "boundcheck: %d %s in code no service runs (a package no binary links, or an unexported function nothing reaches), so no edge is drawn:\n")
}

// writeSelfCalls says on w which calls reach their own service and so
// draw no edge: a binary that runs several services shows as one service
// until the config declares them.
func writeSelfCalls(w io.Writer, lines []string) {
	writeNote(w, lines, "call reaches", "calls reach", "boundcheck: %d %s the calling service itself, so no edge is drawn (if one binary runs several services, declare each with its packages under services: in boundcheck.yaml):\n")
}

// writeNote writes on w a note heading lines, one per place: format, with
// the count and one (for one line) or many, then each line indented.
// Nothing when there are no lines.
func writeNote(w io.Writer, lines []string, one, many, format string) {
	if len(lines) == 0 {
		return
	}
	noun := many
	if len(lines) == 1 {
		noun = one
	}
	fmt.Fprintf(w, format, len(lines), noun)
	for _, l := range lines {
		fmt.Fprintln(w, "  "+l)
	}
}
