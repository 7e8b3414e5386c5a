package interactions_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestSQL checks database/sql, sqlx, pgx v4 and v5 (connections and pools,
// from a DSN and from a parsed config) and gorm's dialectors, with DSNs as
// URLs, key-value strings and go-sql-driver's form, from constants, an
// environment variable with a fallback helper, a config tag's default,
// Sprintf and nothing known; and look-alikes that are not recorded.
func TestSQL(t *testing.T) {
	t.Parallel()
	testData(t, "data_sql")
}

// testData runs the analyzer on the case folder and checks the datastore
// records of its package against the //@datastore notes, each rendered as
// "KIND PROTOCOL ID | ID".
func testData(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		var facts []checktest.Fact
		for _, d := range r.Result.(*model.Result).Datastores {
			s := fmt.Sprintf("%s %s %s", d.Kind(), d.Protocol, strings.Join(d.Resources(), " | "))
			facts = append(facts, checktest.Fact{Pos: d.Pos, Kind: "datastore", Text: s})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "datastore")
	}
}

// TestMongo checks the MongoDB drivers v1 and v2: clients from a URI (with
// setters chained after ApplyURI, and from an environment variable with a
// fallback), databases and collections chained and kept in struct fields,
// a client made elsewhere (host unknown), and look-alikes.
func TestMongo(t *testing.T) {
	t.Parallel()
	testData(t, "data_mongo")
}

// TestRedisClients checks go-redis clients: an options literal, a database number
// from a constant, ParseURL, an environment variable, a cluster (its first
// node), a universal client and v8; and look-alikes.
func TestRedisClients(t *testing.T) {
	t.Parallel()
	testData(t, "data_redis")
}
