// want package:"has sinks"

// Package pgxdb covers pgx v5: every call takes a context, so the context
// decides: context.Background() is reported, a deadline is clean, a
// transaction's statements are judged by the context each is given, and a
// method whose ctx parameter reaches the pool is judged at its callers.
package pgxdb

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/segmentio/kafka-go"
)

type Event struct {
	ID   string
	Kind string
	Body []byte
}

type Store struct{ pool *pgxpool.Pool }

func NewStore(ctx context.Context, dsn string) (*Store, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool}, nil
}

// Calls on context.Background() or TODO().

func (s *Store) Kinds() ([]string, error) {
	rows, err := s.pool.Query(context.Background(), "SELECT DISTINCT kind FROM events") // want `\(\*pgxpool.Pool\).Query uses context.Background\(\), which has no deadline; pass a context with a deadline`
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

func (s *Store) Purge(before time.Time) error {
	_, err := s.pool.Exec(context.TODO(), "DELETE FROM events WHERE created_at < $1", before) // want `\(\*pgxpool.Pool\).Exec uses context.TODO\(\), which has no deadline`
	return err
}

func (s *Store) Count() (int64, error) {
	var n int64
	err := s.pool.QueryRow(context.Background(), "SELECT count(*) FROM events").Scan(&n) // want `\(\*pgxpool.Pool\).QueryRow uses context.Background\(\), which has no deadline`
	return n, err
}

// The same with a deadline: clean.
func (s *Store) CountRecent(since time.Time) (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var n int64
	err := s.pool.QueryRow(ctx, "SELECT count(*) FROM events WHERE created_at > $1", since).Scan(&n)
	return n, err
}

// A transaction: pool.Begin and each statement are judged by their own
// context argument.

func (s *Store) Relabel(from, to string) error {
	ctx := context.Background()
	tx, err := s.pool.Begin(ctx) // want `\(\*pgxpool.Pool\).Begin uses context.Background\(\), which has no deadline`
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx) // want `\(pgx.Tx\).Rollback uses context.Background\(\), which has no deadline`

	if _, err := tx.Exec(ctx, "UPDATE events SET kind = $1 WHERE kind = $2", to, from); err != nil { // want `\(pgx.Tx\).Exec uses context.Background\(\), which has no deadline`
		return err
	}
	return tx.Commit(ctx) // want `\(pgx.Tx\).Commit uses context.Background\(\), which has no deadline`
}

// The same transaction with a deadline: clean.
func (s *Store) RelabelTimed(from, to string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "UPDATE events SET kind = $1 WHERE kind = $2", to, from); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Save's ctx parameter reaches Exec: the callers decide.
func (s *Store) Save(ctx context.Context, e Event) error { // want Save:`sink\(0 ctx → \(\*pgxpool.Pool\).Exec\)`
	_, err := s.pool.Exec(ctx, "INSERT INTO events (id, kind, body) VALUES ($1, $2, $3)", e.ID, e.Kind, e.Body)
	return err
}

// A caller that passes context.Background().
func (s *Store) Replay(events []Event) error {
	for _, e := range events {
		if err := s.Save(context.Background(), e); err != nil { // want `\(\*pgxdb.Store\).Save is given context.Background\(\), which has no deadline; it reaches \(\*pgxpool.Pool\).Exec at pgxdb.go:\d+; pass a context with a deadline`
			return err
		}
	}
	return nil
}

// A caller that passes a deadline: clean.
func (s *Store) Ingest(e Event) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return s.Save(ctx, e)
}

// A consumer: it waits for the next message as long as it takes (a consume
// call is no request), and gives each insert its own deadline. Clean.
func (s *Store) Consume(r *kafka.Reader) error {
	for {
		m, err := r.FetchMessage(context.Background())
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err = s.pool.Exec(ctx, "INSERT INTO events (id, body) VALUES ($1, $2)", string(m.Key), m.Value)
		if err == nil {
			err = r.CommitMessages(ctx, m)
		}
		cancel()
		if err != nil {
			return err
		}
	}
}

// A pgx.Conn behaves like the pool: the context decides.
func migrate(conn *pgx.Conn) error {
	_, err := conn.Exec(context.Background(), "CREATE TABLE IF NOT EXISTS events (id text PRIMARY KEY)") // want `\(\*pgx.Conn\).Exec uses context.Background\(\), which has no deadline`
	return err
}
