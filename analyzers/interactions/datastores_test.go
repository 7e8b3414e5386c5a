package interactions_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
)

// TestSQL checks database/sql, sqlx, pgx v4 and v5 (connections and pools,
// from a DSN and from a parsed config) and gorm's dialectors, with DSNs as
// URLs, key-value strings and go-sql-driver's form, from constants, an
// environment variable with a fallback helper, a config tag's default,
// Sprintf and nothing known; and look-alikes that are not recorded.
func TestSQL(t *testing.T) {
	t.Parallel()
	testData(t, "data_sql", []string{
		"40: database sql postgres:orders-db/orders",
		"45: database sql postgres:ledger-db/ledger",
		"48: database sql mysql:mysql.internal/catalog",
		"51: database sql sqlite:cache.db",
		"54: database sql postgres:?",
		"57: database sql postgres:billing-db/billing",
		"61: database sql postgres:?/reports",
		"64: database sql mysql:localhost/audit",
		"70: database sql postgres:stock-db/stock",
		"79: database sql postgres:pricing-db/pricing",
		"84: database sql postgres:search-db/search",
		"91: database sql postgres:legacy-db/legacy",
		"94: database sql postgres:legacy-db/sessions",
		"99: database sql postgres:users-db/users",
		"102: database sql mysql:mysql-main/shop",
		"105: database sql sqlite:/var/lib/app/local.db",
		"110: database sql sql:?",
	})
}

// testData runs the analyzer on the case folder and compares the
// datastore records of its package, one a line: "LINE: KIND PROTOCOL ID |
// ID".
func testData(t *testing.T, folder string, want []string) {
	t.Helper()
	var got []string
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		for _, d := range r.Result.(*interactions.Result).Datastores {
			got = append(got, fmt.Sprintf("%d: %s %s %s", r.Pass.Fset.Position(d.Pos).Line, d.Kind(), d.Protocol, strings.Join(d.Resources(), " | ")))
		}
	}
	sameLines(t, "datastores", got, want)
}

// TestMongo checks the MongoDB drivers v1 and v2: clients from a URI (with
// setters chained after ApplyURI, and from an environment variable with a
// fallback), databases and collections chained and kept in struct fields,
// a client made elsewhere (host unknown), and look-alikes.
func TestMongo(t *testing.T) {
	t.Parallel()
	testData(t, "data_mongo", []string{
		"30: database mongo mongo:mongo-0/?",
		"34: database mongo mongo:mongo-0/shop",
		"35: collection mongo mongo:mongo-0/shop/carts",
		"39: collection mongo mongo:mongo-0/shop/orders",
		"44: collection mongo mongo:?/audit/events",
		"44: database mongo mongo:?/audit",
		"49: database mongo mongo:cluster0.example.net/?",
		"53: collection mongo mongo:cluster0.example.net/catalog/products",
		"53: database mongo mongo:cluster0.example.net/catalog",
		"58: database mongo mongo:legacy-mongo/?",
	})
}

// TestRedisClients checks go-redis clients: an options literal, a database number
// from a constant, ParseURL, an environment variable, a cluster (its first
// node), a universal client and v8; and look-alikes.
func TestRedisClients(t *testing.T) {
	t.Parallel()
	testData(t, "data_redis", []string{
		"16: database redis redis:cache",
		"18: database redis redis:cache/2",
		"24: database redis redis:rate-limits/3",
		"25: database redis redis:?",
		"26: database redis redis:node-a",
		"27: database redis redis:queue-redis",
		"28: database redis redis:legacy-redis/1",
	})
}
