package sqltables

import (
	"slices"
	"testing"
)

// TestStatements checks a migration file's statements: where each starts,
// the tables it creates, and the database CREATE DATABASE or CREATE SCHEMA
// creates.
func TestStatements(t *testing.T) {
	text := "-- init\nCREATE DATABASE IF NOT EXISTS \"Orders_DB\";\n\nCREATE TABLE orders (id int);\nCREATE SCHEMA billing;\nSELECT 1;"
	got := Statements(text)
	want := []struct {
		offset  int
		creates []string
		db      string
	}{
		{8, nil, "orders_db"},
		{52, []string{"orders"}, ""},
		{82, nil, "billing"},
		{105, nil, ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Offset != w.offset || !slices.Equal(g.Creates, w.creates) || g.CreatesDatabase != w.db {
			t.Errorf("statement %d = offset %d creates %v database %q (%q); want %d %v %q", i, g.Offset, g.Creates, g.CreatesDatabase, text[g.Offset:], w.offset, w.creates, w.db)
		}
	}
}
