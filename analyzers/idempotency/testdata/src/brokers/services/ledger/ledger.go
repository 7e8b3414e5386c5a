// Package ledger consumes in each broker form: each consume that inserts
// without a guard is reported; its look-alike, which upserts, is not.
package ledger

import (
	"context"
	"database/sql"

	"cloud.google.com/go/pubsub"
	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/redis/go-redis/v9"
	"github.com/segmentio/kafka-go"
)

const (
	insert = "INSERT INTO entries (id) VALUES ($1)"
	upsert = "INSERT INTO entries (id) VALUES ($1) ON CONFLICT (id) DO NOTHING"
)

type L struct{ db *sql.DB }

func (l *L) add(id string)  { l.db.Exec(insert, id) }
func (l *L) keep(id string) { l.db.Exec(upsert, id) }

func Run() {
	db, _ := sql.Open("postgres", "postgres://ledger@db:5432/ledger")
	l := &L{db: db}
	ctx := context.Background()

	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("n.bad", func(m *nats.Msg) { l.add(string(m.Data)) })                // want `ledger consumes nats:n.bad and, on every delivery, write table entries`
	nc.Subscribe("n.good", func(m *nats.Msg) { l.keep(string(m.Data)) })              // an upsert: clean
	nc.QueueSubscribe("q.bad", "ledger", func(m *nats.Msg) { l.add(string(m.Data)) }) // want `ledger consumes nats:q.bad and, on every delivery`
	nc.QueueSubscribe("q.good", "ledger", func(m *nats.Msg) { l.keep(string(m.Data)) })

	js, _ := nc.JetStream()
	js.Subscribe("js.bad", func(m *nats.Msg) { l.add(string(m.Data)) }) // want `ledger consumes nats:js.bad and, on every delivery`
	js.Subscribe("js.good", func(m *nats.Msg) { l.keep(string(m.Data)) })

	g, _ := sarama.NewConsumerGroup([]string{"kafka:9092"}, "ledger", nil)
	g.Consume(ctx, []string{"s.bad"}, adder{l})   // want `ledger consumes kafka:s.bad and, on every delivery`
	g.Consume(ctx, []string{"s.good"}, keeper{l}) // clean

	var sub message.Subscriber
	r, _ := message.NewRouter(message.RouterConfig{}, nil)
	r.AddNoPublisherHandler("bad", "w.bad", sub, func(m *message.Message) error { l.add(string(m.Payload)); return nil }) // want `ledger consumes watermill:w.bad and, on every delivery`
	r.AddNoPublisherHandler("good", "w.good", sub, func(m *message.Message) error { l.keep(string(m.Payload)); return nil })

	ps, _ := pubsub.NewClient(ctx, "shop")
	ps.Subscription("p-bad").Receive(ctx, func(ctx context.Context, m *pubsub.Message) { l.add(string(m.Data)) }) // want `ledger consumes pubsub:subscription:p-bad and, on every delivery`
	ps.Subscription("p-good").Receive(ctx, func(ctx context.Context, m *pubsub.Message) { l.keep(string(m.Data)) })
}

func KafkaGo(ctx context.Context, l *L) {
	bad := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{"kafka:9092"}, Topic: "k.bad"})
	for {
		m, err := bad.FetchMessage(ctx) // want `ledger consumes kafka:k.bad and, on every delivery`
		if err != nil {
			return
		}
		l.add(string(m.Value))
		bad.CommitMessages(ctx, m)
	}
}

func KafkaGoGood(ctx context.Context, l *L) {
	good := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{"kafka:9092"}, Topic: "k.good"})
	for {
		m, err := good.ReadMessage(ctx)
		if err != nil {
			return
		}
		l.keep(string(m.Value))
	}
}

func AMQP(ch *amqp.Channel, l *L) {
	bad, _ := ch.Consume("a.bad", "ledger", false, false, false, false, nil) // want `ledger consumes amqp:a.bad and, on every delivery`
	for d := range bad {
		l.add(string(d.Body))
		d.Ack(false)
	}
}

func AMQPGood(ch *amqp.Channel, l *L) {
	good, _ := ch.Consume("a.good", "ledger", false, false, false, false, nil)
	for d := range good {
		l.keep(string(d.Body))
		d.Ack(false)
	}
}

func Redis(ctx context.Context, rdb *redis.Client, l *L) {
	sub := rdb.Subscribe(ctx, "r.bad") // want `ledger consumes redis:r.bad and, on every delivery`
	for m := range sub.Channel() {
		l.add(m.Payload)
	}
}

func Streams(ctx context.Context, rdb *redis.Client, l *L) {
	for {
		res, _ := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: "ledger", Streams: []string{"x.bad", ">"}}).Result() // want `ledger consumes redis:stream:x.bad and, on every delivery`
		for _, s := range res {
			for _, m := range s.Messages {
				l.add(m.ID)
			}
		}
	}
}

func JetStreamConsumer(ctx context.Context, c jetstream.Consumer, l *L) {
	c.Consume(func(m jetstream.Msg) { l.add(string(m.Data())) }) // want `ledger consumes unknown:ledger/nats/consumed and, on every delivery, write table entries \(postgres:db/ledger\) \(via func literal at ledger.go:116 → L.add\)`
}

type adder struct{ l *L }

func (adder) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (adder) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (a adder) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		a.l.add(string(m.Value))
		s.MarkMessage(m, "")
	}
	return nil
}

type keeper struct{ l *L }

func (keeper) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (keeper) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (k keeper) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		k.l.keep(string(m.Value))
	}
	return nil
}
