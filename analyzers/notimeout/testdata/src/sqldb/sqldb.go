// Package sqldb covers database/sql: the methods without a context, the
// Context variants with and without a deadline, and transactions, which run
// on the context of the BeginTx that made them.
package sqldb

import (
	"context"
	"database/sql"
	"time"
)

type User struct {
	ID    int64
	Email string
}

// The methods without a context: nothing can end them.

func listUsers(db *sql.DB) ([]User, error) {
	rows, err := db.Query("SELECT id, email FROM users ORDER BY id") // want `\(\*sql.DB\).Query has no context; use QueryContext with a context that has a deadline`
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Email); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

func touch(db *sql.DB, id int64) error {
	_, err := db.Exec("UPDATE users SET seen_at = now() WHERE id = $1", id) // want `\(\*sql.DB\).Exec has no context; use ExecContext with a context that has a deadline`
	return err
}

func emailOf(db *sql.DB, id int64) (string, error) {
	var email string
	err := db.QueryRow("SELECT email FROM users WHERE id = $1", id).Scan(&email) // want `\(\*sql.DB\).QueryRow has no context; use QueryRowContext with a context that has a deadline`
	return email, err
}

func healthy(db *sql.DB) bool {
	return db.Ping() == nil // want `\(\*sql.DB\).Ping has no context; use PingContext with a context that has a deadline`
}

// A transaction from Begin has no context: Begin itself and every
// statement in it can hang.
func transfer(db *sql.DB, from, to int64, cents int) error {
	tx, err := db.Begin() // want `\(\*sql.DB\).Begin has no context; use BeginTx with a context that has a deadline`
	if err != nil {
		return err
	}
	defer tx.Rollback()                                                                                         // want `\(\*sql.Tx\).Rollback uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
	if _, err := tx.Exec("UPDATE accounts SET balance = balance - $1 WHERE id = $2", cents, from); err != nil { // want `\(\*sql.Tx\).Exec uses a transaction from Begin, which has no context`
		return err
	}
	if _, err := tx.Exec("UPDATE accounts SET balance = balance + $1 WHERE id = $2", cents, to); err != nil { // want `\(\*sql.Tx\).Exec uses a transaction from Begin, which has no context`
		return err
	}
	return tx.Commit() // want `\(\*sql.Tx\).Commit uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
}

// A Context variant given a context without a deadline is no better.
func countOrders(db *sql.DB) (int, error) {
	rows, err := db.QueryContext(context.Background(), "SELECT count(*) FROM orders") // want `\(\*sql.DB\).QueryContext uses context.Background\(\), which has no deadline; pass a context with a deadline`
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int
	for rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}

// Bounded look-alikes.

// The Context variant with a deadline: clean.
func recentOrders(db *sql.DB, since time.Time) (*sql.Rows, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return db.QueryContext(ctx, "SELECT id FROM orders WHERE created_at > $1", since)
}

// A transaction from BeginTx with a deadline: its Exec, which takes no
// context, runs on the transaction's, so it is clean.
func transferTx(db *sql.DB, from, to int64, cents int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec("UPDATE accounts SET balance = balance - $1 WHERE id = $2", cents, from); err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE accounts SET balance = balance + $1 WHERE id = $2", cents, to); err != nil {
		return err
	}
	return tx.Commit()
}
