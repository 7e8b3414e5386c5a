// Package kgo is a minimal stub of github.com/twmb/franz-go/pkg/kgo
// (checked against v1.19.5).
package kgo

import "context"

// Opt is a client option.
type Opt interface{ apply() }

type opt struct{}

func (opt) apply() {}

// SeedBrokers sets the brokers to bootstrap from.
func SeedBrokers(seeds ...string) Opt { return opt{} }

// ConsumeTopics sets the topics to consume.
func ConsumeTopics(topics ...string) Opt { return opt{} }

// ConsumerGroup sets the consumer group.
func ConsumerGroup(group string) Opt { return opt{} }

// Client is a Kafka client.
type Client struct{}

// NewClient returns a client.
func NewClient(opts ...Opt) (*Client, error) { return &Client{}, nil }

// Record is a record to produce or one consumed.
type Record struct {
	Topic string
	Key   []byte
	Value []byte
}

// Fetches are what a poll returns.
type Fetches []struct{}

// EachRecord calls fn for each record.
func (fs Fetches) EachRecord(fn func(*Record)) {}

// ProduceResults are the results of ProduceSync.
type ProduceResults []struct{}

// Produce sends r asynchronously, calling promise with the result.
func (cl *Client) Produce(ctx context.Context, r *Record, promise func(*Record, error)) {}

// ProduceSync sends rs and waits for the results.
func (cl *Client) ProduceSync(ctx context.Context, rs ...*Record) ProduceResults { return nil }

// PollFetches waits for records of the topics consumed.
func (cl *Client) PollFetches(ctx context.Context) Fetches { return nil }
