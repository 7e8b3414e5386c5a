// Package consumer wraps a sarama consumer group: the topics it consumes
// are a list its callers hand to the constructor.
package consumer

import (
	"context"

	"github.com/IBM/sarama"
)

type Consumer struct {
	group  sarama.ConsumerGroup
	topics []string
	tags   []string
}

// New keeps the topics to consume, and tags that say nothing of where
// messages come from.
func New(group sarama.ConsumerGroup, topics []string, tags []string) *Consumer { // want New:"params #1"
	return &Consumer{group: group, topics: topics, tags: tags}
}

func (c *Consumer) Run(ctx context.Context, h sarama.ConsumerGroupHandler) error {
	return c.group.Consume(ctx, c.topics, h) //@message("consume kafka {param msg_lists/consumer.New#1} handler=(sarama.ConsumerGroupHandler).ConsumeClaim")
}
