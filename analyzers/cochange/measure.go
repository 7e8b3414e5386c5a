package cochange

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/history"
)

// Options are the measures' settings (the rules.cochange keys).
type Options struct {
	MinRevisions int // a service with fewer change sets is in no pair
	MinShared    int // a pair with fewer shared change sets is not reported
	MinDegree    int // percent: a pair below it is not reported
	MaxFiles     int // a commit changing more files is dropped (code-maat's 30)
	SweepShare   int // percent of the services: a change set touching more, and four or more, is a sweep
	WideShare    int // percent of a service's change sets that may touch two others
	Bots         *regexp.Regexp
	// Logical groups commits into one change: "" (each commit is one),
	// "author-day" (an author's commits less than a day apart), "ticket" (the
	// commits whose subject names the same ticket, Ticket's first match).
	Logical     string
	Ticket      *regexp.Regexp
	FirstParent bool // merges were read as the branches they bring in
}

// A Filter is a reason a commit or change set was left out, and how many.
type Filter struct {
	Why   string
	Count int
}

// A ChangeSet is one change: a commit, or the commits Logical groups;
// Services are those it touched, sorted.
type ChangeSet struct {
	Commits  []*history.Commit
	Services []string
	// Shared are the folders of the packages of no service it changed
	// (shared libraries), sorted.
	Shared []string
}

// Example names a change set by its newest commit: "1a2b3c4 subject".
func (c *ChangeSet) Example() string {
	last := c.Commits[0]
	subject := last.Subject
	if r := []rune(subject); len(r) > 60 {
		subject = string(r[:57]) + "..." // whole characters: subjects are any language
	}
	return fmt.Sprintf("%.7s %q", last.Hash, subject)
}

// A Pair is two services and how often they changed together.
type Pair struct {
	A, B         string
	RevsA, RevsB int
	Shared       int
	Degree       int // shared / mean of the two services' change sets, in percent
	// Edges are the model's edges between them, either way: "sync http
	// POST /orders", "async kafka orders.placed", "data postgres shop";
	// none for a hidden pair.
	Edges []string
	// Unknowns counts the two services' uses whose target could not be
	// resolved: a hidden pair may be linked through one.
	Unknowns int
	// Library is the shared package changed in most of the pair's shared
	// changes, when it was changed in half of them or more, and Along in
	// how many: the two may follow its API rather than each other.
	Library  string
	Along    int
	Examples []string // three of the change sets, newest first
}

// Hidden reports whether the model has no edge between the pair.
func (p *Pair) Hidden() bool { return len(p.Edges) == 0 }

// A ServiceShare is how often a service's changes reach two or more others.
type ServiceShare struct {
	Name     string
	Revs     int      // change sets touching it
	Wide     int      // of them, those touching two or more other services
	Examples []string // three of those, newest first
}

// A Report is the co-change of the services over a history.
type Report struct {
	Head      string
	Shallow   bool
	NoRenames string    // why renames were not followed (history.History.NoRenames)
	Read      int       // commits read
	From, To  time.Time // the oldest and newest change set counted
	Filters   []Filter  // in the order they apply
	// Outside counts the changed files outside the analysed tree; NoService
	// the files that count for no service (a shared package, a folder of
	// several services or none).
	Outside, NoService int
	Sets               int // change sets that touch a service
	ThreeOrMore        int // of them, those touching three or more
	Pairs              []Pair
	Services           []ServiceShare
}

// Analyze measures the co-change of set's services over h, whose paths
// h.Prefix (the analysed tree's folder relative to the repository's top)
// leads to. m gives the static edges; nil when none is known.
func Analyze(h *history.History, set *rules.Set, m *model.Model, o Options) *Report {
	r := &Report{Head: h.Head, Shallow: h.Shallow, NoRenames: h.NoRenames, Read: len(h.Commits)}
	own := newOwners(set)
	counts := make(map[string]int)
	rank := make(map[string]int) // the filters in the order they apply
	drop := func(rk int, why string) {
		counts[why]++
		rank[why] = rk
	}
	prefix := h.Prefix // "" or ending in a slash
	var sets []*ChangeSet
	// Renames are followed through the history: going back from HEAD, a
	// file an older commit changes under a name that a newer one renamed
	// counts by its name today, so a service moved to another folder
	// keeps its past. current maps an old name to today's; the renames of
	// a commit apply to the older ones (pending).
	current := make(map[string]string)
	resolve := func(p string) string {
		if now, ok := current[p]; ok {
			return now
		}
		return p
	}
	var pending []history.Change
	for i := range h.Commits {
		c := &h.Commits[i]
		for _, ch := range pending {
			current[ch.From] = resolve(ch.Path)
		}
		pending = pending[:0]
		for _, ch := range c.Changes {
			if ch.From != "" && ch.From != ch.Path {
				pending = append(pending, ch)
			}
		}
		switch {
		case c.Parents > 1 && !o.FirstParent:
			drop(0, "merge commits")
			continue
		case o.Bots != nil && o.Bots.MatchString(c.Author+" <"+c.Email+">"):
			drop(1, "commits by bots")
			continue
		case o.MaxFiles > 0 && len(c.Changes) > o.MaxFiles:
			drop(2, fmt.Sprintf("commits changing more than %d files", o.MaxFiles))
			continue
		}
		svcs := make(map[string]bool)
		libs := make(map[string]bool)
		noise := make(map[string]bool)
		counted, inTree := 0, 0
		for _, ch := range c.Changes {
			for _, p := range []string{ch.Path, ch.From} {
				if p == "" {
					continue
				}
				rel, ok := strings.CutPrefix(resolve(p), prefix)
				if !ok {
					r.Outside++
					continue
				}
				inTree++
				if k := kind(rel, ch.Generated && p == ch.Path); k != "" {
					noise[k] = true
					continue
				}
				counted++
				if s := own.service(rel); s != "" {
					svcs[s] = true
				} else {
					r.NoService++
					if lib := own.sharedPackage(rel); lib != "" {
						libs[lib] = true
					}
				}
			}
		}
		switch {
		case inTree == 0:
			drop(3, "commits changing nothing in the analysed tree")
			continue
		case counted == 0:
			kinds := slices.Sorted(func(yield func(string) bool) {
				for k := range noise {
					if !yield(k) {
						return
					}
				}
			})
			drop(4, "commits changing only "+strings.Join(kinds, ", "))
			continue
		case len(svcs) == 0:
			drop(5, "commits touching no service")
			continue
		}
		cs := &ChangeSet{Commits: []*history.Commit{c}}
		for s := range svcs {
			cs.Services = append(cs.Services, s)
		}
		sort.Strings(cs.Services)
		for l := range libs {
			cs.Shared = append(cs.Shared, l)
		}
		sort.Strings(cs.Shared)
		sets = append(sets, cs)
	}
	sets = group(sets, o)
	kept := sets[:0]
	for _, cs := range sets {
		n := len(cs.Services)
		if o.SweepShare > 0 && n >= 4 && n*100 > o.SweepShare*len(set.Services) {
			drop(6, fmt.Sprintf("sweeping changes (four or more services, more than %d%% of them)", o.SweepShare))
			continue
		}
		kept = append(kept, cs)
	}
	sets = kept
	for why, n := range counts {
		r.Filters = append(r.Filters, Filter{Why: why, Count: n})
	}
	slices.SortFunc(r.Filters, func(a, b Filter) int { return cmp.Or(cmp.Compare(rank[a.Why], rank[b.Why]), cmp.Compare(a.Why, b.Why)) })
	r.measure(sets, m, o)
	return r
}

// group joins the change sets of one logical change (Options.Logical):
// with author-day, an author's commits less than a day before the newest of them;
// with ticket, the commits whose subject names the same ticket. sets are
// newest first, and so is the result.
func group(sets []*ChangeSet, o Options) []*ChangeSet {
	if o.Logical == "" {
		return sets
	}
	var out []*ChangeSet
	open := make(map[string]*ChangeSet) // the group each author or ticket adds to
	for _, cs := range sets {
		c := cs.Commits[0]
		var key string
		switch o.Logical {
		case "author-day":
			key = strings.ToLower(c.Email)
			if g := open[key]; g != nil && g.Commits[0].Time.Sub(c.Time) >= 24*time.Hour {
				delete(open, key) // a day or more before the group's newest: a new change
			}
		case "ticket":
			if o.Ticket != nil {
				if id := o.Ticket.FindString(c.Subject); id != "" {
					key = id
				}
			}
		}
		g := open[key]
		if key == "" || g == nil {
			g = &ChangeSet{Commits: slices.Clone(cs.Commits), Services: slices.Clone(cs.Services), Shared: slices.Clone(cs.Shared)}
			out = append(out, g)
			if key != "" {
				open[key] = g
			}
			continue
		}
		g.Commits = append(g.Commits, cs.Commits...)
		g.Services = union(g.Services, cs.Services)
		g.Shared = union(g.Shared, cs.Shared)
	}
	return out
}

// union returns the sorted union of two sorted lists.
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	sort.Strings(a)
	return a
}

// measure counts the change sets per service and pair.
func (r *Report) measure(sets []*ChangeSet, m *model.Model, o Options) {
	revs := make(map[string]int)
	type pairKey struct{ a, b string }
	shared := make(map[pairKey][]*ChangeSet)
	wide := make(map[string][]*ChangeSet)
	for _, cs := range sets {
		r.Sets++
		t := cs.Commits[0].Time
		if r.To.IsZero() || t.After(r.To) {
			r.To = t
		}
		if r.From.IsZero() || t.Before(r.From) {
			r.From = t
		}
		if len(cs.Services) >= 3 {
			r.ThreeOrMore++
		}
		for i, a := range cs.Services {
			revs[a]++
			if len(cs.Services) >= 3 {
				wide[a] = append(wide[a], cs)
			}
			for _, b := range cs.Services[i+1:] {
				shared[pairKey{a, b}] = append(shared[pairKey{a, b}], cs)
			}
		}
	}
	edges := modelEdges(m)
	unknowns := make(map[string]int)
	if m != nil {
		for _, u := range m.Unresolved {
			unknowns[u.Service] += max(1, len(u.Sites))
		}
	}
	for k, css := range shared {
		p := Pair{A: k.a, B: k.b, RevsA: revs[k.a], RevsB: revs[k.b], Shared: len(css)}
		p.Degree = p.Shared * 200 / (p.RevsA + p.RevsB)
		if p.RevsA < o.MinRevisions || p.RevsB < o.MinRevisions || p.Shared < o.MinShared || p.Degree < o.MinDegree {
			continue
		}
		p.Edges = edges[[2]string{k.a, k.b}]
		p.Unknowns = unknowns[k.a] + unknowns[k.b]
		p.Library, p.Along = library(css)
		p.Examples = examples(css)
		r.Pairs = append(r.Pairs, p)
	}
	slices.SortFunc(r.Pairs, func(x, y Pair) int {
		return cmp.Or(cmp.Compare(y.Degree, x.Degree), cmp.Compare(y.Shared, x.Shared), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	for name, n := range revs {
		r.Services = append(r.Services, ServiceShare{Name: name, Revs: n, Wide: len(wide[name]), Examples: examples(wide[name])})
	}
	slices.SortFunc(r.Services, func(x, y ServiceShare) int { return cmp.Compare(x.Name, y.Name) })
}

// library returns the shared package changed in most of css, and in how
// many, when that is half of them or more; ties go to the first by name.
func library(css []*ChangeSet) (string, int) {
	count := make(map[string]int)
	for _, cs := range css {
		for _, l := range cs.Shared {
			count[l]++
		}
	}
	best, n := "", 0
	for l, c := range count {
		if c > n || c == n && l < best {
			best, n = l, c
		}
	}
	if n*2 < len(css) {
		return "", 0
	}
	return best, n
}

// examples names up to three change sets, newest first.
func examples(css []*ChangeSet) []string {
	var out []string
	for _, cs := range css[:min(3, len(css))] {
		out = append(out, cs.Example())
	}
	return out
}

// modelEdges returns the model's edges between each pair of services (the
// pair sorted), as phrases, sorted.
func modelEdges(m *model.Model) map[[2]string][]string {
	out := make(map[[2]string][]string)
	add := func(a, b, what string) {
		if a == b || a == "" || b == "" {
			return
		}
		if b < a {
			a, b = b, a
		}
		k := [2]string{a, b}
		if !slices.Contains(out[k], what) {
			out[k] = append(out[k], what)
		}
	}
	if m == nil {
		return out
	}
	for _, e := range m.Sync {
		if !model.IsUnknown(e.To) {
			add(e.From, e.To, strings.TrimSpace("sync "+e.Protocol+" "+e.Detail))
		}
	}
	for _, e := range m.Async {
		if !model.IsUnknown(e.From) && !model.IsUnknown(e.To) && e.Topic != nil {
			add(e.From, e.To, "async "+e.Topic.Protocol+" "+e.Topic.Name)
		}
	}
	users := make(map[string][]string)
	for _, e := range m.Data {
		if !model.IsUnknown(e.Resource) && !slices.Contains(users[e.Resource], e.From) {
			users[e.Resource] = append(users[e.Resource], e.From)
		}
	}
	for res, svcs := range users {
		for i, a := range svcs {
			for _, b := range svcs[i+1:] {
				add(a, b, "data "+res)
			}
		}
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}
