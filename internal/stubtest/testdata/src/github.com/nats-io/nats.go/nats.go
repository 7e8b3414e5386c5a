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
