package shareddb

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// Check is the shareddb check. It has no per-package analyzer: which
// services share a datastore shows only in the whole program's model.
var Check = &check.Check{
	Name:       name,
	Doc:        check.DocFromSource(docSource),
	Program:    program,
	NeedsModel: true,
}

const name = "shareddb"

//go:embed doc.go
var docSource string

// program reports the tables, then the databases and collections, that
// two or more services use. A service that shares a table of a database
// is not reported again on the database.
func program(p *check.Program) {
	byTable := tables(p)
	broker := brokerOnly(p.Model)
	byResource := make(map[string][]*model.DataEdge)
	var ids []string
	for _, e := range p.Model.Data {
		if model.IsUnknown(e.Resource) {
			continue // never guess that two unknowns are one
		}
		if broker[[2]string{e.From, e.Resource}] {
			continue // Redis as a message broker, like a Kafka cluster, is shared by design
		}
		id := shareKey(e.Resource, e.From, e.Loopback)
		if byResource[id] == nil {
			ids = append(ids, id)
		}
		byResource[id] = append(byResource[id], e)
	}
	slices.Sort(ids)
	for _, id := range ids {
		edges := byResource[id]
		users := services(edges)
		if len(users) < 2 {
			continue
		}
		owner, why := ownerOf(p.Set, edges[0])
		for _, e := range edges {
			if e.From == owner || byTable[e.Resource][e.From] {
				continue
			}
			pkg, d := diagnostic(e, users, owner, why, edges)
			p.Report(pkg, d)
		}
	}
}

// brokerOnly returns the services' Redis databases they use as a message
// broker only: the service publishes or subscribes through Redis and runs
// no command on a key there. Which client each message goes through is
// not traced, so a service with key commands on the database keeps it.
func brokerOnly(m *model.Model) map[[2]string]bool {
	messaging := make(map[string]bool)
	for _, t := range m.Topics {
		if t.Protocol != "redis" {
			continue
		}
		for _, r := range t.Publish {
			messaging[r.Service] = true
		}
		for _, r := range t.Consume {
			messaging[r.Service] = true
		}
	}
	keys := make(map[[2]string]bool)
	for _, a := range m.Tables {
		if a.Kind == "key prefix" {
			keys[[2]string{a.Service, a.Resource}] = true
		}
	}
	out := make(map[[2]string]bool)
	for _, e := range m.Data {
		k := [2]string{e.From, e.Resource}
		if e.Protocol == "redis" && messaging[e.From] && !keys[k] {
			out[k] = true
		}
	}
	return out
}

// services returns the services of edges, sorted, each once.
func services(edges []*model.DataEdge) []string {
	var out []string
	for _, e := range edges {
		if !slices.Contains(out, e.From) {
			out = append(out, e.From)
		}
	}
	slices.Sort(out)
	return out
}

// ownerOf returns the service that owns the datastore of e, and why
// (rules.Set.DataOwner): "" when none does.
func ownerOf(set *rules.Set, e *model.DataEdge) (owner, why string) {
	if e.Kind == "collection" {
		if owner, why = set.DataOwner("collection", e.Detail); owner != "" {
			return owner, why
		}
		_, coll, _ := strings.Cut(e.Detail, ".")
		return set.DataOwner("collection", coll)
	}
	return set.DataOwner("database", e.Detail)
}

// diagnostic is the finding at e, one of the edges to a datastore that
// users share, and the package it is in; owner is "" when no service owns
// it, why says how the owner is known.
func diagnostic(e *model.DataEdge, users []string, owner, why string, edges []*model.DataEdge) (string, analysis.Diagnostic) {
	var others []string
	for _, u := range users {
		if u != e.From && u != owner {
			others = append(others, u)
		}
	}
	what := e.Kind
	if what == "" {
		what = "database"
	}
	var msg string
	switch {
	case owner != "" && len(others) == 0:
		msg = fmt.Sprintf("%s uses %s %s, which %s owns (%s); a shared %s couples schemas, deploys and outages: ask %s through its API or its events, or give %s a %s of its own",
			e.From, what, e.Resource, owner, why, what, owner, e.From, what)
	case owner != "":
		msg = fmt.Sprintf("%s uses %s %s, which %s owns (%s) and %s also %s; a shared %s couples schemas, deploys and outages: ask %s through its API or its events, or give %s a %s of its own",
			e.From, what, e.Resource, owner, why, list(others), use(others), what, owner, e.From, what)
	default:
		msg = fmt.Sprintf("%s uses %s %s, which %s also %s and no service owns; a shared %s couples schemas, deploys and outages: give it one owner (owns: in boundcheck.yaml, or its migrations) that the others ask through its API or its events",
			e.From, what, e.Resource, list(others), use(others), what)
	}
	pos, pkg := site(e)
	d := analysis.Diagnostic{Pos: pos, Message: msg, Category: e.Resource}
	for _, o := range edges {
		if o.From != e.From {
			at, _ := site(o)
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: at, Message: o.From + " uses it"})
		}
	}
	return pkg, d
}

// site is where e is reported: the service's own code that makes the
// connection, or the connection itself when no such site is known.
func site(e *model.DataEdge) (token.Pos, string) {
	if e.Site.IsValid() {
		return e.Site, e.SitePkg
	}
	return e.Conn.Pos, e.Pkg
}

// use is "uses" or "use", to agree with names.
func use(names []string) string {
	if len(names) == 1 {
		return "uses"
	}
	return "use"
}

// list joins names: "a", "a and b", "a, b and c".
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// shareKey is what makes two uses of a datastore one: its id, and for an
// address on the service's own machine (localhost) the service too, since
// each service's localhost may be another machine. A miss is preferred to
// a false alarm.
func shareKey(resource, service string, loopback bool) string {
	if loopback {
		return resource + "\x00" + service
	}
	return resource
}

// A tableKey is one table of one database (as shareKey says).
type tableKey struct{ resource, table string }

// tables reports the tables two or more services' statements touch, at
// each access of a service that does not own the table, and returns the
// services that share a table, owners included, by database: the table
// findings say more than the database's would.
func tables(p *check.Program) map[string]map[string]bool {
	groups := make(map[tableKey][]*model.TableAccess)
	var keys []tableKey
	for _, a := range p.Model.Tables {
		k := tableKey{shareKey(a.Resource, a.Service, a.Loopback), a.Table}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], a)
	}
	slices.SortFunc(keys, func(a, b tableKey) int {
		return cmp.Or(strings.Compare(a.resource, b.resource), strings.Compare(a.table, b.table))
	})
	reported := make(map[string]map[string]bool)
	for _, k := range keys {
		as := groups[k]
		roles := make(map[string]string) // service → "reads", "writes" or "reads and writes"
		var users []string
		for _, a := range as {
			if _, ok := roles[a.Service]; !ok {
				users = append(users, a.Service)
			}
			roles[a.Service] = role(roles[a.Service], a.Write)
		}
		kind := as[0].Kind
		owner, why := p.Set.DataOwner(kind, k.table)
		if _, coll, ok := strings.Cut(k.table, "."); owner == "" && kind == "collection" && ok {
			owner, why = p.Set.DataOwner(kind, coll)
		}
		if c := p.Model.Creator(k.table); owner == "" && kind == "table" && c != "" {
			owner, why = c, "its code creates it with gorm's AutoMigrate or bun's CreateTable"
		}
		// The owner touches its table even where no statement of its code
		// shows (a tool, another language, a library): it is a user when it
		// uses the same database.
		if owner != "" && roles[owner] == "" && uses(p.Model, owner, as[0].Resource) {
			users = append(users, owner)
		}
		if len(users) < 2 {
			continue
		}
		slices.Sort(users)
		if owner == "" {
			var writers []string
			for _, u := range users {
				if strings.Contains(roles[u], "writes") {
					writers = append(writers, u)
				}
			}
			if len(writers) == 1 {
				owner, why = writers[0], "the only service that writes it"
			}
		}
		res := as[0].Resource
		if reported[res] == nil {
			reported[res] = make(map[string]bool)
		}
		for _, u := range users {
			reported[res][u] = true
		}
		for _, a := range as {
			if a.Service == owner {
				continue
			}
			pos, pkg := a.Site, a.SitePkg
			if !pos.IsValid() {
				pos, pkg = a.Pos, a.Pkg
			}
			verb := "reads"
			if a.Write {
				verb = "writes"
			}
			var others []string
			for _, u := range users {
				if u == a.Service {
					continue
				}
				if u == owner {
					owns := fmt.Sprintf("%s owns (%s)", u, why)
					if roles[u] != "" {
						owns += " and " + roles[u]
					}
					others = append([]string{owns}, others...)
				} else {
					others = append(others, u+" "+roles[u])
				}
			}
			hint := fmt.Sprintf("ask %s through its API or its events, or keep a read model fed by them", owner)
			if owner == "" {
				hint = "give it one owner (owns: in boundcheck.yaml, or its migrations) that the others ask through its API or its events"
			}
			scanned := ""
			if a.Scanned {
				scanned = " (found by a keyword scan: the SQL parser rejects the statement)"
			}
			of := " of " + a.Resource
			if kind == "collection" {
				of = " (" + a.Resource + ")"
			}
			d := analysis.Diagnostic{Pos: pos, Category: a.Resource, Message: fmt.Sprintf("%s %s %s %s%s%s, which %s; a %s of another service couples both to its schema: %s",
				a.Service, verb, kind, k.table, of, scanned, list(others), kind, hint)}
			seen := map[string]bool{a.Service: true}
			for _, o := range as {
				if !seen[o.Service] {
					seen[o.Service] = true
					at := o.Site
					if !at.IsValid() {
						at = o.Pos
					}
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: at, Message: o.Service + " " + roles[o.Service] + " it"})
				}
			}
			p.Report(pkg, d)
		}
	}
	return reported
}

// uses reports whether service has a data edge to the resource.
func uses(m *model.Model, service, resource string) bool {
	for _, e := range m.Data {
		if e.From == service && e.Resource == resource {
			return true
		}
	}
	return false
}

// role adds one access to what a service does with a table.
func role(prev string, write bool) string {
	switch {
	case prev == "reads and writes", prev == "reads" && write, prev == "writes" && !write:
		return "reads and writes"
	case write:
		return "writes"
	}
	return "reads"
}
