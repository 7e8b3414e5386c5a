// want package:"has sinks"

// Package sqltx covers a transaction handed to a helper: the helper's
// statements without a context are as bounded as the BeginTx that made the
// transaction, which its callers decide.
package sqltx

import (
	"context"
	"database/sql"
	"time"

	"github.com/jmoiron/sqlx"

	"sqltx/store"
)

type Hour struct {
	ID   string `db:"id"`
	Open bool   `db:"open"`
}

// saveHour runs in the caller's transaction.
func saveHour(tx *sqlx.Tx, h Hour) error { // want saveHour:`sink\(0 sqltx → \(\*sqlx.Tx\).NamedExec\)`
	_, err := tx.NamedExec(`UPDATE hours SET open = :open WHERE id = :id`, h)
	return err
}

func updateLoose(db *sqlx.DB, h Hour) error {
	tx, err := db.Beginx() // want `\(\*sqlx.DB\).Beginx has no context`
	if err != nil {
		return err
	}
	if err := saveHour(tx, h); err != nil { // want `saveHour is given a transaction from Beginx, which has no context; it reaches \(\*sqlx.Tx\).NamedExec at sqltx.go:\d+; begin the transaction with BeginTx`
		tx.Rollback() // want `\(\*sql.Tx\).Rollback uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
		return err
	}
	return tx.Commit() // want `\(\*sql.Tx\).Commit uses a transaction from \w+, which has no context; begin the transaction with BeginTx`
}

// The look-alike begins the transaction with a deadline.
func updateBounded(ctx context.Context, db *sqlx.DB, h Hour) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	tx, err := db.BeginTxx(ctx, &sql.TxOptions{})
	if err != nil {
		return err
	}
	if err := saveHour(tx, h); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// A method named Begin of another package is not database/sql's: its
// transaction is of unknown origin here, and not reported.
func viaWrapper(s *store.Store) error {
	tx, err := s.Begin()
	if err != nil {
		return err
	}
	_, err = tx.Exec(`UPDATE hours SET open = false`)
	return err
}
