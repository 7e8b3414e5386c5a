package idempotency

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
)

// Check is the idempotency check. It has no per-package analyzer: what a
// consumer's handling reaches shows only in the whole program's model.
//
// It is not in the registry yet: the guards it knows (claims, duplicate-key
// tests) are too few to judge real consumers (an upsert or a conditional
// update keyed by the message, an idempotency key handed downstream, the
// offset stored with the effect, watermill's Deduplicator), it does not follow the message's data into
// the guard's key, and it does not tell a guard on one branch from one on
// every path.
var Check = &check.Check{
	Name:       name,
	Doc:        check.DocFromSource(docSource),
	Program:    program,
	NeedsModel: true,
}

const name = "idempotency"

//go:embed doc.go
var docSource string

// program reports each consumer whose handling reaches an effect that a
// second delivery repeats with no guard before it.
func program(p *check.Program) {
	for _, c := range p.Model.Consumers {
		if c.Vouched != "" {
			continue // //boundcheck:idempotent REASON on its handler or its line
		}
		var bare []*model.Effect
		for _, e := range c.Effects {
			if e.Repeats && !guarded(c, e) {
				bare = append(bare, e)
			}
		}
		if len(bare) == 0 {
			continue
		}
		p.Report(c.Ref.SitePkg, diagnostic(c, bare))
	}
}

// guarded reports whether a guard of c keeps e from repeating: a claim or
// an inbox read the handling reaches before e; a test of the duplicate-key
// error, which takes a second insert's failure for done: for an insert,
// and for what comes after the test.
func guarded(c *model.Consumer, e *model.Effect) bool {
	for _, g := range c.Guards {
		switch g.Kind {
		case "claim", "inbox":
			if g.Before(e) {
				return true
			}
		case "duplicate key":
			// The insert whose unique violation is taken for done, and
			// what comes after the test.
			if e.Insert || g.Before(e) {
				return true
			}
		}
	}
	return false
}

// diagnostic is the finding at c's consume for its unguarded effects.
func diagnostic(c *model.Consumer, bare []*model.Effect) analysis.Diagnostic {
	var topics []string
	for _, t := range c.Topics {
		topics = append(topics, t.ID)
	}
	var what []string
	for _, e := range bare {
		what = append(what, e.String())
	}
	msg := fmt.Sprintf("%s consumes %s and, on every delivery, %s; brokers deliver at least once, so a redelivered message does it again: "+
		"claim the message's id first (SETNX, or an insert into a processed-messages table with ON CONFLICT DO NOTHING) or make each effect an upsert keyed by the message",
		c.Ref.Service, strings.Join(topics, ", "), strings.Join(what, ", "))
	pos := c.Ref.Site
	if !pos.IsValid() {
		pos = c.Ref.Pos
	}
	d := analysis.Diagnostic{Pos: pos, Message: msg}
	for _, e := range bare {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.Pos, Message: e.String() + ": " + e.Why})
	}
	for _, g := range c.Guards {
		switch g.Kind {
		case "claim":
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: g.Pos, Message: "a claim here comes after the effect"})
		case "inbox":
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: g.Pos, Message: "a read of the inbox here comes after the effect"})
		}
	}
	return d
}
