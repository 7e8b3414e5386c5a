// Package sqlxdb covers sqlx: its helpers without a context, their Context
// variants, the database/sql methods *sqlx.DB promotes, and transactions.
package sqlxdb

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type Product struct {
	ID    int64  `db:"id"`
	Name  string `db:"name"`
	Price int64  `db:"price"`
}

// The helpers without a context.

func product(db *sqlx.DB, id int64) (Product, error) {
	var p Product
	err := db.Get(&p, "SELECT id, name, price FROM products WHERE id = $1", id) // want `\(\*sqlx.DB\).Get has no context; use GetContext with a context that has a deadline`
	return p, err
}

func catalog(db *sqlx.DB) ([]Product, error) {
	var ps []Product
	err := db.Select(&ps, "SELECT id, name, price FROM products ORDER BY name") // want `\(\*sqlx.DB\).Select has no context; use SelectContext with a context that has a deadline`
	return ps, err
}

func rename(db *sqlx.DB, p Product) error {
	_, err := db.NamedExec("UPDATE products SET name = :name WHERE id = :id", p) // want `\(\*sqlx.DB\).NamedExec has no context; use NamedExecContext with a context that has a deadline`
	return err
}

// A Context variant given context.Background().
func productBackground(db *sqlx.DB, id int64) (Product, error) {
	var p Product
	err := db.GetContext(context.Background(), &p, "SELECT id, name, price FROM products WHERE id = $1", id) // want `\(\*sqlx.DB\).GetContext uses context.Background\(\), which has no deadline; pass a context with a deadline`
	return p, err
}

// The same with a deadline: clean.
func productDeadline(db *sqlx.DB, id int64) (Product, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var p Product
	err := db.GetContext(ctx, &p, "SELECT id, name, price FROM products WHERE id = $1", id)
	return p, err
}

// The *sql.DB methods that *sqlx.DB promotes are judged like on *sql.DB.

func stock(db *sqlx.DB, id int64) (int, error) {
	var n int
	err := db.QueryRow("SELECT stock FROM inventory WHERE product_id = $1", id).Scan(&n) // want `\(\*sql.DB\).QueryRow has no context; use QueryRowContext with a context that has a deadline`
	return n, err
}

func restock(db *sqlx.DB, id int64, n int) error {
	_, err := db.ExecContext(context.Background(), "UPDATE inventory SET stock = stock + $1 WHERE product_id = $2", n, id) // want `\(\*sql.DB\).ExecContext uses context.Background\(\), which has no deadline`
	return err
}

// Promoted, with a deadline: clean.
func lowStock(db *sqlx.DB) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	rows, err := db.QueryContext(ctx, "SELECT product_id FROM inventory WHERE stock < 5")
	if err != nil {
		return err
	}
	return rows.Close()
}

// Transactions: the sqlx README's MustBegin and Beginx have no context,
// so neither the BEGIN nor the statements in the transaction can end.

func seed(db *sqlx.DB) error {
	tx := db.MustBegin()                                                          // want `\(\*sqlx.DB\).MustBegin has no context; use MustBeginTx with a context that has a deadline`
	tx.MustExec("INSERT INTO products (name, price) VALUES ($1, $2)", "pen", 120) // want `\(\*sqlx.Tx\).MustExec uses a transaction from MustBegin, which has no context`
	return tx.Commit()                                                            // want `\(\*sql.Tx\).Commit uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
}

func reprice(db *sqlx.DB, id, price int64) error {
	tx, err := db.Beginx() // want `\(\*sqlx.DB\).Beginx has no context; use BeginTxx with a context that has a deadline`
	if err != nil {
		return err
	}
	defer tx.Rollback() // want `\(\*sql.Tx\).Rollback uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
	// Exec is promoted from the *sql.Tx inside the *sqlx.Tx.
	if _, err := tx.Exec("UPDATE products SET price = $1 WHERE id = $2", price, id); err != nil { // want `\(\*sql.Tx\).Exec uses a transaction from Beginx, which has no context`
		return err
	}
	return tx.Commit() // want `\(\*sql.Tx\).Commit uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
}

// BeginTxx with a deadline: the statements run on its context, clean.
func repriceTx(db *sqlx.DB, id, price int64) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.NamedExec("UPDATE products SET price = :price WHERE id = :id", Product{ID: id, Price: price}); err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO price_log (product_id, price) VALUES ($1, $2)", id, price); err != nil {
		return err
	}
	return tx.Commit()
}

// sqlx's functions over any Queryer: Get has no context.
func productVia(q sqlx.Queryer, id int64) (Product, error) {
	var p Product
	err := sqlx.Get(q, &p, "SELECT id, name, price FROM products WHERE id = $1", id) // want `sqlx.Get has no context; use GetContext with a context that has a deadline`
	return p, err
}

// SelectContext on a context with a deadline: clean; on
// context.Background(): reported.
func productsVia(q sqlx.QueryerContext) ([]Product, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var ps []Product
	if err := sqlx.SelectContext(ctx, q, &ps, "SELECT id, name, price FROM products"); err != nil {
		return nil, err
	}
	err := sqlx.SelectContext(context.Background(), q, &ps, "SELECT id, name, price FROM products") // want `sqlx.SelectContext uses context.Background\(\), which has no deadline`
	return ps, err
}
