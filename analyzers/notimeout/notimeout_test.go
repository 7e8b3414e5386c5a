package notimeout_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/rules"
)

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), notimeout.New(rules.Empty()), "nethttp", "sinks/...")
}
