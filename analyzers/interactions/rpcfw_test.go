package interactions_test

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestGoKit checks go-kit's clients: a gRPC client on a dialled
// connection, HTTP clients on a URL parsed from the environment and copied
// with another path, on a URL whose host service discovery gives (not
// known) and whose path a parameter sets, on a url.URL literal; and a
// NewClient of another package that is not a call. Its servers, mounted on
// gorilla/mux (with the method) and a ServeMux, are endpoints already.
func TestGoKit(t *testing.T) {
	t.Parallel()
	testCalls(t, "rpc_gokit")
	got := endpointsOf(t, "rpc_gokit", (*types.Func).Name)
	want := []string{"POST /sum -> call", "/concat -> call", "/v2 -> <closure or unknown>"}
	sameLines(t, "endpoints", got, want)
}

// TestTwirp checks twirp's generated client, called through the service
// interface on what NewXProtobufClient and NewXJSONClient return, named
// by the XPathPrefix constant, with the address as its target; the
// generated package's own http.NewRequest is not a call. A call of the
// interface on the service's own implementation, and a constructor of the
// same shape in a package that does not import twirp, are not calls.
// NewXServer serves the interface's methods.
func TestTwirp(t *testing.T) {
	t.Parallel()
	testRPCCalls(t, "rpc_twirp/...")
	got := endpointsOf(t, "rpc_twirp/...", (*types.Func).Name)
	want := []string{"twirp /twitch.twirp.example.Haberdasher/MakeHat -> MakeHat", "? -> <closure or unknown>"}
	sameLines(t, "endpoints", got, want)
}

// TestConnect checks connect-go's generated client: the procedure of its
// methods (a fact, from connect.NewClient's URL) at calls through the
// client interface, held in a variable or a field, with the base URL as
// the target; a method of the same name on another interface is not a
// call. NewXHandler serves the handler interface's methods, named by the
// Procedure constants.
func TestConnect(t *testing.T) {
	t.Parallel()
	testRPCCalls(t, "rpc_connect/...")
	got := endpointsOf(t, "rpc_connect/...", (*types.Func).Name)
	want := []string{"connect /connectrpc.eliza.v1.ElizaService/Say -> Say", "? -> <closure or unknown>"}
	sameLines(t, "endpoints", got, want)
}

// TestMicro checks go-micro: the generated client's Call of the request
// NewRequest made, with the registry name the client keeps (its
// constructor's parameter), a hand-written request on the default client,
// and RegisterXHandler's endpoints under the name micro.Name gave the
// service whose Server they are registered on. A Register function of the
// same shape on another server type registers nothing.
func TestMicro(t *testing.T) {
	t.Parallel()
	testRPCCalls(t, "rpc_micro/...")
	var got []string
	for _, r := range run(t, "rpc_micro/...") {
		for _, e := range r.Result.(*model.Result).Endpoints {
			got = append(got, e.String()+" registry="+e.Registry+" -> "+e.Handler.Name())
		}
	}
	slices.Sort(got)
	want := []string{
		"micro VesselService.Create registry=shippy.service.vessel -> Create",
		"micro VesselService.FindAvailable registry=shippy.service.vessel -> FindAvailable",
	}
	sameLines(t, "endpoints", got, want)
}

// testRPCCalls checks the calls of every package the pattern matches
// against their //@call notes; a package with neither makes no call.
func testRPCCalls(t *testing.T, pattern string) {
	t.Helper()
	for _, r := range run(t, pattern) {
		var facts []checktest.Fact
		for _, c := range r.Result.(*model.Result).Calls {
			facts = append(facts, checktest.Fact{Pos: c.Pos, Kind: "call", Text: renderCall(c)})
		}
		if len(facts) == 0 && !hasNotes(r.Pass.Files) {
			continue
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "call")
	}
}

// hasNotes reports whether the files hold a //@call note.
func hasNotes(files []*ast.File) bool {
	for _, f := range files {
		for _, cg := range f.Comments {
			if slices.ContainsFunc(cg.List, func(c *ast.Comment) bool { return strings.Contains(c.Text, "//@call(") }) {
				return true
			}
		}
	}
	return false
}
