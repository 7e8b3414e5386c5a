// Package kafkax makes the services' kafka-go writers and readers.
package kafkax

import "github.com/segmentio/kafka-go"

const paymentsTopic = "payments.captured"

// NewWriter makes the writer of captured payments.
func NewWriter() *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: paymentsTopic}
}

// NewReader reads topic in group.
func NewReader(topic, group string) *kafka.Reader {
	return kafka.NewReader(kafka.ReaderConfig{Brokers: []string{"kafka:9092"}, Topic: topic, GroupID: group})
}
