// Package kafka is a minimal stub of github.com/segmentio/kafka-go (checked against v0.4.51).
package kafka

import (
	"context"
	"net"
	"time"
)

// Header is a key/value pair type representing headers set on records.
// (In the real library this is an alias of protocol.Header.)
type Header struct {
	Key   string
	Value []byte
}

// Message is a data structure representing kafka messages.
type Message struct {
	Topic         string
	Partition     int
	Offset        int64
	HighWaterMark int64
	Key           []byte
	Value         []byte
	Headers       []Header
	WriterData    interface{}
	Time          time.Time
}

// TCP constructs an address with the network set to "tcp".
func TCP(address ...string) net.Addr {
	return &net.TCPAddr{}
}

// Balancer is the interface implemented by types that distribute messages
// across partitions.
type Balancer interface {
	Balance(msg Message, partitions ...int) (partition int)
}

// LeastBytes is a Balancer implementation that routes messages to the
// partition that has received the least amount of data.
type LeastBytes struct {
	counters []int64
}

// Balance satisfies the Balancer interface.
func (lb *LeastBytes) Balance(msg Message, partitions ...int) int { return 0 }

// RoundRobin is a Balancer implementation that equally distributes messages
// across all available partitions.
type RoundRobin struct {
	ChunkSize int
}

// Balance satisfies the Balancer interface.
func (rr *RoundRobin) Balance(msg Message, partitions ...int) int { return 0 }

// RequiredAcks is the number of acknowledgements required.
type RequiredAcks int

const (
	RequireNone RequiredAcks = 0
	RequireOne  RequiredAcks = 1
	RequireAll  RequiredAcks = -1
)

// Writer implements the logic to write messages to kafka topics.
type Writer struct {
	Addr         net.Addr
	Topic        string
	Balancer     Balancer
	MaxAttempts  int
	BatchSize    int
	BatchBytes   int64
	BatchTimeout time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	RequiredAcks RequiredAcks
	Async        bool
	Completion   func(messages []Message, err error)

	AllowAutoTopicCreation bool
}

// WriteMessages writes a batch of messages to the kafka topic configured on this writer.
func (w *Writer) WriteMessages(ctx context.Context, msgs ...Message) error { return nil }

// Close flushes pending writes, and waits for all writes to complete before
// returning.
func (w *Writer) Close() error { return nil }

// Dialer is like the net.Dialer API but for opening connections to kafka servers.
type Dialer struct {
	ClientID  string
	Timeout   time.Duration
	Deadline  time.Time
	KeepAlive time.Duration
}

// ReaderConfig is a configuration object used to create new instances of Reader.
type ReaderConfig struct {
	Brokers                []string
	GroupID                string
	GroupTopics            []string
	Topic                  string
	Partition              int
	Dialer                 *Dialer
	QueueCapacity          int
	MinBytes               int
	MaxBytes               int
	MaxWait                time.Duration
	ReadBatchTimeout       time.Duration
	ReadLagInterval        time.Duration
	HeartbeatInterval      time.Duration
	CommitInterval         time.Duration
	PartitionWatchInterval time.Duration
	WatchPartitionChanges  bool
	SessionTimeout         time.Duration
	RebalanceTimeout       time.Duration
	JoinGroupBackoff       time.Duration
	RetentionTime          time.Duration
	StartOffset            int64
	ReadBackoffMin         time.Duration
	ReadBackoffMax         time.Duration
	MaxAttempts            int
}

// Reader provides a high-level API for consuming messages from kafka.
type Reader struct {
	config ReaderConfig
}

// NewReader creates and returns a new Reader configured with config.
func NewReader(config ReaderConfig) *Reader { return &Reader{config: config} }

// Close closes the stream, preventing the program from reading any more
// messages from it.
func (r *Reader) Close() error { return nil }

// ReadMessage reads and return the next message from the r.
func (r *Reader) ReadMessage(ctx context.Context) (Message, error) { return Message{}, nil }

// FetchMessage reads and return the next message from the r.
func (r *Reader) FetchMessage(ctx context.Context) (Message, error) { return Message{}, nil }

// CommitMessages commits the list of messages passed as argument.
func (r *Reader) CommitMessages(ctx context.Context, msgs ...Message) error { return nil }

// WriterConfig is a configuration type used to create new instances of Writer.
// (Trimmed.)
//
// DEPRECATED: writer values should be configured directly by assigning their
// exported fields.
type WriterConfig struct {
	Brokers      []string
	Topic        string
	Dialer       *Dialer
	Balancer     Balancer
	MaxAttempts  int
	BatchSize    int
	BatchBytes   int
	BatchTimeout time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	RequiredAcks int
	Async        bool
}

// NewWriter creates and returns a new Writer configured with config.
//
// DEPRECATED: Writer value can be instantiated and configured directly.
func NewWriter(config WriterConfig) *Writer {
	return &Writer{Topic: config.Topic, Balancer: config.Balancer, MaxAttempts: config.MaxAttempts}
}

// Conn represents a connection to a kafka broker.
type Conn struct {
	topic     string
	partition int32
}

// DialLeader opens a connection to the leader of the partition for a given
// topic.
func DialLeader(ctx context.Context, network string, address string, topic string, partition int) (*Conn, error) {
	return &Conn{topic: topic, partition: int32(partition)}, nil
}

// DialLeader opens a connection to the leader of the partition for a given
// topic.
func (d *Dialer) DialLeader(ctx context.Context, network string, address string, topic string, partition int) (*Conn, error) {
	return &Conn{topic: topic, partition: int32(partition)}, nil
}

// Close closes the kafka connection.
func (c *Conn) Close() error { return nil }

// SetWriteDeadline sets the deadline for future Write calls.
func (c *Conn) SetWriteDeadline(t time.Time) error { return nil }

// SetReadDeadline sets the deadline for future Read calls.
func (c *Conn) SetReadDeadline(t time.Time) error { return nil }

// WriteMessages writes a batch of messages to the connection's topic and
// partition, returning the number of bytes written.
func (c *Conn) WriteMessages(msgs ...Message) (int, error) { return 0, nil }

// ReadMessage reads the message at the current offset from the connection.
func (c *Conn) ReadMessage(maxBytes int) (Message, error) { return Message{}, nil }

// ReadBatch reads a batch of messages from the kafka server.
func (c *Conn) ReadBatch(minBytes, maxBytes int) *Batch { return &Batch{} }

// A Batch is an iterator over a sequence of messages fetched from a kafka
// server.
type Batch struct {
	offset int64
}

// ReadMessage reads and return the next message from the batch.
func (batch *Batch) ReadMessage() (Message, error) { return Message{}, nil }

// Close closes the batch, releasing the connection lock.
func (batch *Batch) Close() error { return nil }
