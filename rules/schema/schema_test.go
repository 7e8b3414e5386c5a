package schema_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/rules/schema"
)

// parse is a stand-in parser: every line "CREATE KIND NAME" is one.
func parse(text string) []schema.Created {
	var out []schema.Created
	off := 0
	for _, line := range splitLines(text) {
		var kind, name string
		if n, _ := sscan(line, &kind, &name); n == 2 {
			out = append(out, schema.Created{Kind: kind, Name: name, Offset: off})
		}
		off += len(line) + 1
	}
	return out
}

// TestOwner checks who creates what: one creator owns, two creators make
// no owner, a qualified name matches an unqualified one, down migrations
// and skipped folders are not read, and another service's folder is not
// its.
func TestOwner(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"orders/migrations/001.up.sql":   "-- orders\nCREATE table orders\nCREATE database orders_db\n",
		"orders/migrations/001.down.sql": "CREATE table gone\n",
		"orders/testdata/x.sql":          "CREATE table fixture\n",
		"billing/schema.sql":             "CREATE table billing.charges\nCREATE table audit\n",
		"ledger/schema.sql":              "CREATE table audit\n",
		"ledger/seed.sql":                "CREATE table dump\n" + strings.Repeat("-- row\n", 700000),
	}
	for name, text := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	s, problems := schema.Load(root, []schema.Service{
		{Name: "orders", Dirs: []string{"orders"}},
		{Name: "billing", Dirs: []string{"billing"}},
		{Name: "ledger", Dirs: []string{"ledger"}},
	}, parse)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	for _, tc := range []struct{ kind, name, owner, where string }{
		{"table", "orders", "orders", "orders/migrations/001.up.sql:2"},
		{"database", "orders_db", "orders", "orders/migrations/001.up.sql:3"},
		{"table", "ORDERS", "orders", "orders/migrations/001.up.sql:2"},
		{"table", "charges", "billing", "billing/schema.sql:1"},
		{"table", "billing.charges", "billing", "billing/schema.sql:1"},
		{"table", "audit", "", ""},   // created by billing and ledger
		{"table", "gone", "", ""},    // only in a down migration
		{"table", "fixture", "", ""}, // only in testdata
		{"database", "orders", "", ""},
		{"table", "dump", "", ""}, // in a file too large to be a migration
	} {
		if owner, where := s.Owner(tc.kind, tc.name); owner != tc.owner || where != tc.where {
			t.Errorf("Owner(%s, %s) = %q, %q; want %q, %q", tc.kind, tc.name, owner, where, tc.owner, tc.where)
		}
	}
	if want := []string{"ledger/seed.sql (ledger)"}; !slices.Equal(s.Skipped, want) {
		t.Errorf("Skipped = %v, want %v", s.Skipped, want)
	}
	if want := []string{"billing/schema.sql (billing)", "ledger/schema.sql (ledger)", "orders/migrations/001.up.sql (orders)"}; !slices.Equal(s.Files, want) {
		t.Errorf("Files = %v, want %v", s.Files, want)
	}
	if owner, _ := (*schema.Schema)(nil).Owner("table", "orders"); owner != "" {
		t.Errorf("a nil schema has owner %q", owner)
	}
}
