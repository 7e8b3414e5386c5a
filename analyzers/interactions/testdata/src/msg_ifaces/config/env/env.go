// Package env reads each part of the configuration from the environment
// into a struct of its own, behind a getter.
package env

import "os"

type paidProducerRaw struct {
	TopicName string `env:"ORDER_PAID_TOPIC,required"`
}

type paidProducer struct{ raw paidProducerRaw }

func NewPaidProducer() *paidProducer {
	var raw paidProducerRaw
	raw.TopicName = os.Getenv("ORDER_PAID_TOPIC")
	return &paidProducer{raw: raw}
}

func (c *paidProducer) TopicName() string { return c.raw.TopicName } // want TopicName:`returns \$\{ORDER_PAID_TOPIC\}`

type assembledConsumerRaw struct {
	TopicName string `env:"ORDER_ASSEMBLED_TOPIC,required"`
	GroupID   string `env:"ORDER_ASSEMBLED_GROUP,required"`
}

type assembledConsumer struct{ raw assembledConsumerRaw }

func NewAssembledConsumer() *assembledConsumer { return &assembledConsumer{} }

func (c *assembledConsumer) TopicName() string { return c.raw.TopicName } // want TopicName:`returns \$\{ORDER_ASSEMBLED_TOPIC\}`

func (c *assembledConsumer) GroupID() string { return c.raw.GroupID } // want GroupID:`returns \$\{ORDER_ASSEMBLED_GROUP\}`
