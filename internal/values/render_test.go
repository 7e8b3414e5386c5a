package values_test

import (
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/values"
)

func TestRender(t *testing.T) {
	v := values.Value{Parts: []values.Part{
		{Lit: "http://"},
		{Env: "HOST", Default: "orders", HasDefault: true},
		{Lit: ":"},
		{Env: "PORT"},
		{Lit: "/"},
		{Flag: "prefix"},
		{Lit: "/"},
		{Field: "Config.Path", Default: "v1", HasDefault: true},
		{Param: "p#0"},
		{EnvOf: "getenv#0"},
		{Unknown: "call to strconv.Itoa"},
	}}
	var unknown []string
	deployed := map[string]string{"PORT": "8080"}
	for _, tc := range []struct {
		name string
		st   values.Style
		want string
	}{
		{"zero style: every unknown as {?}", values.Style{}, "http://{?}:{?}/{?}/{?}{?}{?}{?}"},
		{"names, as String", values.Style{Names: true}, "http://${HOST}:${PORT}/{flag prefix}/{Config.Path}{param p#0}${env named by getenv#0}{?}"},
		{"defaults", values.Style{Defaults: true}, "http://orders:{?}/{?}/v1{?}{?}{?}"},
		{"a part hook first, then defaults", values.Style{
			Defaults: true,
			Part: func(p values.Part) (string, bool) {
				s, ok := deployed[p.Env]
				return s, ok
			},
			Unknown: func(p values.Part) { unknown = append(unknown, p.Flag+p.Param+p.EnvOf+p.Unknown) },
		}, "http://orders:8080/{?}/v1{?}{?}{?}"},
	} {
		if got := v.Render(tc.st); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	if got, want := strings.Join(unknown, ","), "prefix,p#0,getenv#0,call to strconv.Itoa"; got != want {
		t.Errorf("Unknown told %s, want %s", got, want)
	}
	if got, want := v.String(), v.Render(values.Style{Names: true}); got != want {
		t.Errorf("String() = %s, want the Names style %s", got, want)
	}
}
