// Package msg builds and reads the Kafka messages the services exchange.
//
// Every message carries a message-id header, unique per event, so that
// consumers can recognise a redelivered message.
package msg

import (
	"encoding/json"
	"fmt"

	"github.com/segmentio/kafka-go"
)

// IDHeader is the header that carries a message's unique id.
const IDHeader = "message-id"

// New encodes v as JSON into a message with the given partition key and id.
func New(key, id string, v any) (kafka.Message, error) {
	value, err := json.Marshal(v)
	if err != nil {
		return kafka.Message{}, fmt.Errorf("encode message %s: %w", id, err)
	}
	return kafka.Message{
		Key:     []byte(key),
		Value:   value,
		Headers: []kafka.Header{{Key: IDHeader, Value: []byte(id)}},
	}, nil
}

// ID returns the message's id header, or its topic, partition and offset when the
// producer set none (those identify one record, and a redelivery repeats them).
func ID(m kafka.Message) string {
	for _, h := range m.Headers {
		if h.Key == IDHeader && len(h.Value) > 0 {
			return string(h.Value)
		}
	}
	return fmt.Sprintf("%s/%d/%d", m.Topic, m.Partition, m.Offset)
}
