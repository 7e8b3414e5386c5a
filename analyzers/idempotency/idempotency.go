package idempotency

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Check is the idempotency check. It has no per-package analyzer: what a
// consumer's handling reaches shows only in the whole program's model.
var Check = &check.Check{
	Name:       name,
	Doc:        check.DocFromSource(docSource),
	Program:    program,
	NeedsModel: true,
	Unseen:     unseen,
}

const name = "idempotency"

//go:embed doc.go
var docSource string

// program reports each consumer whose handling reaches an effect that a
// second delivery repeats with no guard before it, and each that both
// writes a database and publishes (a dual write, without an outbox).
func program(p *check.Program) {
	for _, c := range p.Model.Consumers {
		if c.Vouched != "" {
			continue // //boundcheck:idempotent REASON on its handler or its line
		}
		if bare := c.Bare(true); len(bare) > 0 {
			p.Report(c.Ref.SitePkg, diagnostic(p, c, bare))
		}
		if d, ok := dualWrite(p, c); ok {
			p.Report(c.Ref.SitePkg, d)
		}
	}
}

// unseen says how many consumers the check did not judge: those whose
// handler could not be told (a function value handed in), and those whose
// repeating effects the handling reaches only through an interface the
// service implements more than once. Consumers vouched for are judged by
// their authors.
func unseen(m *model.Model) []string {
	guessed, blind := 0, 0
	for _, c := range m.Consumers {
		switch {
		case c.Vouched != "":
		case c.HandlingUnknown():
			blind++
		case len(c.Bare(false)) > 0:
			guessed++
		}
	}
	var out []string
	if blind > 0 {
		out = append(out, fmt.Sprintf("%d message consumers whose handler could not be told (a function value handed in)", blind))
	}
	if guessed > 0 {
		out = append(out, fmt.Sprintf("%d message consumers whose handling reaches its effects only through an interface the service implements more than once", guessed))
	}
	return out
}

// site is where a finding about c is reported: the consume in the
// service's own code.
func site(c *model.Consumer) token.Pos {
	if c.Ref.Site.IsValid() {
		return c.Ref.Site
	}
	return c.Ref.Pos
}

// topics names the destinations c consumes.
func topics(c *model.Consumer) string { return strings.Join(c.TopicIDs(), ", ") }

// diagnostic is the finding at c's consume for its unguarded effects:
// each effect, with how the handling reaches it, is a related position.
func diagnostic(p *check.Program, c *model.Consumer, bare []*model.Effect) analysis.Diagnostic {
	var what []string
	for _, e := range bare {
		s := e.String()
		if via := path(p.Fset, e.At); via != "" {
			s += " (via " + via + ")"
		}
		what = append(what, s)
	}
	msg := fmt.Sprintf("%s consumes %s and, on every delivery, %s; brokers deliver at least once, so a redelivered message does it again: "+
		"claim the message's id first (SETNX, or an insert into a processed-messages table with ON CONFLICT DO NOTHING and a check of the rows it affected) or make each effect an upsert keyed by the message",
		c.Ref.Service, topics(c), strings.Join(what, ", "))
	for _, g := range c.Guards {
		if g.Flaw != "" {
			msg += "; its " + g.Kind + " does not guard: " + g.Flaw
		}
	}
	d := analysis.Diagnostic{Pos: site(c), Message: msg}
	for _, e := range bare {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.Pos, Message: e.String() + ": " + e.Why})
	}
	for _, g := range c.Guards {
		switch {
		case g.Flaw != "":
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: g.Pos, Message: "this " + g.Kind + " does not guard: " + g.Flaw})
		case g.Kind == "claim" || g.Kind == "inbox":
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: g.Pos, Message: "this " + g.Kind + " comes after the effect, or not on every path to it"})
		}
	}
	return d
}

// dualWrite is the finding for a consumer whose handling writes a
// database (SQL or MongoDB) and publishes to a broker: the two are not one
// transaction, so a crash between them loses the event or, redelivered,
// writes again.
func dualWrite(p *check.Program, c *model.Consumer) (analysis.Diagnostic, bool) {
	var write, pub *model.Effect
	for _, e := range c.Effects {
		if !e.Sure {
			continue
		}
		switch {
		case write == nil && e.Kind == "write" && e.Write.Kind != "key prefix" && e.Write.Verb != catalog.VerbClaim:
			write = e
		case pub == nil && e.Kind == "publish":
			pub = e
		}
	}
	if write == nil || pub == nil {
		return analysis.Diagnostic{}, false
	}
	msg := fmt.Sprintf("%s consumes %s, and its handling both writes the database (%s) and publishes (%s) outside one transaction: "+
		"a crash between the two loses the event or, on redelivery, repeats the write; "+
		"record the event in an outbox table in the write's transaction and publish it from there (transactional outbox)",
		c.Ref.Service, topics(c), write, pub)
	return analysis.Diagnostic{Pos: site(c), Message: msg, Related: []analysis.RelatedInformation{
		{Pos: write.Pos, Message: write.String()},
		{Pos: pub.Pos, Message: pub.String()},
	}}, true
}

// path renders how the handling reaches a place through calls: "charge →
// Store.Charge", or "" when it is where the handling starts.
func path(fset *token.FileSet, at model.Path) string {
	if len(at.Calls) == 0 {
		return ""
	}
	names := []string{nodeName(fset, at.From)}
	for _, s := range at.Calls {
		names = append(names, nodeName(fset, s.To))
	}
	return strings.Join(names, " → ")
}

// nodeName names a call-graph node for a message: "Store.Charge" for a
// method, "charge" for a function, "func literal at billing.go:12".
func nodeName(fset *token.FileSet, n model.Node) string {
	switch n := n.(type) {
	case *types.Func:
		if recv := n.Signature().Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if named, ok := t.(*types.Named); ok {
				return named.Obj().Name() + "." + n.Name()
			}
		}
		return n.Name()
	case token.Pos:
		p := fset.Position(n)
		return fmt.Sprintf("func literal at %s:%d", check.BaseName(p.Filename), p.Line)
	}
	return fmt.Sprint(n)
}
