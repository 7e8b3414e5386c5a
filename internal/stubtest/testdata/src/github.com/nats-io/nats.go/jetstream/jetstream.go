// Package jetstream is a minimal stub of github.com/nats-io/nats.go/jetstream (checked against
// nats.go v1.55.0). The interfaces are trimmed to the methods the tests use and keep the real
// embedding (JetStream embeds StreamConsumerManager, StreamManager and Publisher; Stream embeds
// ConsumerManager), which decides the methods' full names.
package jetstream

import (
	"context"
	"time"

	"github.com/nats-io/nats.go"
)

type (
	// JetStream is the top-level interface for interacting with JetStream.
	JetStream interface {
		AccountInfo(ctx context.Context) (*AccountInfo, error)
		Conn() *nats.Conn

		StreamConsumerManager
		StreamManager
		Publisher
	}

	// Publisher provides methods for publishing messages to a stream.
	Publisher interface {
		Publish(ctx context.Context, subject string, payload []byte, opts ...PublishOpt) (*PubAck, error)
		PublishMsg(ctx context.Context, msg *nats.Msg, opts ...PublishOpt) (*PubAck, error)
		PublishAsync(subject string, payload []byte, opts ...PublishOpt) (PubAckFuture, error)
		PublishMsgAsync(msg *nats.Msg, opts ...PublishOpt) (PubAckFuture, error)
		PublishAsyncPending() int
		PublishAsyncComplete() <-chan struct{}
		CleanupPublisher()
	}

	// StreamManager provides CRUD API for managing streams. (Trimmed.)
	StreamManager interface {
		CreateStream(ctx context.Context, cfg StreamConfig) (Stream, error)
		UpdateStream(ctx context.Context, cfg StreamConfig) (Stream, error)
		CreateOrUpdateStream(ctx context.Context, cfg StreamConfig) (Stream, error)
		Stream(ctx context.Context, stream string) (Stream, error)
		StreamNameBySubject(ctx context.Context, subject string) (string, error)
		DeleteStream(ctx context.Context, stream string) error
	}

	// StreamConsumerManager provides CRUD API for managing consumers. (Trimmed.)
	StreamConsumerManager interface {
		CreateOrUpdateConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (Consumer, error)
		CreateConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (Consumer, error)
		UpdateConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (Consumer, error)
		OrderedConsumer(ctx context.Context, stream string, cfg OrderedConsumerConfig) (Consumer, error)
		Consumer(ctx context.Context, stream string, consumer string) (Consumer, error)
		DeleteConsumer(ctx context.Context, stream string, consumer string) error
		CreateOrUpdatePushConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (PushConsumer, error)
		CreatePushConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (PushConsumer, error)
		UpdatePushConsumer(ctx context.Context, stream string, cfg ConsumerConfig) (PushConsumer, error)
		PushConsumer(ctx context.Context, stream string, consumer string) (PushConsumer, error)
	}

	// Stream contains CRUD methods on a consumer via [ConsumerManager], as
	// well as operations on an existing stream. (Trimmed.)
	Stream interface {
		ConsumerManager

		Info(ctx context.Context, opts ...StreamInfoOpt) (*StreamInfo, error)
		CachedInfo() *StreamInfo
	}

	// ConsumerManager provides CRUD API for managing consumers. (Trimmed.)
	ConsumerManager interface {
		CreateOrUpdateConsumer(ctx context.Context, cfg ConsumerConfig) (Consumer, error)
		CreateConsumer(ctx context.Context, cfg ConsumerConfig) (Consumer, error)
		UpdateConsumer(ctx context.Context, cfg ConsumerConfig) (Consumer, error)
		OrderedConsumer(ctx context.Context, cfg OrderedConsumerConfig) (Consumer, error)
		Consumer(ctx context.Context, consumer string) (Consumer, error)
		DeleteConsumer(ctx context.Context, consumer string) error
		CreateOrUpdatePushConsumer(ctx context.Context, cfg ConsumerConfig) (PushConsumer, error)
		CreatePushConsumer(ctx context.Context, cfg ConsumerConfig) (PushConsumer, error)
		UpdatePushConsumer(ctx context.Context, cfg ConsumerConfig) (PushConsumer, error)
		PushConsumer(ctx context.Context, consumer string) (PushConsumer, error)
	}

	// Consumer contains methods for fetching/processing messages from a
	// stream, as well as fetching consumer info.
	Consumer interface {
		Fetch(batch int, opts ...FetchOpt) (MessageBatch, error)
		FetchBytes(maxBytes int, opts ...FetchOpt) (MessageBatch, error)
		FetchNoWait(batch int) (MessageBatch, error)
		Consume(handler MessageHandler, opts ...PullConsumeOpt) (ConsumeContext, error)
		Messages(opts ...PullMessagesOpt) (MessagesContext, error)
		Next(opts ...FetchOpt) (Msg, error)
		Info(context.Context) (*ConsumerInfo, error)
		CachedInfo() *ConsumerInfo
	}

	// PushConsumer is a consumer that delivers messages to a subject.
	PushConsumer interface {
		Consume(handler MessageHandler, opts ...PushConsumeOpt) (ConsumeContext, error)
		Info(context.Context) (*ConsumerInfo, error)
		CachedInfo() *ConsumerInfo
	}

	// MessageHandler is a handler function used as callback in [Consume].
	MessageHandler func(msg Msg)

	// ConsumeContext supports processing incoming messages from a stream.
	ConsumeContext interface {
		Stop()
		Drain()
		Closed() <-chan struct{}
	}

	// MessagesContext supports iterating over a messages on a stream.
	MessagesContext interface {
		Next(opts ...NextOpt) (Msg, error)
		Stop()
		Drain()
	}

	// MessageBatch provides methods to retrieve messages consumed using [Consumer.Fetch].
	MessageBatch interface {
		Messages() <-chan Msg
		Error() error
	}

	// Msg contains methods to operate on a JetStream message. (Trimmed.)
	Msg interface {
		Data() []byte
		Headers() nats.Header
		Subject() string
		Reply() string
		Ack() error
		Nak() error
		Term() error
	}

	// PullConsumeOpt represent additional options used in [Consumer.Consume].
	PullConsumeOpt interface {
		configureConsume(*consumeOpts) error
	}

	// PullMessagesOpt represent additional options used in [Consumer.Messages].
	PullMessagesOpt interface {
		configureMessages(*consumeOpts) error
	}

	// PushConsumeOpt represent additional options used in [PushConsumer.Consume].
	PushConsumeOpt interface {
		configurePushConsume(*pushConsumeOpts) error
	}

	// NextOpt is an option for [MessagesContext.Next].
	NextOpt interface {
		configureNext(*nextOpts)
	}

	consumeOpts     struct{}
	pushConsumeOpts struct{}
	nextOpts        struct{}
	pullRequest     struct{}
	pubOpts         struct{}
	streamInfoReq   struct{}

	// FetchOpt is a function setting options for [Consumer.Fetch] and
	// [Consumer.FetchBytes].
	FetchOpt func(*pullRequest) error

	// PublishOpt are the options that can be passed to Publish methods.
	PublishOpt func(*pubOpts) error

	// StreamInfoOpt is a function setting options for [Stream.Info].
	StreamInfoOpt func(*streamInfoReq) error

	// JetStreamOpt is a functional option for [New], [NewWithAPIPrefix] and
	// [NewWithDomain] methods.
	JetStreamOpt func(*JetStreamOptions) error

	// JetStreamOptions are used to configure JetStream. (Trimmed.)
	JetStreamOptions struct {
		DefaultTimeout time.Duration
	}

	// AccountInfo contains information about the JetStream usage from the
	// current account. (Trimmed.)
	AccountInfo struct {
		Domain string `json:"domain"`
	}

	// PubAck is an ack received after successfully publishing a message.
	PubAck struct {
		Stream    string `json:"stream"`
		Sequence  uint64 `json:"seq"`
		Duplicate bool   `json:"duplicate,omitempty"`
		Domain    string `json:"domain,omitempty"`
	}

	// PubAckFuture is a future for a PubAck.
	PubAckFuture interface {
		Ok() <-chan *PubAck
		Err() <-chan error
		Msg() *nats.Msg
	}

	// StreamConfig is the configuration of a JetStream stream. (Trimmed.)
	StreamConfig struct {
		Name        string   `json:"name"`
		Description string   `json:"description,omitempty"`
		Subjects    []string `json:"subjects,omitempty"`
	}

	// StreamInfo shows config and current state for this stream. (Trimmed.)
	StreamInfo struct {
		Config  StreamConfig `json:"config"`
		Created time.Time    `json:"created"`
	}

	// ConsumerConfig is the configuration of a JetStream consumer. (Trimmed.)
	ConsumerConfig struct {
		Name           string        `json:"name,omitempty"`
		Durable        string        `json:"durable_name,omitempty"`
		Description    string        `json:"description,omitempty"`
		DeliverPolicy  DeliverPolicy `json:"deliver_policy"`
		AckPolicy      AckPolicy     `json:"ack_policy"`
		AckWait        time.Duration `json:"ack_wait,omitempty"`
		MaxDeliver     int           `json:"max_deliver,omitempty"`
		FilterSubject  string        `json:"filter_subject,omitempty"`
		MaxAckPending  int           `json:"max_ack_pending,omitempty"`
		FilterSubjects []string      `json:"filter_subjects,omitempty"`
		DeliverSubject string        `json:"deliver_subject,omitempty"`
		DeliverGroup   string        `json:"deliver_group,omitempty"`
	}

	// OrderedConsumerConfig is the configuration of an ordered JetStream
	// consumer. (Trimmed.)
	OrderedConsumerConfig struct {
		FilterSubjects []string      `json:"filter_subjects,omitempty"`
		DeliverPolicy  DeliverPolicy `json:"deliver_policy"`
	}

	// ConsumerInfo is the detailed information about a JetStream consumer. (Trimmed.)
	ConsumerInfo struct {
		Stream string         `json:"stream_name"`
		Name   string         `json:"name"`
		Config ConsumerConfig `json:"config"`
	}

	// DeliverPolicy determines from which point to start delivering messages.
	DeliverPolicy int

	// AckPolicy determines how the consumer should acknowledge delivered
	// messages.
	AckPolicy int
)

const (
	// DeliverAllPolicy starts delivering messages from the very beginning of a
	// stream.
	DeliverAllPolicy DeliverPolicy = iota
	// DeliverLastPolicy will start the consumer with the last sequence
	// received.
	DeliverLastPolicy
	// DeliverNewPolicy will only deliver new messages that are sent after the
	// consumer is created.
	DeliverNewPolicy
)

const (
	// AckExplicitPolicy requires ack or nack for all messages.
	AckExplicitPolicy AckPolicy = iota
	// AckAllPolicy when acking a sequence number, this implicitly acks all
	// sequences below this one as well.
	AckAllPolicy
	// AckNonePolicy requires no acks for delivered messages.
	AckNonePolicy
)

// New returns a new JetStream instance.
func New(nc *nats.Conn, opts ...JetStreamOpt) (JetStream, error) { return nil, nil }
