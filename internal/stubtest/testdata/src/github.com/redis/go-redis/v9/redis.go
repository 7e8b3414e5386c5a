// Package redis is a minimal stub of github.com/redis/go-redis/v9 (checked against v9.22.0).
package redis

import (
	"context"
	"time"
)

// Options keeps the settings to set up a redis connection.
type Options struct {
	Addr     string
	Username string
	Password string
	DB       int

	MaxRetries int

	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	// ContextTimeoutEnabled controls whether the client respects context timeouts and deadlines.
	ContextTimeoutEnabled bool

	PoolSize    int
	PoolTimeout time.Duration
}

// ClusterOptions are used to configure a cluster client.
type ClusterOptions struct {
	Addrs    []string
	Password string

	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	// ContextTimeoutEnabled controls whether the client respects context timeouts and deadlines.
	ContextTimeoutEnabled bool

	PoolSize    int
	PoolTimeout time.Duration
}

// UniversalOptions information is required by UniversalClient to establish
// connections.
type UniversalOptions struct {
	Addrs    []string
	DB       int
	Password string

	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	// ContextTimeoutEnabled controls whether the client respects context timeouts and deadlines.
	ContextTimeoutEnabled bool

	PoolSize    int
	PoolTimeout time.Duration

	MasterName string
}

// Cmder is implemented by all command types.
type Cmder interface {
	Name() string
	FullName() string
	Args() []interface{}
	String() string
	Err() error
}

// Cmdable is the command interface (heavily trimmed; the real one has hundreds of methods).
type Cmdable interface {
	Ping(ctx context.Context) *StatusCmd
	Get(ctx context.Context, key string) *StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	Del(ctx context.Context, keys ...string) *IntCmd
	HGetAll(ctx context.Context, key string) *MapStringStringCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
	Incr(ctx context.Context, key string) *IntCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	SInterStore(ctx context.Context, destination string, keys ...string) *IntCmd
	Publish(ctx context.Context, channel string, message interface{}) *IntCmd

	// Added for the messaging catalog; the real Publish is declared in PubSubCmdable.
	PubSubCmdable
	StreamCmdable
}

// cmdable is embedded in Client and ClusterClient; the Redis command methods
// are declared on it (value receiver), as in the real library.
type cmdable func(ctx context.Context, cmd Cmder) error

func (c cmdable) Ping(ctx context.Context) *StatusCmd { return &StatusCmd{} }

func (c cmdable) Get(ctx context.Context, key string) *StringCmd { return &StringCmd{} }

func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}

func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd { return &IntCmd{} }

func (c cmdable) HGetAll(ctx context.Context, key string) *MapStringStringCmd {
	return &MapStringStringCmd{}
}

func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}

func (c cmdable) Incr(ctx context.Context, key string) *IntCmd { return &IntCmd{} }

func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return &BoolCmd{}
}

// BoolCmd is the result of SetNX.
type BoolCmd struct {
	baseCmd

	val bool
}

func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }
func (cmd *BoolCmd) Val() bool             { return cmd.val }

func (c cmdable) SInterStore(ctx context.Context, destination string, keys ...string) *IntCmd {
	return &IntCmd{}
}

// MapStringStringCmd is the result of HGetAll.
type MapStringStringCmd struct {
	baseCmd

	val map[string]string
}

func (c cmdable) Publish(ctx context.Context, channel string, message interface{}) *IntCmd {
	return &IntCmd{}
}

type baseClient struct {
	opt *Options
}

// Client is a Redis client representing a pool of zero or more underlying connections.
type Client struct {
	*baseClient
	cmdable
	ctx context.Context
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client {
	return &Client{baseClient: &baseClient{opt: opt}, ctx: context.Background()}
}

// ParseURL parses a URL into Options that can be used to connect to Redis.
// Scheme is required: redis://<user>:<password>@<host>:<port>/<db_number>.
func ParseURL(redisURL string) (*Options, error) {
	return &Options{Addr: redisURL}, nil
}

// Close closes the client, releasing any open resources.
func (c *Client) Close() error { return nil }

// WithTimeout returns a shallow copy of the client with the given read/write timeout.
func (c *Client) WithTimeout(timeout time.Duration) *Client { return c }

// Process executes cmd.
func (c *Client) Process(ctx context.Context, cmd Cmder) error { return nil }

// Subscribe subscribes the client to the specified channels.
func (c *Client) Subscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

// PSubscribe subscribes the client to the given patterns.
func (c *Client) PSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

// ClusterClient is a Redis Cluster client.
type ClusterClient struct {
	opt *ClusterOptions
	cmdable
}

// NewClusterClient returns a Redis Cluster client as described in
// http://redis.io/topics/cluster-spec.
func NewClusterClient(opt *ClusterOptions) *ClusterClient { return &ClusterClient{opt: opt} }

// Close closes the cluster client.
func (c *ClusterClient) Close() error { return nil }

// Process executes cmd.
func (c *ClusterClient) Process(ctx context.Context, cmd Cmder) error { return nil }

// Subscribe subscribes the client to the specified channels.
func (c *ClusterClient) Subscribe(ctx context.Context, channels ...string) *PubSub {
	return &PubSub{}
}

// PSubscribe subscribes the client to the given patterns.
func (c *ClusterClient) PSubscribe(ctx context.Context, channels ...string) *PubSub {
	return &PubSub{}
}

// UniversalClient is an abstract client which - based on the provided options -
// represents either a ClusterClient, a FailoverClient, or a single-node Client.
// (Trimmed: the real interface has more methods.)
type UniversalClient interface {
	Cmdable
	Process(ctx context.Context, cmd Cmder) error
	Subscribe(ctx context.Context, channels ...string) *PubSub
	PSubscribe(ctx context.Context, channels ...string) *PubSub
	SSubscribe(ctx context.Context, channels ...string) *PubSub // added for the messaging catalog
	Close() error
}

var (
	_ UniversalClient = (*Client)(nil)
	_ UniversalClient = (*ClusterClient)(nil)
)

// NewUniversalClient returns a new multi client.
func NewUniversalClient(opts *UniversalOptions) UniversalClient {
	if len(opts.Addrs) > 1 {
		return NewClusterClient(&ClusterOptions{Addrs: opts.Addrs})
	}
	return NewClient(&Options{DB: opts.DB})
}

// PubSub implements Pub/Sub commands.
type PubSub struct {
	closed bool
}

// Message received as result of a PUBLISH command issued by another client.
type Message struct {
	Channel      string
	Pattern      string
	Payload      string
	PayloadSlice []string
}

// Close closes the PubSub.
func (c *PubSub) Close() error { return nil }

// ReceiveMessage returns a Message or error ignoring Subscription and Pong
// messages.
func (c *PubSub) ReceiveMessage(ctx context.Context) (*Message, error) { return &Message{}, nil }

// ---- commands ----

type baseCmd struct {
	ctx  context.Context
	args []interface{}
	err  error
}

func (cmd *baseCmd) Name() string        { return "" }
func (cmd *baseCmd) FullName() string    { return "" }
func (cmd *baseCmd) Args() []interface{} { return cmd.args }
func (cmd *baseCmd) Err() error          { return cmd.err }

// StatusCmd is a command returning a status string.
type StatusCmd struct {
	baseCmd

	val string
}

var _ Cmder = (*StatusCmd)(nil)

func (cmd *StatusCmd) Val() string             { return cmd.val }
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }
func (cmd *StatusCmd) String() string          { return cmd.val }

// IntCmd is a command returning an integer.
type IntCmd struct {
	baseCmd

	val int64
}

var _ Cmder = (*IntCmd)(nil)

func (cmd *IntCmd) Val() int64             { return cmd.val }
func (cmd *IntCmd) Result() (int64, error) { return cmd.val, cmd.err }
func (cmd *IntCmd) String() string         { return "" }

// StringCmd is a command returning a string.
type StringCmd struct {
	baseCmd

	val string
}

var _ Cmder = (*StringCmd)(nil)

func (cmd *StringCmd) Val() string             { return cmd.val }
func (cmd *StringCmd) Result() (string, error) { return cmd.val, cmd.err }
func (cmd *StringCmd) String() string          { return cmd.val }

// The declarations below were added for the messaging catalog, checked
// against v9.23.0.

// PubSubCmdable is the pub/sub command interface. (Trimmed.)
type PubSubCmdable interface {
	Publish(ctx context.Context, channel string, message interface{}) *IntCmd
	SPublish(ctx context.Context, channel string, message interface{}) *IntCmd
}

// StreamCmdable is the stream command interface. (Trimmed.)
type StreamCmdable interface {
	XAdd(ctx context.Context, a *XAddArgs) *StringCmd
	XRead(ctx context.Context, a *XReadArgs) *XStreamSliceCmd
	XReadStreams(ctx context.Context, streams ...string) *XStreamSliceCmd
	XReadGroup(ctx context.Context, a *XReadGroupArgs) *XStreamSliceCmd
	XAck(ctx context.Context, stream, group string, ids ...string) *IntCmd
	XGroupCreateMkStream(ctx context.Context, stream, group, start string) *StatusCmd
}

func (c cmdable) SPublish(ctx context.Context, channel string, message interface{}) *IntCmd {
	return &IntCmd{}
}

// XAddArgs accepts values in the following formats (trimmed).
type XAddArgs struct {
	Stream     string
	NoMkStream bool
	MaxLen     int64 // MAXLEN N
	MinID      string
	Approx     bool
	Limit      int64
	ID         string
	Values     interface{}
}

func (c cmdable) XAdd(ctx context.Context, a *XAddArgs) *StringCmd { return &StringCmd{} }

// XReadArgs are the arguments of XRead. (Trimmed.)
type XReadArgs struct {
	Streams []string // list of streams and ids, e.g. stream1 stream2 id1 id2
	Count   int64
	Block   time.Duration
	ID      string
}

func (c cmdable) XRead(ctx context.Context, a *XReadArgs) *XStreamSliceCmd {
	return &XStreamSliceCmd{}
}

func (c cmdable) XReadStreams(ctx context.Context, streams ...string) *XStreamSliceCmd {
	return c.XRead(ctx, &XReadArgs{Streams: streams, Block: -1})
}

// XReadGroupArgs are the arguments of XReadGroup. (Trimmed.)
type XReadGroupArgs struct {
	Group    string
	Consumer string
	Streams  []string // list of streams and ids, e.g. stream1 stream2 id1 id2
	Count    int64
	Block    time.Duration
	NoAck    bool
}

func (c cmdable) XReadGroup(ctx context.Context, a *XReadGroupArgs) *XStreamSliceCmd {
	return &XStreamSliceCmd{}
}

func (c cmdable) XAck(ctx context.Context, stream, group string, ids ...string) *IntCmd {
	return &IntCmd{}
}

func (c cmdable) XGroupCreateMkStream(ctx context.Context, stream, group, start string) *StatusCmd {
	return &StatusCmd{}
}

// SSubscribe Subscribes the client to the specified shard channels.
func (c *Client) SSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }

// SSubscribe Subscribes the client to the specified shard channels.
func (c *ClusterClient) SSubscribe(ctx context.Context, channels ...string) *PubSub {
	return &PubSub{}
}

// Subscribe the client to the specified channels.
func (c *PubSub) Subscribe(ctx context.Context, channels ...string) error { return nil }

// PSubscribe the client to the given patterns.
func (c *PubSub) PSubscribe(ctx context.Context, patterns ...string) error { return nil }

// ChannelOption configures the channel a PubSub delivers on.
type ChannelOption func(c *channel)

type channel struct{}

// Channel returns a Go channel for concurrently receiving messages.
func (c *PubSub) Channel(opts ...ChannelOption) <-chan *Message { return make(chan *Message) }

// XMessage is one entry of a stream.
type XMessage struct {
	ID     string
	Values map[string]interface{}
}

// XStream is the entries read from one stream.
type XStream struct {
	Stream   string
	Messages []XMessage
}

// XStreamSliceCmd is a command returning the entries of several streams.
type XStreamSliceCmd struct {
	baseCmd

	val []XStream
}

var _ Cmder = (*XStreamSliceCmd)(nil)

func (cmd *XStreamSliceCmd) Val() []XStream             { return cmd.val }
func (cmd *XStreamSliceCmd) Result() ([]XStream, error) { return cmd.val, cmd.err }
func (cmd *XStreamSliceCmd) String() string             { return "" }
