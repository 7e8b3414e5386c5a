// Package queries_squirrel builds statements with squirrel: the tables the
// builders name are recorded where they are named, read or written; a
// builder of another library and a table whose name is not known are not
// guessed.
package queries_squirrel

import (
	"os"

	sq "github.com/Masterminds/squirrel"
)

const ordersTable = "orders"

var psql = sq.StatementBuilder

func Reads(db sq.BaseRunner) {
	_, _ = sq.Select("id").From(ordersTable).Where("id = ?", 1).RunWith(db).Query() //@query("sql table=orders conn=-")
	_, _ = psql.Select("qty").From("stock").ToSql()                                 //@query("sql table=stock conn=-")
}

func Writes() {
	_, _ = sq.Insert("orders").Values(1).Exec()   //@query("sql write table=orders conn=-")
	_ = psql.Update("stock").Set("qty", 0)        //@query("sql write table=stock conn=-")
	_ = sq.Delete("").From("carts")               //@query("sql write table=carts conn=-")
	_ = sq.Update(os.Getenv("TABLE")).Set("a", 1) //@query("sql write table=${TABLE} conn=-")
}

// builder is another library's look-alike.
type builder struct{}

func (builder) From(string) builder { return builder{} }

func LookAlike() { _ = builder{}.From("orders") }
