package shareddb_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/shareddb"
	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestShared checks databases and collections used by two services with
// no owner: reported at each; the same server with another database, the
// same collection name in another database, and two addresses read from
// the environment are not shared.
func TestShared(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "shared", ""), shareddb.Check, "shared/...")
}

// TestOwned checks the config's owns: the owner's connection is not
// reported, the others name it; an owns block for a table and a database
// no service uses is no finding.
func TestOwned(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "owned", "boundcheck.yaml"), shareddb.Check, "owned/...")
}

// TestMigrated checks ownership from migrations: the service whose
// migration creates the database owns it (a down migration is not read).
func TestMigrated(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "migrated", ""), shareddb.Check, "migrated/...")
}

// TestTables checks tables: a table another service owns (its migrations
// create it), read with a parsed and with a scanned statement, is reported
// at each read; the same table name in another database is not shared; a
// service whose tables are its own on the same database gets the weaker
// database finding; the table's owner, whose sharing the table findings
// tell, does not. A test's statement on another service's table is not an
// access: tests are not deployed.
func TestTables(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "tables", ""), shareddb.Check, "tables/...")
}

// TestHanded checks a store handed two connections by its main: the
// statement on orders' table is placed on the database orders uses.
func TestHanded(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "handed", ""), shareddb.Check, "handed/...")
}

// TestMongoOps checks collections at operation level: a read of a
// collection another service alone writes is reported there, with the
// roles; the writer, its owner, and the connection are not.
func TestMongoOps(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "mongoops", ""), shareddb.Check, "mongoops/...")
}

// TestGormTables checks tables read and written with gorm: billing reads
// orders' table through a copy of its model (gorm names both "orders"),
// which orders owns by its AutoMigrate: reported at billing's read; the
// Table("invoices") of billing's own is not.
func TestGormTables(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "gormtables", ""), shareddb.Check, "gormtables/...")
}

// TestBunTables checks tables read and written with bun: billing reads
// orders' table through a copy of its model (whose tag names it orders),
// which orders owns by its CreateTable: reported at billing's read; its
// Invoice model, whose table is invoices by bun's naming, is billing's own
// and is not.
func TestBunTables(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "buntables", ""), shareddb.Check, "buntables/...")
}

// TestBuilders checks a table named by a squirrel builder: read from
// another service's table, reported where the builder names it.
func TestBuilders(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "builders", ""), shareddb.Check, "builders/...")
}

// set returns the service model of the case folder testdata/src/name, from
// its config file when cfg is not "", else discovered by convention.
func set(t *testing.T, name, cfg string) *rules.Set {
	t.Helper()
	dir := filepath.Join(analysistest.TestData(), "src", name)
	tree, err := rtree.ScanTreeAs(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	var c *config.Config
	if cfg != "" {
		if c, err = config.LoadConfig(filepath.Join(dir, cfg), nil); err != nil {
			t.Fatal(err)
		}
	}
	s, err := rules.Compile(tree, c)
	if err != nil {
		t.Fatal(err)
	}
	if problems := s.LoadSchema(); len(problems) > 0 {
		t.Fatalf("reading the schema files: %v", problems)
	}
	return s
}

func testdata(t *testing.T) string { return stubtest.GOPATH(t, analysistest.TestData()) }

// TestRedisKeys checks Redis key prefixes: a prefix another service alone
// writes, read on the same Redis database, is reported at the read; the
// same prefix on another database number of the server, a key whose start
// is not known, and a command whose database cannot be told are not; a
// service that only publishes through the Redis is no user of it.
func TestRedisKeys(t *testing.T) {
	r := checktest.Run(t, testdata(t), set(t, "rediskeys", ""), shareddb.Check, "rediskeys/...")
	// A command on a client handed in, in a service with two Redis
	// databases, is not placed on either: the model lists it.
	var unplaced []string
	for _, u := range r.Model.Unplaced {
		unplaced = append(unplaced, u.Service+" "+u.Protocol+" "+strings.Join(u.Tables, ","))
	}
	if want := []string{"mixed redis order:"}; !slices.Equal(unplaced, want) {
		t.Errorf("unplaced: %q, want %q", unplaced, want)
	}
}

// TestSharedPackage checks a shared package whose statements several
// services run: each service's access is its own call into the package,
// where the finding is reported; the owner's calls are not.
func TestSharedPackage(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "sharedpkg", ""), shareddb.Check, "sharedpkg/...")
}

// TestImported checks another service's internal package that a main
// imports all the same (the crossimport check's finding): its statements
// run in that binary, on its connection, and are that service's accesses,
// reported where its own code calls into the package.
func TestImported(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "imported", ""), shareddb.Check, "imported/...")
}

// TestEntTables checks tables read and written through code generated by
// ent, which both services share: billing's read of the orders table,
// which orders owns by its migration, is reported at billing's call; the
// owner's calls, billing's own invoices, and the generated package's own
// code are not.
func TestEntTables(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "enttables", ""), shareddb.Check, "enttables/...")
}
