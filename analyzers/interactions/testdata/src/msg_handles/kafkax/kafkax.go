// Package kafkax makes kafka-go handles for its callers.
package kafkax

import "github.com/segmentio/kafka-go"

const payments = "payments.captured"

// NewWriter makes a writer whose topic is a constant here.
func NewWriter() *kafka.Writer { // want NewWriter:"handle payments.captured"
	return &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: payments}
}

// NewReader makes a reader of the caller's topic.
func NewReader(topic, group string) *kafka.Reader { // want NewReader:"handle {param msg_handles/kafkax.NewReader#0} queue {param msg_handles/kafkax.NewReader#1}"
	return kafka.NewReader(kafka.ReaderConfig{Brokers: []string{"kafka:9092"}, Topic: topic, GroupID: group})
}

// NewRouter makes a writer whose messages name their topics: it says
// nothing of a destination.
func NewRouter() *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP("kafka:9092")}
}
