package interactions_test

import (
	"fmt"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// TestDeadlines checks the time limit recorded on each call, which
// syncchain compares along a chain: every context the catalog says has a
// deadline counts (rules.Deadline, the one list notimeout judges by too),
// WithDeadline and the Cause variants included, and a deadline whose
// length no constant says is a deadline of unknown length, not none.
func TestDeadlines(t *testing.T) {
	t.Parallel()
	var got []string
	for _, r := range analysistest.Run(t, testdata(t), interactions.New(rules.Empty()), "calls_deadline") {
		if r.Pass.Pkg.Path() != "calls_deadline" {
			continue
		}
		for _, c := range r.Result.(*model.Result).Calls {
			s := "no deadline"
			switch {
			case c.Deadline && c.Timeout > 0:
				s = "deadline " + c.Timeout.String()
			case c.Deadline:
				s = "deadline of unknown length"
			case c.Timeout > 0:
				s = "a length without a deadline: " + c.Timeout.String()
			}
			got = append(got, fmt.Sprintf("%s: %s", c.URL[0], s))
		}
	}
	want := []string{
		"http://orders/a: deadline 2s",
		"http://orders/b: deadline 3s",
		"http://orders/c: deadline of unknown length",
		"http://orders/d: deadline of unknown length",
		"http://orders/e: deadline of unknown length",
		"http://orders/f: no deadline",
		"http://orders/g: deadline 5s",
		"http://orders/h: deadline of unknown length",
	}
	sameLines(t, "deadlines", got, want)
}
