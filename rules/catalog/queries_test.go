package catalog

import (
	"slices"
	"testing"
)

// TestQueryCatalog checks the shape of the query catalog: every entry
// says where its text, its table (pgx, builders) or nothing (mongo, gorm) is, MongoDB's reads
// and writes are apart, and the methods an interface such as sqlc's DBTX
// is matched against are database/sql's and pgx's.
func TestQueryCatalog(t *testing.T) {
	for full, op := range queryOps {
		switch op.Protocol {
		case "sql":
			if op.Gorm {
				if len(op.SQL) > 0 || len(op.Table) > 0 {
					t.Errorf("%s: a gorm entry with SQL or Table: its table is its model's", full)
				}
				if op.Creates && !op.Write {
					t.Errorf("%s: AutoMigrate creates its tables: a write", full)
				}
				continue
			}
			if op.Bun {
				if len(op.SQL) > 0 || len(op.Table) > 0 || len(op.Names) > 0 {
					t.Errorf("%s: a bun entry with SQL, Table or Names: its tables are its chain's", full)
				}
				if op.Creates && !op.Write {
					t.Errorf("%s: CreateTable creates its table: a write", full)
				}
				continue
			}
			if len(op.Names) > 0 {
				if len(op.SQL) > 0 || len(op.Table) > 0 {
					t.Errorf("%s: a builder entry with SQL or Table: its table is its Names", full)
				}
				continue // a builder: Write says whether it writes
			}
			if len(op.SQL) == 0 && len(op.Table) == 0 {
				t.Errorf("%s: a SQL entry without SQL, Table or Names", full)
			}
			if op.Write != (len(op.Table) > 0) {
				t.Errorf("%s: Write is for COPY FROM, gorm and builders only", full)
			}
		case "mongo":
			if len(op.SQL) > 0 || len(op.Table) > 0 {
				t.Errorf("%s: a mongo entry with SQL or Table", full)
			}
		default:
			t.Errorf("%s: protocol %q", full, op.Protocol)
		}
	}
	for _, m := range mongoReads {
		if slices.Contains(mongoWrites, m) {
			t.Errorf("%s is both a read and a write", m)
		}
	}
	want := []string{"(*database/sql.Conn).QueryRowContext", "(*database/sql.DB).QueryRowContext", "(*database/sql.Tx).QueryRowContext"}
	if got := QueryOpsByMethod("QueryRowContext"); !slices.Equal(got, want) {
		t.Errorf("QueryOpsByMethod(QueryRowContext) = %v, want %v", got, want)
	}
	if got := QueryOpsByMethod("Exec"); slices.ContainsFunc(got, func(s string) bool { return s == "(*"+GormPath+".DB).Exec" }) {
		t.Errorf("QueryOpsByMethod(Exec) = %v, want no gorm method: a *gorm.DB is no DBTX", got)
	}
	if got := QueryOpsByMethod("Queue"); len(got) != 0 {
		t.Errorf("QueryOpsByMethod(Queue) = %v, want none: a Batch is no connection", got)
	}
}

// TestMongoUpdateVerb checks the verbs of update documents: an increment
// wins over an append, and operators that end in the same state say none.
func TestMongoUpdateVerb(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want string
	}{
		{[]string{"$inc"}, VerbIncrement},
		{[]string{"$mul"}, VerbIncrement},
		{[]string{"$push"}, VerbAppend},
		{[]string{"$push", "$set", "$inc"}, VerbIncrement},
		{[]string{"$set", "$unset", "$addToSet", "$pull"}, ""},
		{[]string{"inc"}, ""},
		{nil, ""},
	} {
		if got := MongoUpdateVerb(tc.keys); got != tc.want {
			t.Errorf("MongoUpdateVerb(%q) = %q, want %q", tc.keys, got, tc.want)
		}
	}
}
