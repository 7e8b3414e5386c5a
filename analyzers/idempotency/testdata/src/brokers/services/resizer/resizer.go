// Package resizer hands its AMQP deliveries to workers chosen through a
// function value: the workers that range over a channel of deliveries
// are the consume's handling (reported).
package resizer

import (
	"database/sql"

	amqp "github.com/rabbitmq/amqp091-go"
)

type consumer struct {
	queue  string
	worker func(<-chan amqp.Delivery)
}

type R struct {
	db *sql.DB
	ch *amqp.Channel
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://resizer@db:5432/resizer")
	r := &R{db: db}
	for _, c := range []consumer{{"resize", r.resize}, {"thumbs", r.thumbs}} {
		r.start(c)
	}
}

func (r *R) start(c consumer) {
	deliveries, err := r.ch.Consume(c.queue, "resizer", false, false, false, false, nil) // want `resizer consumes amqp:resize, amqp:thumbs and, on every delivery, write table images \(postgres:db/resizer\);`
	if err != nil {
		return
	}
	go c.worker(deliveries)
}

func (r *R) resize(ds <-chan amqp.Delivery) {
	for d := range ds {
		r.db.Exec("INSERT INTO images (body) VALUES ($1)", d.Body)
		d.Ack(false)
	}
}

func (r *R) thumbs(ds <-chan amqp.Delivery) {
	for d := range ds {
		r.db.Exec("UPDATE thumbs SET body = $1 WHERE id = $2", d.Body, d.MessageId)
		d.Ack(false)
	}
}
