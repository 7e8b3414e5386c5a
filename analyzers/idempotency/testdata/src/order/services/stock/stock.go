// Package stock checks where a guard stands: before the effect on every
// path (clean), after it, or on one branch only (reported); in a callee
// that runs before the effect's callee (clean) or after it (reported);
// a unique violation tested in the error's branch, before a publish.
package stock

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"
)

type S struct {
	db  *sql.DB
	rdb *redis.Client
	nc  *nats.Conn
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://stock@db:5432/stock")
	nc, _ := nats.Connect("nats://nats:4222")
	s := &S{db: db, nc: nc, rdb: redis.NewClient(&redis.Options{Addr: "cache:6379"})}
	nc.Subscribe("first", s.first)         // a claim first on every path: clean
	nc.Subscribe("after", s.after)         // want `stock consumes nats:after and, on every delivery, write table moves`
	nc.Subscribe("branch", s.branch)       // want `stock consumes nats:branch and, on every delivery, write table moves`
	nc.Subscribe("callees", s.callees)     // the claim's callee runs first: clean
	nc.Subscribe("calleesLate", s.late)    // want `stock consumes nats:calleesLate and, on every delivery, write table moves \(postgres:db/stock\) \(via S.late → S.move\)`
	nc.Subscribe("unique", s.unique)       // want `stock consumes nats:unique, and its handling both writes the database \(write table handled \(postgres:db/stock\)\) and publishes`
	nc.Subscribe("elseBranch", s.elseOnly) // want `stock consumes nats:elseBranch and, on every delivery, write table moves`
}

func (s *S) seen(ctx context.Context, id string) bool {
	ok, _ := s.rdb.SetNX(ctx, "seen:"+id, 1, 0).Result()
	return !ok
}

func (s *S) move(id string) {
	s.db.Exec("INSERT INTO moves (id) VALUES ($1)", id)
}

func (s *S) first(m *nats.Msg) {
	ok, _ := s.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
	if !ok {
		return
	}
	s.db.Exec("INSERT INTO moves (id) VALUES ($1)", string(m.Data))
}

func (s *S) after(m *nats.Msg) {
	s.db.Exec("INSERT INTO moves (id) VALUES ($1)", string(m.Data))
	ok, _ := s.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
	_ = ok
}

func (s *S) branch(m *nats.Msg) {
	if m.Reply != "" {
		ok, _ := s.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
		if !ok {
			return
		}
	}
	s.db.Exec("INSERT INTO moves (id) VALUES ($1)", string(m.Data))
}

func (s *S) elseOnly(m *nats.Msg) {
	if m.Subject == "" {
		return
	} else {
		ok, _ := s.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
		_ = ok
	}
	s.db.Exec("INSERT INTO moves (id) VALUES ($1)", string(m.Data))
}

func (s *S) callees(m *nats.Msg) {
	if s.seen(context.Background(), string(m.Data)) {
		return
	}
	s.move(string(m.Data))
}

func (s *S) late(m *nats.Msg) {
	s.move(string(m.Data))
	if s.seen(context.Background(), string(m.Data)) {
		return
	}
}

// unique: a unique violation ends the handling, so not an idempotency
// finding; the insert and the publish are a dual write.
func (s *S) unique(m *nats.Msg) {
	_, err := s.db.Exec("INSERT INTO handled (id) VALUES ($1)", string(m.Data))
	if err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return
		}
		return
	}
	s.nc.Publish("stock.moved", m.Data)
}
