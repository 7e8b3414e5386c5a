// Package queries_goqu builds statements with goqu: the tables its
// builders name, as strings or goqu.T, read (From) or written (Insert,
// Update, Delete, and a select dataset turned into one), where they name
// them; a *goqu.Database runs on the *sql.DB it wraps. A builder of
// another library is not recorded.
package queries_goqu

import (
	"database/sql"

	"github.com/doug-martin/goqu/v9"
	"github.com/doug-martin/goqu/v9/exp"
)

const ordersTable = "orders"

var pg = goqu.Dialect("postgres")

func Reads() {
	conn, _ := sql.Open("pgx", "postgres://orders-db/orders")
	db := goqu.New("postgres", conn)
	_ = db.From(ordersTable).Where(exp.Ex{"id": 1}).ScanStructs(nil) //@query("sql table=orders conn=postgres:orders-db/orders")
	_, _, _ = goqu.From(goqu.T("stock")).ToSQL()                     //@query("sql table=stock conn=-")
	_, _, _ = pg.From("carts").ToSQL()                               //@query("sql table=carts conn=-")
}

// Writes runs on a connection handed in: not traced.
func Writes(conn *sql.DB) {
	db := goqu.New("postgres", conn)
	_ = db.Insert("orders").Rows(1)                     //@query("sql write table=orders conn=-")
	_ = goqu.Update("stock").Set(nil)                   //@query("sql write table=stock conn=-")
	_ = db.From("carts").Where(exp.Ex{"a": 1}).Delete() //@query("sql write table=carts conn=-")
	_ = goqu.Delete(goqu.I("public.audit"))             //@query("sql write table=public.audit conn=-")
}

// builder is another library's look-alike.
type builder struct{}

func (builder) From(string) builder { return builder{} }

func LookAlike() { _ = builder{}.From("orders") }
