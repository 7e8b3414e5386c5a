package rules

import (
	"slices"
	"testing"
)

// TestRunners checks which services' programs hold a package: the owner
// of an internal package; the importers of an api or shared package, not
// a service that has it in its tree but never links it.
func TestRunners(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":                        goMod("example.com/m"),
		"cmd/orders/main.go":            "package main\nimport _ \"example.com/m/services/orders/store\"\nfunc main() {}\n",
		"cmd/gateway/main.go":           "package main\nimport _ \"example.com/m/services/orders/api\"\nimport _ \"example.com/m/pkg/log\"\nfunc main() {}\n",
		"cmd/billing/main.go":           "package main\nimport _ \"example.com/m/pkg/log\"\nfunc main() {}\n",
		"services/orders/store/s.go":    "package store\n",
		"services/orders/api/client.go": "package api\n",
		"pkg/log/log.go":                "package log\n",
	})
	set := loadTree(t, dir)
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"example.com/m/services/orders/store", []string{"orders"}},
		{"example.com/m/services/orders/api", []string{"gateway"}},
		{"example.com/m/pkg/log", []string{"billing", "gateway"}},
		{"example.com/m/nope", nil},
	} {
		if got := set.Runners(tc.pkg); !slices.Equal(got, tc.want) {
			t.Errorf("Runners(%s) = %v, want %v", tc.pkg, got, tc.want)
		}
		for _, svc := range []string{"orders", "gateway", "billing"} {
			if got, want := set.Runs(tc.pkg, svc), slices.Contains(tc.want, svc); got != want {
				t.Errorf("Runs(%s, %s) = %v, want %v", tc.pkg, svc, got, want)
			}
		}
	}
}
