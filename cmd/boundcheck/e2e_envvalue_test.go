package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestE2EEnvValue: web and admin run the same code, a GET on the URL in
// UPSTREAM_URL, a name that says nothing about its target; ledger and
// archive both serve the path. Only the value docker-compose.yml gives each
// service's UPSTREAM_URL can lead web to ledger and admin to archive (under
// the /v2 its value carries), and nowhere else.
func TestE2EEnvValue(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "envvalue"))
	r := boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	var g struct {
		Edges []struct {
			From       string `json:"from"`
			To         string `json:"to"`
			Kind       string `json:"kind"`
			Protocol   string `json:"protocol"`
			Detail     string `json:"detail"`
			Resolved   string `json:"resolved"`
			ToEndpoint string `json:"to_endpoint"`
		} `json:"edges"`
	}
	decodeJSON(t, r, &g)
	var got []string
	for _, e := range g.Edges {
		got = append(got, strings.Join([]string{e.From, e.To, e.Kind, e.Protocol, e.Detail, e.ToEndpoint, e.Resolved}, " | "))
	}
	slices.Sort(got)
	want := []string{
		"admin | archive | sync | http | GET /v2/balances/{id} | GET /v2/balances/{id} | UPSTREAM_URL=http://archive:8080/v2 at docker-compose.yml:18",
		"web | ledger | sync | http | GET /balances/{id} | GET /balances/{id} | UPSTREAM_URL=http://ledger:8080 at docker-compose.yml:10",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edges (from | to | kind | protocol | detail | to_endpoint | resolved):\ngot\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
