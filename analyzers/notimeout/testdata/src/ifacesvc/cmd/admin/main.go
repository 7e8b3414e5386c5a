// Command admin saves to a database: its own call through the interface // want package:"has sinks"
// with context.Background() is reported.
package main

import (
	"context"
	"database/sql"

	"ifacesvc/store"
)

type db struct{ conn *sql.DB }

func (d *db) Save(ctx context.Context, id string) error { // want Save:`sink\(0 ctx`
	_, err := d.conn.ExecContext(ctx, "INSERT INTO ids VALUES ($1)", id)
	return err
}

func main() {
	conn, _ := sql.Open("postgres", "")
	var s store.Store = &db{conn: conn}
	s.Save(context.Background(), "b") // want `\(store.Store\).Save \(\(\*main.db\).Save\) is given context.Background\(\), which has no deadline; it reaches \(\*sql.DB\).ExecContext at main.go:15`
}
