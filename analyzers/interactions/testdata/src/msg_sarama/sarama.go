// Package msg_sarama publishes and consumes with sarama, both its import
// paths: a sync producer with one message and a batch, an async producer's
// input channel (sent on directly and through a variable), a consumer
// group over a slice of topics, and a partition consumer.
package msg_sarama

import (
	"context"
	"os"
	"strings"

	"github.com/IBM/sarama"
	shopify "github.com/Shopify/sarama"
)

type events struct {
	producer sarama.SyncProducer
	topic    string
}

func newEvents(brokers []string) (*events, error) {
	cfg := sarama.NewConfig()
	cfg.Producer.Return.Successes = true
	p, err := sarama.NewSyncProducer(brokers, cfg)
	if err != nil {
		return nil, err
	}
	return &events{producer: p, topic: "invoices.issued"}, nil
}

func (e *events) issued(id string, body []byte) error {
	_, _, err := e.producer.SendMessage(&sarama.ProducerMessage{ //@message("publish kafka invoices.issued")
		Topic: e.topic,
		Key:   sarama.StringEncoder(id),
		Value: sarama.ByteEncoder(body),
	})
	return err
}

func (e *events) voided(ids []string) error {
	msgs := []*sarama.ProducerMessage{
		{Topic: "invoices.voided", Key: sarama.StringEncoder(ids[0])},
		{Topic: "invoices.archived", Key: sarama.StringEncoder(ids[1])},
	}
	return e.producer.SendMessages(msgs) //@message("publish kafka invoices.voided | invoices.archived")
}

func metrics(p sarama.AsyncProducer, done <-chan struct{}) {
	for {
		select {
		case p.Input() <- &sarama.ProducerMessage{Topic: "metrics.raw", Value: sarama.StringEncoder("1")}: //@message("publish kafka metrics.raw")
		case err := <-p.Errors():
			_ = err
		case <-done:
			return
		}
	}
}

func audit(p sarama.AsyncProducer, lines []string) {
	in := p.Input() //@message("publish kafka audit.lines")
	for _, l := range lines {
		in <- &sarama.ProducerMessage{Topic: "audit.lines", Value: sarama.StringEncoder(l)}
	}
}

type handler struct{}

func (handler) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (handler) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (handler) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		s.MarkMessage(m, "")
	}
	return nil
}

func runGroup(ctx context.Context) error {
	group, err := sarama.NewConsumerGroup([]string{"kafka:9092"}, "invoicing", sarama.NewConfig())
	if err != nil {
		return err
	}
	defer group.Close()
	topics := []string{"orders.created", "payments.captured"}
	for ctx.Err() == nil {
		if err := group.Consume(ctx, topics, handler{}); err != nil { //@message("consume kafka orders.created | payments.captured queue=invoicing handler=(msg_sarama.handler).ConsumeClaim")
			return err
		}
	}
	return nil
}

// RunFromEnv consumes the topics an environment variable lists, in a group
// its callers made.
func RunFromEnv(ctx context.Context, group sarama.ConsumerGroup) error {
	return group.Consume(ctx, strings.Split(os.Getenv("TOPICS"), ","), handler{}) //@message("consume kafka ${TOPICS} split=\",\" handler=(msg_sarama.handler).ConsumeClaim")
}

func partitions() error {
	c, err := shopify.NewConsumer([]string{"kafka:9092"}, shopify.NewConfig())
	if err != nil {
		return err
	}
	pc, err := c.ConsumePartition("legacy.events", 0, shopify.OffsetNewest) //@message("consume kafka legacy.events")
	if err != nil {
		return err
	}
	for m := range pc.Messages() {
		_ = m
	}
	return nil
}

// fakeProducer has SyncProducer's methods and is not one.
type fakeProducer struct{}

func (fakeProducer) SendMessage(msg *sarama.ProducerMessage) (int32, int64, error) { return 0, 0, nil }

func lookalike() {
	var f fakeProducer
	_, _, _ = f.SendMessage(&sarama.ProducerMessage{Topic: "not.recorded"})
}
