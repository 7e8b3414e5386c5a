// Package common is a minimal stub of github.com/dapr/go-sdk/service/common
// (checked against the Dapr Go SDK v1.14.2).
package common

import "context"

// Service represents Dapr callback service.
type Service interface {
	// AddHealthCheckHandler sets a health check handler, name: http (router) and grpc (invalid).
	AddHealthCheckHandler(name string, fn HealthCheckHandler) error
	// AddServiceInvocationHandler appends provided service invocation handler with its name to the service.
	AddServiceInvocationHandler(name string, fn ServiceInvocationHandler) error
	// AddTopicEventHandler appends provided event handler with its topic and optional metadata to the service.
	AddTopicEventHandler(sub *Subscription, fn TopicEventHandler) error
	// AddTopicEventSubscriber appends the provided subscriber with its topic and optional metadata to the service.
	AddTopicEventSubscriber(sub *Subscription, subscriber TopicEventSubscriber) error
	// Start starts service.
	Start() error
	// Stop stops the previously started service.
	Stop() error
	// GracefulStop stops the previous started service.
	GracefulStop() error
}

type (
	ServiceInvocationHandler func(ctx context.Context, in *InvocationEvent) (out *Content, err error)
	TopicEventHandler        func(ctx context.Context, e *TopicEvent) (retry bool, err error)
	HealthCheckHandler       func(context.Context) error
)

// TopicEventSubscriber handles the events of a subscription.
type TopicEventSubscriber interface {
	Handle(ctx context.Context, e *TopicEvent) (retry bool, err error)
}

// Handle converts TopicEventHandler into an adapter that implements
// TopicEventSubscriber.
func (h TopicEventHandler) Handle(ctx context.Context, e *TopicEvent) (retry bool, err error) {
	return h(ctx, e)
}

// TopicEvent is the content of the inbound topic message.
type TopicEvent struct {
	ID              string
	Source          string
	Type            string
	DataContentType string
	Data            interface{}
	RawData         []byte
	Topic           string
	PubsubName      string
}

// InvocationEvent represents the input and output of binding invocation.
type InvocationEvent struct {
	Data        []byte
	ContentType string
	Verb        string
	QueryString string
}

// Content is a generic data content.
type Content struct {
	Data        []byte
	ContentType string
	DataTypeURL string
}

// Subscription represents single topic subscription.
type Subscription struct {
	// PubsubName is name of the pub/sub this message came from
	PubsubName string `json:"pubsubname"`
	// Topic is the name of the topic
	Topic string `json:"topic"`
	// Metadata is the subscription metadata
	Metadata map[string]string `json:"metadata,omitempty"`
	// Route is the route of the handler where HTTP topic events should be published (passed as Path in gRPC)
	Route string `json:"route"`
	// Match is the CEL expression to match on the CloudEvent envelope.
	Match string `json:"match"`
	// Priority is the priority in which to evaluate the match (lower to higher).
	Priority int `json:"priority"`
	// DisableTopicValidation allows to receive events from publisher topics that differ from the subscribed topic.
	DisableTopicValidation bool `json:"disableTopicValidation"`
	// DeadLetterTopic is the name of the deadletter topic.
	DeadLetterTopic string `json:"deadLetterTopic"`
}
