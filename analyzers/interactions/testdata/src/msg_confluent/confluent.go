// Package msg_confluent publishes and consumes with confluent-kafka-go (v2
// and v1): a consumer's Subscribe and SubscribeTopics name the topics and
// the loop after them handles what ReadMessage and Poll return; a produced
// message names its topic in TopicPartition.Topic, the address of a string.
package msg_confluent

import (
	"os"
	"time"

	kafkav1 "github.com/confluentinc/confluent-kafka-go/kafka"
	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
)

const topicOrders = "orders.created"

func Consume(c *kafka.Consumer) error {
	if err := c.Subscribe(topicOrders, nil); err != nil { //@message("consume kafka orders.created")
		return err
	}
	for {
		msg, err := c.ReadMessage(time.Second)
		if err != nil {
			continue
		}
		_ = msg
	}
}

func ConsumeMany(c *kafka.Consumer) {
	_ = c.SubscribeTopics([]string{"payments.captured", os.Getenv("REFUNDS_TOPIC")}, nil) //@message("consume kafka payments.captured | ${REFUNDS_TOPIC}")
	for {
		switch e := c.Poll(100).(type) {
		case *kafka.Message:
			_ = e
		}
	}
}

func Produce(p *kafka.Producer, body []byte) error {
	topic := topicOrders
	return p.Produce(&kafka.Message{ //@message("publish kafka orders.created")
		TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},
		Value:          body,
	}, nil)
}

// ProduceTo takes the topic from its caller, which the package does not
// call: the topic is unknown.
func ProduceTo(p *kafka.Producer, topic *string, body []byte) error {
	msg := &kafka.Message{TopicPartition: kafka.TopicPartition{Topic: topic}, Value: body}
	return p.Produce(msg, nil) //@message("publish kafka {?}")
}

func ProduceChannel(p *kafka.Producer) {
	audit := "audit.log"
	p.ProduceChannel() <- &kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &audit}} //@message("publish kafka audit.log")
}

func V1(c *kafkav1.Consumer, p *kafkav1.Producer) {
	_ = c.Subscribe("invoices", nil) //@message("consume kafka invoices")
	topic := "invoices.sent"
	_ = p.Produce(&kafkav1.Message{TopicPartition: kafkav1.TopicPartition{Topic: &topic}}, nil) //@message("publish kafka invoices.sent")
}

// fakeConsumer is not a Kafka consumer: its methods of the same names
// record nothing.
type fakeConsumer struct{ topics []string }

func (f *fakeConsumer) Subscribe(topic string, cb kafka.RebalanceCb) error {
	f.topics = append(f.topics, topic)
	return nil
}

func (f *fakeConsumer) Produce(msg *kafka.Message, ch chan kafka.Event) error { return nil }

func lookalike() {
	var f fakeConsumer
	_ = f.Subscribe("not.recorded", nil)
	topic := "not.recorded"
	_ = f.Produce(&kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &topic}}, nil)
}
