package main

import (
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/model"
)

// TestBlindNoteGuessedConsumers checks that the note on stderr counts the
// consumers whose repeating effects idempotency could only guess, when
// that check ran, and those whose handler could not be told; not a
// consumer whose guessed effect is guarded, whose effects are all sure,
// or whose author vouches for it.
func TestBlindNoteGuessedConsumers(t *testing.T) {
	guessed := &model.Effect{Repeats: true}
	sure := &model.Effect{Repeats: true, Sure: true}
	guarded := &model.Effect{Repeats: true, Guard: &model.Guard{Kind: "claim"}}
	loop := &model.MessageRef{Message: &model.Message{HandleFrom: 1, HandleTo: 2}}
	handed := &model.MessageRef{Message: &model.Message{}}
	m := &model.Model{Consumers: []*model.Consumer{
		{Ref: loop, Effects: []*model.Effect{guessed, sure}},
		{Ref: loop, Effects: []*model.Effect{sure}},
		{Ref: loop, Effects: []*model.Effect{guarded}},
		{Ref: handed},
		{Ref: loop, Effects: []*model.Effect{guessed}, Vouched: "deduped downstream"},
	}}
	var w strings.Builder
	blindNote(&w, m, true)
	if want := "could not see everything: 1 message consumers whose handler could not be told (a function value handed in), 1 message consumers whose handling reaches its effects only through an interface"; !strings.Contains(w.String(), want) {
		t.Errorf("note = %q, want it to hold %q", w.String(), want)
	}
	w.Reset()
	blindNote(&w, m, false)
	if w.Len() != 0 {
		t.Errorf("note without idempotency = %q, want none", w.String())
	}
}
