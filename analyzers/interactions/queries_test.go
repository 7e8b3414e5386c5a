package interactions_test

import (
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestQueriesSQL checks the statements run with database/sql, sqlx and
// pgx v4 and v5, and the connections they are linked to; and look-alikes
// that are not recorded.
func TestQueriesSQL(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_sql")
}

// TestQueriesGorm checks the tables gorm's methods read and write: models
// by gorm's naming with the package's naming strategy, plurals, constant
// and unresolved TableName methods, chained Table and Model, Raw, Exec,
// AutoMigrate; a session handed in; a Create of another type.
func TestQueriesGorm(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_gorm")
}

// TestQueriesSquirrel checks the tables squirrel's builders name, read
// (From of a Select) or written (Insert, Update, Delete and their Into,
// Table, From), where they name them; and a look-alike builder.
func TestQueriesSquirrel(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_squirrel")
}

// TestQueriesMongo checks the collection operations of the MongoDB
// drivers v1 and v2, read or write, and the collections they are linked
// to; and look-alikes.
func TestQueriesMongo(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_mongo")
}

// testQueries runs the analyzer on the case folder and checks the query
// records of its package against the //@query notes, each rendered by
// renderQuery.
func testQueries(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		res := r.Result.(*model.Result)
		var facts []checktest.Fact
		for _, q := range res.Queries {
			facts = append(facts, checktest.Fact{Pos: q.Pos, Kind: "query", Text: renderQuery(res, q)})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "query")
	}
}

// renderQuery renders a query as "PROTOCOL [write] [SQL | SQL]
// [table=T] conn=C", where C is the resources of the Datastore record the
// query is linked to ("postgres:orders-db/orders"), "-" when there is
// none, and "missing" when Conn names no record of the package.
func renderQuery(res *model.Result, q model.Query) string {
	parts := []string{q.Protocol}
	if q.Write {
		parts = append(parts, "write")
	}
	if q.Creates {
		parts = append(parts, "creates")
	}
	if len(q.SQL) > 0 {
		parts = append(parts, joinValues(q.SQL))
	}
	if len(q.Table) > 0 {
		parts = append(parts, "table="+joinValues(q.Table))
	}
	conn := "-"
	if d := res.ConnOf(&q); d != nil {
		conn = strings.Join(d.Resources(), "|")
	}
	return strings.Join(append(parts, "conn="+conn), " ")
}

func joinValues(vs []model.Value) string {
	var ss []string
	for _, v := range vs {
		ss = append(ss, v.String())
	}
	return strings.Join(ss, " | ")
}

// TestQueriesRedis checks go-redis commands on keys: the keys each names,
// read or written, and its client; Pub/Sub, Ping and another library's
// Get are not recorded.
func TestQueriesRedis(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_redis")
}

// TestQueriesGoqu checks the tables goqu's builders name (strings, goqu.T
// and goqu.I), read or written, a select dataset turned into a Delete, and
// the *sql.DB a *goqu.Database wraps; and a look-alike builder.
func TestQueriesGoqu(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_goqu")
}

// TestQueriesBun checks the tables bun's queries read and write: models
// named by their bun.BaseModel tags (table, name, select, inherit) or
// bun's default naming, chained Table, TableExpr and ModelTableExpr, each
// kind of query, CreateTable as a creator, a transaction and Conn, raw
// statements, the *sql.DB bun.NewDB wraps; a database handed in, a query
// built elsewhere and a model of no known type (unresolved); a query that
// names no table and another library's NewSelect (not recorded).
func TestQueriesBun(t *testing.T) {
	t.Parallel()
	testQueries(t, "queries_bun")
}
