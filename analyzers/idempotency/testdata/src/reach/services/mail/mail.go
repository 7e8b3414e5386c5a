// Package mail reaches its effects in each way: two calls deep, behind an
// interface with one implementation (reported, with the path), behind an
// interface with two (which one runs is not known: not judged); an HTTP
// POST and an RPC method named Charge… (reported), a PUT and a Get…
// (clean); a handler that only reads (clean); a
// statement whose database is not known (still repeats).
package mail

import (
	"bytes"
	"database/sql"
	"net/http"
	"os"

	"github.com/nats-io/nats.go"
)

type Store interface{ Save(id string) error }

type pgStore struct{ db *sql.DB }

func (s pgStore) Save(id string) error {
	_, err := s.db.Exec("INSERT INTO sent (id) VALUES ($1)", id)
	return err
}

type Sender interface{ Send(id string) }

type smtpSender struct{ db *sql.DB }

func (s smtpSender) Send(id string) { s.db.Exec("INSERT INTO smtp_log (id) VALUES ($1)", id) }

type fakeSender struct{ db *sql.DB }

func (s fakeSender) Send(id string) { s.db.Exec("INSERT INTO fake_log (id) VALUES ($1)", id) }

type M struct {
	store  Store
	sender Sender
	db     *sql.DB
	other  *sql.DB
	hc     *http.Client
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://mail@db:5432/mail")
	other, _ := sql.Open("postgres", os.Getenv("OTHER_DSN"))
	m := &M{store: pgStore{db}, sender: smtpSender{db}, db: db, other: other, hc: &http.Client{}}
	_ = fakeSender{db}
	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("deep", m.deep)           // want `mail consumes nats:deep and, on every delivery, write table sent \(postgres:db/mail\) \(via M.deep → M.record → pgStore.Save\)`
	nc.Subscribe("two", m.two)             // two implementations of Sender: not judged
	nc.Subscribe("post", m.post)           // want `mail consumes nats:post and, on every delivery, call external:mailer.example.com POST /send`
	nc.Subscribe("put", m.put)             // a PUT: clean
	nc.Subscribe("read", m.read)           // only reads: clean
	nc.Subscribe("made", m.reader("sent")) // a handler made once: its maker's setup is not handling; clean
	nc.Subscribe("unplaced", m.unplaced)   // want `mail consumes nats:unplaced and, on every delivery, write table audit \(database not known\)`
}

func (m *M) deep(msg *nats.Msg) { m.record(string(msg.Data)) }
func (m *M) record(id string)   { m.store.Save(id) }
func (m *M) two(msg *nats.Msg)  { m.sender.Send(string(msg.Data)) }
func (m *M) read(msg *nats.Msg) { m.db.QueryRow("SELECT id FROM sent WHERE id = $1", string(msg.Data)) }
func (m *M) unplaced(msg *nats.Msg) {
	m.other.Exec("INSERT INTO audit (id) VALUES ($1)", string(msg.Data))
}

func (m *M) post(msg *nats.Msg) {
	req, _ := http.NewRequest(http.MethodPost, "https://mailer.example.com/send", bytes.NewReader(msg.Data))
	m.hc.Do(req)
}

func (m *M) put(msg *nats.Msg) {
	req, _ := http.NewRequest(http.MethodPut, "https://mailer.example.com/mails/"+string(msg.Data), nil)
	m.hc.Do(req)
}

// reader records, once, that a reader started, and returns a handler that
// only reads.
func (m *M) reader(table string) nats.MsgHandler {
	m.db.Exec("INSERT INTO readers (name) VALUES ($1)", table)
	return func(msg *nats.Msg) { m.db.QueryRow("SELECT id FROM sent WHERE id = $1", string(msg.Data)) }
}
