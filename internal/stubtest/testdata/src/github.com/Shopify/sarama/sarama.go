// Package sarama is a minimal stub of github.com/Shopify/sarama (checked against v1.38.1, the last
// release before the move to github.com/IBM/sarama).
package sarama

import (
	"context"
	"time"
)

const (
	// OffsetNewest stands for the log head offset, i.e. the offset that will be
	// assigned to the next message that will be produced to the partition.
	OffsetNewest int64 = -1
	// OffsetOldest stands for the oldest offset available on the broker for a
	// partition.
	OffsetOldest int64 = -2
)

// RequiredAcks is used in Produce Requests to tell the broker how many replica acknowledgements
// it must see before responding.
type RequiredAcks int16

const (
	NoResponse   RequiredAcks = 0
	WaitForLocal RequiredAcks = 1
	WaitForAll   RequiredAcks = -1
)

// Config is used to pass multiple configuration options to Sarama's constructors.
// (Trimmed to a few of its namespaces.)
type Config struct {
	ClientID string
	Net      struct {
		DialTimeout  time.Duration
		ReadTimeout  time.Duration
		WriteTimeout time.Duration
	}
	Producer struct {
		RequiredAcks RequiredAcks
		Timeout      time.Duration
		Idempotent   bool
		Return       struct {
			Successes bool
			Errors    bool
		}
	}
	Consumer struct {
		Return struct {
			Errors bool
		}
		Offsets struct {
			Initial int64
		}
	}
}

// NewConfig returns a new configuration instance with sane defaults.
func NewConfig() *Config {
	c := &Config{}
	c.Producer.Return.Errors = true
	c.Consumer.Offsets.Initial = OffsetNewest
	return c
}

// Encoder is a simple interface for any type that can be encoded as an array of bytes
// in order to be sent as the key or value of a Kafka message.
type Encoder interface {
	Encode() ([]byte, error)
	Length() int
}

// StringEncoder implements the Encoder interface for Go strings so that they can be used
// as the Key or Value in a ProducerMessage.
type StringEncoder string

func (s StringEncoder) Encode() ([]byte, error) { return []byte(s), nil }

func (s StringEncoder) Length() int { return len(s) }

// ByteEncoder implements the Encoder interface for Go byte slices so that they can be used
// as the Key or Value in a ProducerMessage.
type ByteEncoder []byte

func (b ByteEncoder) Encode() ([]byte, error) { return b, nil }

func (b ByteEncoder) Length() int { return len(b) }

// RecordHeader stores key and value for a record header.
type RecordHeader struct {
	Key   []byte
	Value []byte
}

// ProducerMessage is the collection of elements passed to the Producer in order to send a message.
type ProducerMessage struct {
	Topic     string // The Kafka topic for this message.
	Key       Encoder
	Value     Encoder
	Headers   []RecordHeader
	Metadata  interface{}
	Offset    int64
	Partition int32
	Timestamp time.Time
}

// ProducerError is the type of error generated when the producer fails to deliver a message.
type ProducerError struct {
	Msg *ProducerMessage
	Err error
}

func (pe ProducerError) Error() string { return pe.Err.Error() }

// SyncProducer publishes Kafka messages, blocking until they have been acknowledged.
// (Trimmed: the transactional methods are left out.)
type SyncProducer interface {
	SendMessage(msg *ProducerMessage) (partition int32, offset int64, err error)
	SendMessages(msgs []*ProducerMessage) error
	Close() error
}

// AsyncProducer publishes Kafka messages using a non-blocking API.
// (Trimmed: the transactional methods are left out.)
type AsyncProducer interface {
	AsyncClose()
	Close() error
	Input() chan<- *ProducerMessage
	Successes() <-chan *ProducerMessage
	Errors() <-chan *ProducerError
}

type producer struct {
	input     chan *ProducerMessage
	successes chan *ProducerMessage
	errors    chan *ProducerError
}

func (p *producer) SendMessage(msg *ProducerMessage) (int32, int64, error) { return 0, 0, nil }
func (p *producer) SendMessages(msgs []*ProducerMessage) error             { return nil }
func (p *producer) AsyncClose()                                            {}
func (p *producer) Close() error                                           { return nil }
func (p *producer) Input() chan<- *ProducerMessage                         { return p.input }
func (p *producer) Successes() <-chan *ProducerMessage                     { return p.successes }
func (p *producer) Errors() <-chan *ProducerError                          { return p.errors }

// NewSyncProducer creates a new SyncProducer using the given broker addresses and configuration.
func NewSyncProducer(addrs []string, config *Config) (SyncProducer, error) { return &producer{}, nil }

// NewAsyncProducer creates a new AsyncProducer using the given broker addresses and configuration.
func NewAsyncProducer(addrs []string, conf *Config) (AsyncProducer, error) {
	return &producer{input: make(chan *ProducerMessage)}, nil
}

// ConsumerMessage encapsulates a Kafka message returned by the consumer.
type ConsumerMessage struct {
	Headers        []*RecordHeader
	Timestamp      time.Time
	BlockTimestamp time.Time

	Key, Value []byte
	Topic      string
	Partition  int32
	Offset     int64
}

// ConsumerError is what is provided to the user when an error occurs.
type ConsumerError struct {
	Topic     string
	Partition int32
	Err       error
}

func (ce ConsumerError) Error() string { return ce.Err.Error() }

// Consumer manages PartitionConsumers which process Kafka messages from brokers.
// (Trimmed.)
type Consumer interface {
	Topics() ([]string, error)
	Partitions(topic string) ([]int32, error)
	ConsumePartition(topic string, partition int32, offset int64) (PartitionConsumer, error)
	Close() error
}

// NewConsumer creates a new consumer using the given broker addresses and configuration.
func NewConsumer(addrs []string, config *Config) (Consumer, error) { return nil, nil }

// PartitionConsumer processes Kafka messages from a given topic and partition.
// (Trimmed.)
type PartitionConsumer interface {
	AsyncClose()
	Close() error
	Messages() <-chan *ConsumerMessage
	Errors() <-chan *ConsumerError
}

// ConsumerGroup is responsible for dividing up processing of topics and partitions
// over a collection of processes (the members of the consumer group).
// (Trimmed.)
type ConsumerGroup interface {
	Consume(ctx context.Context, topics []string, handler ConsumerGroupHandler) error
	Errors() <-chan error
	Close() error
}

// NewConsumerGroup creates a new consumer group the given broker addresses and configuration.
func NewConsumerGroup(addrs []string, groupID string, config *Config) (ConsumerGroup, error) {
	return nil, nil
}

// ConsumerGroupSession represents a consumer group member session.
// (Trimmed.)
type ConsumerGroupSession interface {
	Claims() map[string][]int32
	MemberID() string
	MarkMessage(msg *ConsumerMessage, metadata string)
	Context() context.Context
}

// ConsumerGroupHandler instances are used to handle individual topic/partition claims.
type ConsumerGroupHandler interface {
	Setup(ConsumerGroupSession) error
	Cleanup(ConsumerGroupSession) error
	ConsumeClaim(ConsumerGroupSession, ConsumerGroupClaim) error
}

// ConsumerGroupClaim processes Kafka messages from a given topic and partition within a consumer group.
type ConsumerGroupClaim interface {
	Topic() string
	Partition() int32
	InitialOffset() int64
	HighWaterMarkOffset() int64
	Messages() <-chan *ConsumerMessage
}
