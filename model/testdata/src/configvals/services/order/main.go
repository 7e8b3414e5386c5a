// Command order publishes on subjects its config file names; one subject
// no config file sets stays unknown. It also publishes on a Kafka topic.
package main

import (
	"github.com/IBM/sarama"
	"github.com/nats-io/nats.go"

	"configvals/services/order/config"
)

type service struct {
	Config *config.Config
	nc     *nats.Conn
}

func (s *service) created(b []byte) error {
	return s.nc.Publish(s.Config.Broker.Subject.CreateOrder, b)
}

func (s *service) cancelled(b []byte) error {
	return s.nc.Publish(s.Config.Broker.Subject.Cancelled, b)
}

func main() {
	cfg, _ := config.Load()
	nc, _ := nats.Connect(cfg.Broker.Address)
	s := &service{Config: cfg, nc: nc}
	_ = s.created(nil)
	_ = s.cancelled(nil)
	p, _ := sarama.NewSyncProducer([]string{"kafka:9092"}, nil)
	_, _, _ = p.SendMessage(&sarama.ProducerMessage{Topic: "payments.captured"})
}
