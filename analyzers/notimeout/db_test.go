package notimeout_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/rules"
)

// TestSQL covers database/sql: the methods without a context (with the
// suggested fix to the Context variant when a context is in scope, checked
// against store.go.golden), transactions, and a repository called from
// another package.
func TestSQL(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), notimeout.New(rules.Empty()), "sqldb/...")
	shared.Run(t, "sqlxdb", "sqltx/...")
}

// TestPgx covers pgx v5 pools, connections and transactions, a sink
// method, and a consumer loop with a deadline per message.
func TestPgx(t *testing.T) {
	shared.Run(t, "pgxdb")
}

// TestGorm covers gorm: WithContext and Session on the chain, sinks of
// both a ctx and a *gorm.DB parameter, Transaction callbacks, a repository
// holding its *gorm.DB, Config.DefaultContextTimeout, and AutoMigrate.
func TestGorm(t *testing.T) {
	shared.Run(t, "gormdb/...")
}

// TestEntMigrate covers ent's schema migration, run by the generated
// client.Schema.Create with the context it is given.
func TestEntMigrate(t *testing.T) {
	shared.Run(t, "entmigrate/...")
}

// TestEntQueries covers the builders of ent's generated code, recognised
// by their shape: a terminal method (Only, All, Save) runs its statement
// with the context it is given.
func TestEntQueries(t *testing.T) {
	shared.Run(t, "entquery/...")
}

// TestSQLBoiler covers sqlboiler's generated models, recognised by their
// shape: a method that takes a boil.Executor queries without a context;
// one that takes a boil.ContextExecutor, with the context it is given.
func TestSQLBoiler(t *testing.T) {
	shared.Run(t, "sqlboiler/...")
}

// TestMongo covers the MongoDB driver: context deadlines, and client-wide
// timeouts from SetTimeout (chained or on the options value) and timeoutMS.
func TestMongo(t *testing.T) {
	shared.Run(t, "mongodb")
}

// TestElastic covers go-elasticsearch: APIs called as the client's fields,
// with and without a WithContext option, a sink, and options passed as a
// slice (not judged).
func TestElastic(t *testing.T) {
	shared.Run(t, "elastic")
}
