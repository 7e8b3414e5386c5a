// want package:"has sinks"

// Package repo is a repository over database/sql whose methods take the
// caller's context: they are as bounded as what their callers pass.
package repo

import (
	"context"
	"database/sql"
)

type User struct {
	ID    int64
	Email string
}

type Users struct{ db *sql.DB }

func NewUsers(db *sql.DB) *Users { return &Users{db: db} }

func (r *Users) ByID(ctx context.Context, id int64) (*User, error) { // want ByID:`sink\(0 ctx → \(\*sql.DB\).QueryRowContext\)`
	u := &User{ID: id}
	err := r.db.QueryRowContext(ctx, "SELECT email FROM users WHERE id = $1", id).Scan(&u.Email)
	return u, err
}

func (r *Users) List(ctx context.Context, limit int) ([]User, error) { // want List:`sink\(0 ctx → \(\*sql.DB\).QueryContext\)`
	rows, err := r.db.QueryContext(ctx, "SELECT id, email FROM users ORDER BY id LIMIT $1", limit)
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
