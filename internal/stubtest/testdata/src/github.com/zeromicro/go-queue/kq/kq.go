// Package kq is a minimal stub of go-zero's Kafka queue,
// github.com/zeromicro/go-queue/kq (checked against v1.1.8).
package kq

import "context"

// KqConf configures a queue; go-zero fills it from the service's config
// file.
type KqConf struct {
	Brokers []string
	Group   string
	Topic   string
}

// A Pusher publishes to one topic.
type Pusher struct{ topic string }

// NewPusher returns a pusher to topic.
func NewPusher(addrs []string, topic string) *Pusher { return &Pusher{topic: topic} }

// Push publishes v.
func (p *Pusher) Push(v string) error { return nil }

// ConsumeHandler handles each message.
type ConsumeHandler interface {
	Consume(ctx context.Context, key, value string) error
}

// A MessageQueue runs a consumer.
type MessageQueue interface {
	Start()
	Stop()
}

type queue struct{}

func (queue) Start() {}
func (queue) Stop()  {}

// MustNewQueue returns a queue consuming c.Topic in c.Group.
func MustNewQueue(c KqConf, handler ConsumeHandler) MessageQueue { return queue{} }
