// Package queries_sql runs SQL statements with database/sql (on a pool, a
// transaction, a connection and a prepared statement), sqlx (methods,
// promoted database/sql methods and package functions) and pgx v4 and v5
// (connections, pools, transactions, batches and COPY FROM), with texts
// from literals, package constants, concatenation, Sprintf and sqlc-style
// generated constants; on connections opened here, kept in struct fields
// and handed on through transactions, and on connections made elsewhere.
package queries_sql

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"github.com/google/uuid"
	pgx4 "github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

const ordersTable = "orders"

const selectOrder = "SELECT id, total FROM " + ordersTable + " WHERE id = $1"

type Repo struct {
	db *sql.DB
}

func NewRepo() (*Repo, error) {
	db, err := sql.Open("postgres", "postgres://orders-db/orders")
	if err != nil {
		return nil, err
	}
	return &Repo{db: db}, nil
}

func (r *Repo) Get(ctx context.Context, id int) error {
	row := r.db.QueryRowContext(ctx, selectOrder, id) //@query("sql SELECT id, total FROM orders WHERE id = $1 conn=postgres:orders-db/orders")
	return row.Err()
}

func (r *Repo) Delete(ctx context.Context, id int) error {
	_, err := r.db.ExecContext(ctx, "DELETE FROM "+ordersTable+" WHERE id = $1", id) //@query("sql DELETE FROM orders WHERE id = $1 conn=postgres:orders-db/orders")
	return err
}

// An Event is a message's payload.
type Event struct {
	ID    string
	Total int
}

type row struct{ ID, Ref string }

// Keys: a new id in the arguments (a call, its String, a wrapper, a
// conversion, a struct literal, a local variable assigned once) with
// nothing else that varies is a fresh key; not when another argument
// varies (it may be the unique one), nor the message's own id, nor an id
// parsed from it, nor a variable assigned twice, nor a new id in the SQL
// text's place.
func (r *Repo) Keys(ctx context.Context, ev Event) {
	const insert = "INSERT INTO payments (id, total) VALUES ($1, $2)"
	r.db.ExecContext(ctx, insert, uuid.New(), ev.Total)                      //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, insert, uuid.New().String(), 1)                    //@query("sql fresh-key INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, insert, uuid.Must(uuid.NewRandom()), ev.Total)     //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, insert, &row{ID: uuid.NewString(), Ref: ev.ID}, 1) //@query("sql fresh-key INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	id := string(uuid.NewString())
	r.db.ExecContext(ctx, insert, id, ev.Total) //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")

	r.db.ExecContext(ctx, insert, ev.ID, ev.Total)                        //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, insert, uuid.Must(uuid.Parse(ev.ID)), ev.Total) //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	again := uuid.NewString()
	again = ev.ID
	r.db.ExecContext(ctx, insert, again, ev.Total)                     //@query("sql INSERT INTO payments (id, total) VALUES ($1, $2) conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, "DELETE FROM payments WHERE id = $1", "p-1") //@query("sql const-key DELETE FROM payments WHERE id = $1 conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, "DELETE FROM payments WHERE id = $1", ev.ID) //@query("sql DELETE FROM payments WHERE id = $1 conn=postgres:orders-db/orders")
	r.db.ExecContext(ctx, "DELETE FROM payments")                      //@query("sql DELETE FROM payments conn=postgres:orders-db/orders")
}

func (r *Repo) Archive(ctx context.Context, year int) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	q := fmt.Sprintf("INSERT INTO %s_archive SELECT * FROM %s", ordersTable, ordersTable)
	if _, err := tx.ExecContext(ctx, q); err != nil { //@query("sql INSERT INTO orders_archive SELECT * FROM orders conn=postgres:orders-db/orders")
		return err
	}
	stmt, err := tx.Prepare("UPDATE orders SET archived = true WHERE year = $1") //@query("sql UPDATE orders SET archived = true WHERE year = $1 conn=postgres:orders-db/orders")
	if err != nil {
		return err
	}
	if _, err := stmt.Exec(year); err != nil {
		return err
	}
	return tx.Commit()
}

func (r *Repo) Count(ctx context.Context) (int, error) {
	conn, err := r.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	var n int
	err = conn.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n) //@query("sql SELECT count(*) FROM orders conn=postgres:orders-db/orders")
	return n, err
}

// Exported takes a connection made elsewhere: the statement is known, the
// connection is not.
func Exported(db *sql.DB, table string) error {
	_, err := db.Query("SELECT * FROM " + table) //@query("sql SELECT * FROM {param queries_sql.Exported#1} conn=-")
	return err
}

// either may run on two databases: no guess.
func either(primary bool) error {
	db, _ := sql.Open("postgres", "postgres://primary-db/app")
	if !primary {
		db, _ = sql.Open("postgres", "postgres://replica-db/app")
	}
	_, err := db.Exec("UPDATE settings SET v = 1") //@query("sql UPDATE settings SET v = 1 conn=-")
	return err
}

// sqlc-style generated code: the statements are constants, run through
// the DBTX interface that *sql.DB and *sql.Tx implement.

type DBTX interface {
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
	QueryRowContext(context.Context, string, ...interface{}) *sql.Row
}

type Queries struct {
	db DBTX
}

func New(db DBTX) *Queries { return &Queries{db: db} }

const getInvoice = `-- name: GetInvoice :one
SELECT id, amount FROM invoices WHERE id = $1
`

func (q *Queries) GetInvoice(ctx context.Context, id int64) error {
	row := q.db.QueryRowContext(ctx, getInvoice, id) //@query("sql -- name: GetInvoice :one\nSELECT id, amount FROM invoices WHERE id = $1\n conn=-")
	return row.Err()
}

const markPaid = `-- name: MarkPaid :exec
UPDATE invoices SET paid = true WHERE id = $1
`

func (q *Queries) MarkPaid(ctx context.Context, id int64) error {
	_, err := q.db.ExecContext(ctx, markPaid, id) //@query("sql -- name: MarkPaid :exec\nUPDATE invoices SET paid = true WHERE id = $1\n conn=-")
	return err
}

// sqlx: its own methods, database/sql's promoted ones, and its package
// functions, which take the connection first.

type Users struct {
	x *sqlx.DB
}

func NewUsers() *Users {
	return &Users{x: sqlx.MustConnect("postgres", "postgres://users-db/users")}
}

func (u *Users) All(ctx context.Context) error {
	var names []string
	if err := u.x.Select(&names, "SELECT name FROM users"); err != nil { //@query("sql SELECT name FROM users conn=postgres:users-db/users")
		return err
	}
	var name string
	if err := u.x.GetContext(ctx, &name, "SELECT name FROM users WHERE id = $1", 1); err != nil { //@query("sql const-key SELECT name FROM users WHERE id = $1 conn=postgres:users-db/users")
		return err
	}
	if _, err := u.x.NamedExec("INSERT INTO users (name) VALUES (:name)", map[string]any{"name": name}); err != nil { //@query("sql INSERT INTO users (name) VALUES (:name) conn=postgres:users-db/users")
		return err
	}
	rows, err := u.x.Query("SELECT id FROM users") //@query("sql SELECT id FROM users conn=postgres:users-db/users")
	if err != nil {
		return err
	}
	defer rows.Close()
	tx := u.x.MustBegin()
	tx.MustExec("DELETE FROM sessions WHERE user_id = $1", 1)                       //@query("sql const-key DELETE FROM sessions WHERE user_id = $1 conn=postgres:users-db/users")
	if err := sqlx.Get(u.x, &name, "SELECT name FROM admins LIMIT 1"); err != nil { //@query("sql SELECT name FROM admins LIMIT 1 conn=postgres:users-db/users")
		return err
	}
	return tx.Commit()
}

// pgx v5: a pool, its transactions, a batch and COPY FROM; pgx v4: a
// connection.

type Stock struct {
	pool *pgxpool.Pool
}

func NewStock(ctx context.Context) (*Stock, error) {
	pool, err := pgxpool.New(ctx, os.Getenv("STOCK_DSN"))
	if err != nil {
		return nil, err
	}
	return &Stock{pool: pool}, nil
}

func (s *Stock) Level(ctx context.Context, sku string) error {
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT level FROM stock WHERE sku = $1", sku).Scan(&n); err != nil { //@query("sql SELECT level FROM stock WHERE sku = $1 conn=postgres:?")
		return err
	}
	rows, err := s.pool.Query(ctx, "SELECT sku FROM stock") //@query("sql SELECT sku FROM stock conn=postgres:?")
	if err != nil {
		return err
	}
	rows.Close()
	return nil
}

func (s *Stock) Move(ctx context.Context, from, to string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "UPDATE stock SET level = level - 1 WHERE sku = $1", from); err != nil { //@query("sql UPDATE stock SET level = level - 1 WHERE sku = $1 conn=postgres:?")
		return err
	}
	b := &pgx.Batch{}
	b.Queue("INSERT INTO moves (sku) VALUES ($1)", from) //@query("sql INSERT INTO moves (sku) VALUES ($1) conn=postgres:?")
	b.Queue("INSERT INTO moves (sku) VALUES ($1)", to)   //@query("sql INSERT INTO moves (sku) VALUES ($1) conn=postgres:?")
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"audit", "stock_log"}, []string{"sku"}, nil); err != nil { //@query("sql write verb=insert table=audit.stock_log conn=postgres:?")
		return err
	}
	return tx.Commit(ctx)
}

// unsent queues on a batch no call sends: its connection is not known.
func unsent() {
	var b pgx.Batch
	b.Queue("DELETE FROM carts") //@query("sql DELETE FROM carts conn=-")
}

func legacy(ctx context.Context) error {
	conn, err := pgx4.Connect(ctx, "postgres://legacy-db/legacy")
	if err != nil {
		return err
	}
	var b pgx4.Batch
	b.Queue("DELETE FROM legacy_sessions") //@query("sql DELETE FROM legacy_sessions conn=postgres:legacy-db/legacy")
	conn.SendBatch(ctx, &b)
	_, err = conn.Exec(ctx, "TRUNCATE legacy_events") //@query("sql TRUNCATE legacy_events conn=postgres:legacy-db/legacy")
	return err
}

// Look-alikes: methods of the same names on another type, and SQL text
// that no query call is given.

type fakeDB struct{}

func (fakeDB) Query(q string) error               { return nil }
func (fakeDB) Exec(ctx context.Context, q string) {}
func (fakeDB) Queue(q string)                     {}

func lookalikes(ctx context.Context) {
	var f fakeDB
	_ = f.Query("SELECT * FROM not_recorded")
	f.Exec(ctx, "DELETE FROM not_recorded")
	f.Queue("INSERT INTO not_recorded")
	unused := "SELECT * FROM also_not_recorded"
	_ = unused
	fmt.Println("UPDATE never_run SET x = 1")
}
