// Package nats is a minimal stub of github.com/nats-io/nats.go (checked against v1.53.1).
package nats

import (
	"context"
	"time"
)

// DefaultURL is the default server URL.
const DefaultURL = "nats://127.0.0.1:4222"

// Option is a function on the options for a connection.
type Option func(*Options) error

// Options can be used to create a customized connection.
type Options struct {
	Url            string
	Servers        []string
	Name           string
	MaxReconnect   int
	ReconnectWait  time.Duration
	Timeout        time.Duration
	DrainTimeout   time.Duration
	FlusherTimeout time.Duration
}

// Name is an Option to set the client name.
func Name(name string) Option {
	return func(o *Options) error { o.Name = name; return nil }
}

// ReconnectWait is an Option to set the wait time between reconnect attempts.
func ReconnectWait(t time.Duration) Option {
	return func(o *Options) error { o.ReconnectWait = t; return nil }
}

// MaxReconnects is an Option to set the maximum number of reconnect attempts.
func MaxReconnects(max int) Option {
	return func(o *Options) error { o.MaxReconnect = max; return nil }
}

// Timeout is an Option to set the timeout for Dial on a connection.
func Timeout(t time.Duration) Option {
	return func(o *Options) error { o.Timeout = t; return nil }
}

// Header represents the optional Header for a NATS message.
type Header map[string][]string

// Msg represents a message delivered by NATS.
type Msg struct {
	Subject string
	Reply   string
	Header  Header
	Data    []byte
	Sub     *Subscription
}

// Respond allows a convenient way to respond to requests in service based subscriptions.
func (m *Msg) Respond(data []byte) error { return nil }

// MsgHandler is a callback function that processes messages delivered to
// asynchronous subscribers.
type MsgHandler func(msg *Msg)

// Subscription represents interest in a given subject.
type Subscription struct {
	Subject string
	Queue   string
}

// Unsubscribe will remove interest in the given subject.
func (s *Subscription) Unsubscribe() error { return nil }

// NextMsg will return the next message available to a synchronous subscriber
// or block until one is available.
func (s *Subscription) NextMsg(timeout time.Duration) (*Msg, error) { return &Msg{}, nil }

// NextMsgWithContext takes a context and returns the next message available
// to a synchronous subscriber, blocking until it is delivered or context gets canceled.
func (s *Subscription) NextMsgWithContext(ctx context.Context) (*Msg, error) { return &Msg{}, nil }

// Conn represents a bare connection to a nats-server.
type Conn struct {
	Opts Options
}

// Connect will attempt to connect to the NATS system.
func Connect(url string, options ...Option) (*Conn, error) {
	return &Conn{Opts: Options{Url: url}}, nil
}

// Publish publishes the data argument to the given subject.
func (nc *Conn) Publish(subj string, data []byte) error { return nil }

// PublishMsg publishes the Msg structure.
func (nc *Conn) PublishMsg(m *Msg) error { return nil }

// RequestMsg will send a request payload including optional headers and deliver
// the response message, or an error, including a timeout if no message was received properly.
func (nc *Conn) RequestMsg(msg *Msg, timeout time.Duration) (*Msg, error) { return &Msg{}, nil }

// Request will send a request payload and deliver the response message,
// or an error, including a timeout if no message was received properly.
func (nc *Conn) Request(subj string, data []byte, timeout time.Duration) (*Msg, error) {
	return &Msg{}, nil
}

// RequestWithContext takes a context, a subject and payload
// in bytes and request expecting a single response.
func (nc *Conn) RequestWithContext(ctx context.Context, subj string, data []byte) (*Msg, error) {
	return &Msg{}, nil
}

// RequestMsgWithContext takes a context, a subject and payload
// in bytes and request expecting a single response.
func (nc *Conn) RequestMsgWithContext(ctx context.Context, msg *Msg) (*Msg, error) {
	return &Msg{}, nil
}

// Subscribe will express interest in the given subject.
func (nc *Conn) Subscribe(subj string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{Subject: subj}, nil
}

// SubscribeSync will express interest on the given subject.
func (nc *Conn) SubscribeSync(subj string) (*Subscription, error) {
	return &Subscription{Subject: subj}, nil
}

// FlushTimeout allows a Flush operation to have an associated timeout.
func (nc *Conn) FlushTimeout(timeout time.Duration) (err error) { return nil }

// Flush will perform a round trip to the server and return when it
// receives the internal reply.
func (nc *Conn) Flush() error { return nil }

// FlushWithContext will allow a context to control the duration
// of a Flush() call.
func (nc *Conn) FlushWithContext(ctx context.Context) error { return nil }

// Close will close the connection to the server.
func (nc *Conn) Close() {}

// Drain will put a connection into a drain state.
func (nc *Conn) Drain() error { return nil }

// The declarations below were added for the messaging catalog, checked
// against v1.55.0.

// NewMsg creates a message for publishing that will use headers.
func NewMsg(subject string) *Msg { return &Msg{Subject: subject, Header: make(Header)} }

// PublishRequest will perform a Publish() expecting a response on the
// reply subject.
func (nc *Conn) PublishRequest(subj, reply string, data []byte) error { return nil }

// ChanSubscribe will express interest in the given subject and place
// all messages received on the channel.
func (nc *Conn) ChanSubscribe(subj string, ch chan *Msg) (*Subscription, error) {
	return &Subscription{Subject: subj}, nil
}

// ChanQueueSubscribe will express interest in the given subject.
// All subscribers with the same queue name will form the queue group.
func (nc *Conn) ChanQueueSubscribe(subj, group string, ch chan *Msg) (*Subscription, error) {
	return &Subscription{Subject: subj, Queue: group}, nil
}

// QueueSubscribe creates an asynchronous queue subscriber on the given subject.
func (nc *Conn) QueueSubscribe(subj, queue string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{Subject: subj, Queue: queue}, nil
}

// QueueSubscribeSync creates a synchronous queue subscriber on the given
// subject.
func (nc *Conn) QueueSubscribeSync(subj, queue string) (*Subscription, error) {
	return &Subscription{Subject: subj, Queue: queue}, nil
}

// JetStream returns a JetStreamContext for messaging and stream management.
//
// NOTE: JetStreamContext is part of legacy API.
func (nc *Conn) JetStream(opts ...JSOpt) (JetStreamContext, error) { return nil, nil }

// JSOpt configures a JetStreamContext.
type JSOpt interface {
	configureJSContext(opts *jsOpts) error
}

type jsOpts struct{}

// PubOpt configures options for publishing JetStream messages.
type PubOpt interface {
	configurePublish(opts *pubOpts) error
}

type pubOpts struct{}

// SubOpt configures options for subscribing to JetStream consumers.
type SubOpt interface {
	configureSubscribe(opts *subOpts) error
}

type subOpts struct{}

type subOptFn func(opts *subOpts) error

func (opt subOptFn) configureSubscribe(opts *subOpts) error { return opt(opts) }

// Durable defines the consumer name for JetStream durable subscribers.
func Durable(consumer string) SubOpt { return subOptFn(func(*subOpts) error { return nil }) }

// ManualAck disables auto ack functionality for async subscriptions.
func ManualAck() SubOpt { return subOptFn(func(*subOpts) error { return nil }) }

// BindStream binds a consumer to a stream explicitly based on a name.
func BindStream(stream string) SubOpt { return subOptFn(func(*subOpts) error { return nil }) }

// PullOpt are the options that can be passed when pulling a batch of messages.
type PullOpt interface {
	configurePull(opts *pullOpts) error
}

type pullOpts struct{}

// Fetch pulls a batch of messages from a stream for a pull consumer.
func (sub *Subscription) Fetch(batch int, opts ...PullOpt) ([]*Msg, error) { return nil, nil }

// PubAck is an ack received after successfully publishing a message.
type PubAck struct {
	Stream    string `json:"stream"`
	Sequence  uint64 `json:"seq"`
	Duplicate bool   `json:"duplicate,omitempty"`
	Domain    string `json:"domain,omitempty"`
}

// PubAckFuture is a future for a PubAck.
type PubAckFuture interface {
	Ok() <-chan *PubAck
	Err() <-chan error
	Msg() *Msg
}

// JetStream allows persistent messaging through JetStream.
//
// NOTE: JetStream is part of legacy API.
type JetStream interface {
	Publish(subj string, data []byte, opts ...PubOpt) (*PubAck, error)
	PublishMsg(m *Msg, opts ...PubOpt) (*PubAck, error)
	PublishAsync(subj string, data []byte, opts ...PubOpt) (PubAckFuture, error)
	PublishMsgAsync(m *Msg, opts ...PubOpt) (PubAckFuture, error)
	PublishAsyncPending() int
	PublishAsyncComplete() <-chan struct{}
	CleanupPublisher()
	Subscribe(subj string, cb MsgHandler, opts ...SubOpt) (*Subscription, error)
	SubscribeSync(subj string, opts ...SubOpt) (*Subscription, error)
	ChanSubscribe(subj string, ch chan *Msg, opts ...SubOpt) (*Subscription, error)
	ChanQueueSubscribe(subj, queue string, ch chan *Msg, opts ...SubOpt) (*Subscription, error)
	QueueSubscribe(subj, queue string, cb MsgHandler, opts ...SubOpt) (*Subscription, error)
	QueueSubscribeSync(subj, queue string, opts ...SubOpt) (*Subscription, error)
	PullSubscribe(subj, durable string, opts ...SubOpt) (*Subscription, error)
}

// JetStreamContext allows JetStream messaging and stream management.
// (Trimmed: KeyValueManager and ObjectStoreManager are left out.)
//
// NOTE: JetStreamContext is part of legacy API.
type JetStreamContext interface {
	JetStream
	JetStreamManager
}

// JetStreamManager manages JetStream Streams and Consumers. (Trimmed.)
type JetStreamManager interface {
	AddStream(cfg *StreamConfig, opts ...JSOpt) (*StreamInfo, error)
	UpdateStream(cfg *StreamConfig, opts ...JSOpt) (*StreamInfo, error)
	DeleteStream(name string, opts ...JSOpt) error
	StreamInfo(stream string, opts ...JSOpt) (*StreamInfo, error)
}

// StreamConfig will determine the properties for a stream. (Trimmed.)
type StreamConfig struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Subjects    []string `json:"subjects,omitempty"`
}

// StreamInfo shows config and current state for this stream. (Trimmed.)
type StreamInfo struct {
	Config  StreamConfig `json:"config"`
	Created time.Time    `json:"created"`
}

// Encoder interface is for all register encoders.
//
// Deprecated: Encoded connections are no longer supported.
type Encoder interface {
	Encode(subject string, v any) ([]byte, error)
	Decode(subject string, data []byte, vPtr any) error
}

// Indexed names into the Registered Encoders.
const (
	JSON_ENCODER    = "json"
	GOB_ENCODER     = "gob"
	DEFAULT_ENCODER = "default"
)

// EncodedConn are the preferred way to interface with NATS.
//
// Deprecated: Encoded connections are no longer supported.
type EncodedConn struct {
	Conn *Conn
	Enc  Encoder
}

// NewEncodedConn will wrap an existing Connection and utilize the appropriate registered
// encoder.
//
// Deprecated: Encoded connections are no longer supported.
func NewEncodedConn(c *Conn, encType string) (*EncodedConn, error) {
	return &EncodedConn{Conn: c}, nil
}

// Handler is a specific callback used for Subscribe.
//
// Deprecated: Encoded connections are no longer supported.
type Handler any

// Publish publishes the data argument to the given subject.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) Publish(subject string, v any) error { return nil }

// Request will create an Inbox and perform a Request() call.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) Request(subject string, v any, vPtr any, timeout time.Duration) error {
	return nil
}

// Subscribe will create a subscription on the given subject.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) Subscribe(subject string, cb Handler) (*Subscription, error) {
	return &Subscription{Subject: subject}, nil
}

// QueueSubscribe will create a queue subscription on the given subject.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) QueueSubscribe(subject, queue string, cb Handler) (*Subscription, error) {
	return &Subscription{Subject: subject, Queue: queue}, nil
}

// BindSendChan binds a channel for send operations to NATS.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) BindSendChan(subject string, channel any) error { return nil }

// BindRecvChan binds a channel for receive operations from NATS.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) BindRecvChan(subject string, channel any) (*Subscription, error) {
	return &Subscription{Subject: subject}, nil
}

// Close will close the connection to the server.
//
// Deprecated: Encoded connections are no longer supported.
func (c *EncodedConn) Close() {}
