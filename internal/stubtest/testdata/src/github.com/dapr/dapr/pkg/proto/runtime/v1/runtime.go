// Package runtime is a minimal stub of github.com/dapr/dapr/pkg/proto/runtime/v1
// (the generated messages the Dapr Go SDK's client options take; checked
// against dapr v1.14).
package runtime

// PublishEventRequest is the message to publish event data to pubsub topic.
type PublishEventRequest struct {
	PubsubName      string
	Topic           string
	Data            []byte
	DataContentType string
	Metadata        map[string]string
}

// BulkPublishRequest is the message to bulk publish events to pubsub topic.
type BulkPublishRequest struct {
	PubsubName string
	Topic      string
	Metadata   map[string]string
}
