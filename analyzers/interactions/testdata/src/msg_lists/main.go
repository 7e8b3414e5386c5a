// Package main hands the consumer wrapper its topics as a list literal,
// one element from a constant and one from the environment; the tags
// list, which names no destination, is not recorded. A list joined into
// one string and cut again gives each name.
package main

import (
	"context"
	"os"
	"strings"

	"github.com/IBM/sarama"

	"msg_lists/consumer"
)

const paid = "orders.paid"

func main() {
	group, _ := sarama.NewConsumerGroup([]string{"kafka:9092"}, "assembly", sarama.NewConfig())
	c := consumer.New(group, []string{paid, os.Getenv("ASSEMBLED_TOPIC")}, []string{"team-a"})
	_ = c.Run(context.Background(), nil)
	// A list joined into one string and cut again: each name.
	d := consumer.New(group, strings.Split(strings.Join([]string{"stock.reserved", "stock.released"}, ","), ","), nil)
	_ = d.Run(context.Background(), nil)
}
