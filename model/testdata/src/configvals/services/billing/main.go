// Command billing consumes the subject its config file names and calls
// order at the URL it names, both read by key through a helper, and
// consumes the Kafka topics a comma-separated config value lists.
package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/IBM/sarama"

	"github.com/nats-io/nats.go"

	"configvals/pkg/conf"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	_, _ = nc.Subscribe(conf.GetString("broker.subject"), func(m *nats.Msg) {})
	g, _ := sarama.NewConsumerGroup([]string{"kafka:9092"}, "billing", nil)
	_ = g.Consume(context.Background(), strings.Split(conf.GetString("kafka.topics"), ","), nil)
	resp, err := http.Get(conf.GetString("order.url") + "/orders")
	if err == nil {
		resp.Body.Close()
	}
}
