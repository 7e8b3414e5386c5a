package model_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/model"
)

// TestRPCFrameworks checks that the calls of the RPC frameworks reach the
// services that serve them: a go-kit gRPC client the service that
// registers the proto service, a go-kit HTTP client the route of the host
// its URL names, twirp's and connect-go's clients the services whose
// generated servers serve their proto services, go-micro's client the
// service registered under the name it was made with. A go-micro name no
// service registers is that name's host; a name read from the environment
// stays the caller's unknown (and a call of it in a consumer's handling
// repeats, by its method's name). A go-kit client that a service keeps for
// its callers, which its main never reaches, is no call of the service.
func TestRPCFrameworks(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "rpcfw")
	got := syncLines(m)
	want := []string{
		"consignment -> external:shippy.service.client micro VesselService.FindAvailable (no analysed service registers as shippy.service.client) at -",
		"consignment -> vessel micro VesselService.FindAvailable (registers as shippy.service.vessel) at micro VesselService.FindAvailable",
		"tracker -> unknown:tracker/micro/name from VESSEL_NAME micro VesselService.Create (registry name from VESSEL_NAME) at -",
		"tracker -> unknown:tracker/micro/name from VESSEL_NAME micro VesselService.FindAvailable (registry name from VESSEL_NAME) at -",
		"web -> eliza connect /connectrpc.eliza.v1.ElizaService/Say (registers connectrpc.eliza.v1.ElizaService) at connect /connectrpc.eliza.v1.ElizaService/Say",
		"web -> hats http GET /health () at GET /health",
		"web -> hats twirp /twitch.twirp.example.Haberdasher/MakeHat (registers twitch.twirp.example.Haberdasher) at twirp /twitch.twirp.example.Haberdasher/MakeHat",
		"web -> orders grpc /orders.v1.Orders/GetOrder (registers orders.v1.Orders) at grpc /orders.v1.Orders/GetOrder",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
	// A go-micro call named like a method that makes something is an
	// effect that repeats on a second delivery, as a gRPC one is.
	var effects []string
	for _, c := range m.Consumers {
		for _, e := range c.Effects {
			effects = append(effects, fmt.Sprintf("%s: %s repeats=%v (%s)", c.Ref.Service, e, e.Repeats, e.Why))
		}
	}
	wantEffects := []string{"tracker: call unknown:tracker/micro/name from VESSEL_NAME VesselService.Create repeats=true (an RPC method named Create… makes something new each time)"}
	if !slices.Equal(effects, wantEffects) {
		t.Errorf("effects:\n%s\nwant:\n%s", join(effects), join(wantEffects))
	}
}

// syncLines renders the model's sync edges, "from -> to protocol detail
// (why) at endpoint" ("-" for none), sorted.
func syncLines(m *model.Model) []string {
	var out []string
	for _, e := range m.Sync {
		ep := "-"
		if e.Endpoint != nil {
			ep = e.Endpoint.String()
		}
		out = append(out, fmt.Sprintf("%s -> %s %s %s (%s) at %s", e.From, e.To, e.Protocol, e.Detail, e.Why, ep))
	}
	slices.Sort(out)
	return out
}

func join(lines []string) string {
	s := ""
	for _, l := range lines {
		s += "\t" + l + "\n"
	}
	return s
}
