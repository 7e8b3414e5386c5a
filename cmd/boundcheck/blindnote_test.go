package main

import (
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
)

// TestBlindNoteUnseen checks that the note on stderr carries what the
// enabled checks say they could not judge (check.Check.Unseen), and that
// a model with nothing unresolved and checks that judged everything give
// no note.
func TestBlindNoteUnseen(t *testing.T) {
	m := &model.Model{}
	blind := &check.Check{Name: "blind", Unseen: func(*model.Model) []string { return []string{"2 things that could not be told"} }}
	seeing := &check.Check{Name: "seeing", Unseen: func(*model.Model) []string { return nil }}
	note := blindNote(m, []*check.Check{seeing, blind})
	if want := "could not see everything: 2 things that could not be told; nothing is reported about them"; !strings.Contains(note, want) {
		t.Errorf("note = %q, want it to hold %q", note, want)
	}
	if note := blindNote(m, []*check.Check{seeing}); note != "" {
		t.Errorf("note with nothing unseen = %q, want none", note)
	}
}
