package sqldb

import (
	"context"
	"database/sql"
	"time"
)

// Functions that receive a context and still call the variant without one:
// the suggested fix switches to the Context variant and passes the context
// they already have.

type Store struct{ db *sql.DB }

func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	u := new(User)
	err := s.db.QueryRow("SELECT id, email FROM users WHERE email = $1", email).Scan(&u.ID, &u.Email) // want `\(\*sql.DB\).QueryRow has no context; use QueryRowContext with a context that has a deadline`
	return u, err
}

func (s *Store) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	res, err := s.db.Exec("DELETE FROM sessions WHERE expires_at < $1", now) // want `\(\*sql.DB\).Exec has no context; use ExecContext with a context that has a deadline`
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s *Store) Emails(ctx context.Context) (*sql.Rows, error) {
	return s.db.Query("SELECT email FROM users") // want `\(\*sql.DB\).Query has no context; use QueryContext with a context that has a deadline`
}
