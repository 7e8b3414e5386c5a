package interactions_test

import (
	"fmt"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestDaprInvoke checks the Dapr Go SDK client's invocation methods, on
// the Client interface and on *GRPCClient: each is an HTTP call of the
// method's path on the app it names, with its verb and its deadline; a
// method of the same name on another type is not.
func TestDaprInvoke(t *testing.T) {
	t.Parallel()
	testDaprCalls(t, "dapr_invoke")
}

// TestDaprHeader checks the HTTP requests that name the app they are for
// in a dapr-app-id header (Header.Add, Header.Set in any case, resty's
// SetHeader), and a request in the same function with another header.
func TestDaprHeader(t *testing.T) {
	t.Parallel()
	testDaprCalls(t, "dapr_header")
}

// TestDaprHandlers checks the endpoints AddServiceInvocationHandler
// serves on the Dapr services, against the //@endpoint notes, rendered
// "PATH -> HANDLER": a method of the same name on another type serves
// none.
func TestDaprHandlers(t *testing.T) {
	t.Parallel()
	for _, r := range run(t, "dapr_handlers") {
		var facts []checktest.Fact
		for _, e := range r.Result.(*model.Result).Endpoints {
			h := "<closure>"
			if e.Handler != nil {
				h = e.Handler.Name()
			}
			facts = append(facts, checktest.Fact{Pos: e.Pos, Kind: "endpoint", Text: e.String() + " -> " + h})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "endpoint")
	}
}

// testDaprCalls checks the calls of the case folder's package against its
// //@call notes, rendered as renderCall does with " app-id=ID | ID" when
// the call names the app it invokes and " deadline=D" when it has a
// known one.
func testDaprCalls(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		var facts []checktest.Fact
		for _, c := range r.Result.(*model.Result).Calls {
			s := renderCall(c)
			if len(c.AppID) > 0 {
				s += " app-id=" + render(c.AppID)
			}
			if c.Timeout > 0 {
				s += fmt.Sprint(" deadline=", c.Timeout)
			}
			facts = append(facts, checktest.Fact{Pos: c.Pos, Kind: "call", Text: s})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "call")
	}
}
