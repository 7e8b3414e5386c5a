package catalog

import (
	"go/types"
	"path"
	"slices"
	"strings"
)

// This file is the catalog of messaging: which library functions publish to,
// consume from or bind a broker destination (a Kafka topic, a NATS subject,
// an AMQP exchange or queue, a Redis channel or stream, a Pub/Sub topic,
// a Dapr topic), and where each finds the destination's name: in an
// argument, in a field of a message struct, in how the value it is called
// on was made (a kafka-go Writer's Topic, a Pub/Sub Topic's id), or in the
// Go type of the event sent (watermill's CQRS). Entries are keyed by the
// full name go/types gives the function (types.Func.FullName), of the
// generic function for an instantiated one (cqrs.NewEventHandler).

// The roles of a messaging call.
const (
	RolePublish = "publish"
	RoleConsume = "consume"
	// RoleBind is an AMQP QueueBind: messages published to exchange/key
	// reach the queue.
	RoleBind = "bind"
	// RoleStream is a JetStream stream's declaration: the stream named by
	// Queue stores what is published to the subjects of Dest, and a
	// consumer made on the stream receives them.
	RoleStream = "stream"
)

// Special values of Where.Arg.
const (
	// ArgRecv is the value the method is called on.
	ArgRecv = -1
	// ArgSelf is the struct literal a Maker describes.
	ArgSelf = -2
	// ArgSent is what is sent on the channel the call returns (sarama's
	// AsyncProducer.Input() <- msg).
	ArgSent = -3
	// ArgTypeArg is the first type argument of a generic function's call,
	// written or inferred: OrderPlaced in cqrs.NewEventHandler("h",
	// func(ctx context.Context, e *OrderPlaced) error {...}). Only with
	// Type.
	ArgTypeArg = -4
)

// A Where says where a name (a topic, a queue, a routing key) is found,
// relative to a call or a struct literal. What the expression found is
// decides what is done with it: a string is a name, a []string (or a
// variadic argument) holds several, and a value of another type (a
// kafka-go Writer, a Pub/Sub Topic, an amqp Queue) stands for the
// destination it was made for: see Maker.
type Where struct {
	// Arg is the argument's index, or ArgRecv, ArgSelf or ArgSent.
	Arg int
	// Rest takes every argument from Arg on (a variadic parameter).
	Rest bool
	// Field, when set, reads this field of the struct (or the structs of
	// the slice) the argument holds, as its composite literal sets it; a
	// dotted path reads a field of a field ("TopicPartition.Topic" of a
	// confluent-kafka-go Message). A field that holds a *string is read
	// through the & that takes the string's address.
	Field string
	// Type, when set, takes the name of the Go type of what Arg points at
	// instead of its value, as "package.Type" (a pointer's element type;
	// "orders.OrderPlaced"): the name watermill's CQRS marshalers give an
	// event or command by default (cqrs.FullyQualifiedStructName), from
	// which its processor's GenerateTopic makes the topic at run time. A
	// value of an interface type is named by the types of the values
	// assigned to it, else is unknown.
	Type bool
	// Half keeps the first half of a list that holds names and then as
	// many IDs (go-redis XRead's Streams), unless the struct literal that
	// holds the list sets HalfUnless (go-redis v9's XReadArgs.ID, one ID
	// for all).
	Half       bool
	HalfUnless string
	// Prefix is written before each name found here ("stream:").
	Prefix string
	// Trim drops a name's known text up to and including the last Trim in
	// it: Pub/Sub takes "projects/P/topics/T" or "T".
	Trim string
	// Empty, when set, says what an empty name stands for: it is recorded
	// as unknown (an AMQP queue declared as "" is named by the server).
	Empty string
	// Option, when set, reads the arguments of a call of this function
	// (an option constructor, by its full name) among the arguments from
	// Arg on: go-rabbitmq's WithPublishOptionsExchange("events"),
	// franz-go's ConsumeTopics("a", "b"). Without such a call the name is
	// "" when OrEmpty is set (the library's default, AMQP's default
	// exchange), else there is none.
	Option  string
	OrEmpty bool
}

// A MessageOp is what one library function does with a broker destination.
type MessageOp struct {
	Protocol string // kafka, rocketmq, nats, amqp, redis, pubsub, watermill, dapr
	Role     string // RolePublish, RoleConsume or RoleBind
	// Dest lists where the destination names are: every place is read.
	// Fallback is read when Dest finds nothing (a kafka-go Writer without
	// a Topic takes each message's).
	Dest, Fallback []Where
	// Key, when set, is an AMQP routing key: the destination is
	// "exchange/key", the exchange from Dest ("" is the default exchange,
	// whose keys are queue names: "/invoices").
	Key []Where
	// Queue lists where a queue, queue group or consumer group is named.
	Queue []Where
	// Handler, for a consume, is where the function that handles each
	// message is handed over (nats' Subscribe(subj, cb), watermill's
	// handlerFunc); with HandlerMethod, the value whose method of that
	// name handles them (sarama's ConsumerGroupHandler.ConsumeClaim).
	// Without one, the consume is a loop's (kafka-go's ReadMessage, an
	// AMQP delivery channel): the function that makes the call handles
	// what it returns.
	Handler       []Where
	HandlerMethod string
	// Params, when not 0, is the number of parameters the function must
	// have for the entry to apply: one name for two versions of a
	// library whose signatures differ (go-rabbitmq's NewConsumer).
	Params int
	// KeyOptional skips the operation when Key names nothing (a
	// go-rabbitmq consumer binds its queue only when given a routing
	// key).
	KeyOptional bool
	// Reply, for a publish, marks a request: the caller waits for the
	// answer (NATS request/reply), a synchronous call to the subscriber
	// that gives it.
	Reply *Reply
}

// A Reply says where a request's time limit is: the duration at argument
// Timeout, or the context at argument Ctx (-1: none).
type Reply struct{ Timeout, Ctx int }

// A Maker is a function (or a struct type, for composite literals) that
// makes a value standing for one destination: kafka.NewWriter, a Pub/Sub
// client's Topic, a JetStream consumer. Its Wheres are read relative to
// the call or literal that made the value the operation uses; the value
// is always the first result.
type Maker struct {
	Dest, Fallback, Queue []Where
}

var (
	messageOps = make(map[string][]MessageOp)
	makers     = make(map[string]Maker)
	// literalMakers are keyed by the struct type's path.Name.
	literalMakers = make(map[string]Maker)
	// literalOps are what a composite literal of a type does, by the
	// type's path.Name: a JetStream StreamConfig declares a stream.
	literalOps = make(map[string]MessageOp)
	// handleFields name the field through which a value made by a Maker
	// gives its destination's name: an amqp Queue's Name.
	handleFields = make(map[string]string)
	// messagingPaths are the packages that have entries, for a fast path.
	messagingPaths = make(map[string]bool)
)

// The import paths of the messaging libraries.
const (
	KafkaGoPath   = "github.com/segmentio/kafka-go"
	NATSPath      = "github.com/nats-io/nats.go"
	JetStreamPath = "github.com/nats-io/nats.go/jetstream"
	WatermillPath = "github.com/ThreeDotsLabs/watermill/message"
	// WatermillCQRSPath is watermill's CQRS component (v1.3's generic
	// API): event and command buses, and handlers made from functions.
	WatermillCQRSPath = "github.com/ThreeDotsLabs/watermill/components/cqrs"
	// DaprServicePath is the Dapr Go SDK's service interface, which its
	// HTTP and gRPC services implement; DaprClientPath its client.
	DaprServicePath = "github.com/dapr/go-sdk/service/common"
	DaprClientPath  = "github.com/dapr/go-sdk/client"
	// watermillModule prefixes watermill and its pub/subs
	// (watermill-kafka, watermill-amqp, ...), whose Publishers and
	// Subscribers are matched by their methods' signatures.
	watermillModule = "github.com/ThreeDotsLabs/watermill"
)

// SaramaPaths, AMQPPaths, RedisPaths and PubSubPaths are the import paths of
// libraries that moved or have several major versions.
var (
	SaramaPaths = []string{"github.com/IBM/sarama", "github.com/Shopify/sarama"}
	AMQPPaths   = []string{"github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp"}
	// FranzPath is twmb/franz-go's Kafka client.
	FranzPath = "github.com/twmb/franz-go/pkg/kgo"
	// RabbitMQWrapperPath is wagslane/go-rabbitmq, a wrapper over amqp091.
	RabbitMQWrapperPath = "github.com/wagslane/go-rabbitmq"
	RedisPaths          = []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8"}
	PubSubPaths         = []string{"cloud.google.com/go/pubsub", "cloud.google.com/go/pubsub/v2"}
	// ConfluentPaths are confluent-kafka-go's v2 and v1 kafka packages.
	ConfluentPaths = []string{"github.com/confluentinc/confluent-kafka-go/v2/kafka", "github.com/confluentinc/confluent-kafka-go/kafka"}
	// DaprServerPaths are the Dapr Go SDK's HTTP and gRPC services, whose
	// *Server implements common.Service.
	DaprServerPaths = []string{"github.com/dapr/go-sdk/service/http", "github.com/dapr/go-sdk/service/grpc"}
)

func arg(i int) Where             { return Where{Arg: i} }
func field(i int, f string) Where { return Where{Arg: i, Field: f} }
func ws(w ...Where) []Where       { return w }

// op adds the operation to each method name of recv ("(*path.Type)").
func op(recv string, o MessageOp, names ...string) {
	for _, n := range names {
		full := recv + "." + n
		messageOps[full] = append(messageOps[full], o)
		messagingPaths[funcPackage(full)] = true
	}
}

func maker(full string, m Maker) {
	makers[full] = m
	messagingPaths[funcPackage(full)] = true
}

func init() {
	kafkaCatalog()
	rocketMQCatalog()
	natsCatalog()
	amqpCatalog()
	rabbitMQWrapperCatalog()
	franzCatalog()
	redisCatalog()
	watermillCatalog()
	cqrsCatalog()
	pubsubCatalog()
	confluentCatalog()
	daprCatalog()
	goQueueCatalog()
}

// GoQueueKqPath is go-zero's Kafka queue (github.com/zeromicro/go-queue).
const GoQueueKqPath = "github.com/zeromicro/go-queue/kq"

// goQueueCatalog: a Pusher publishes to the topic it was made for; a queue
// made from a KqConf consumes its Topic in its Group, handing each message
// to its handler's Consume.
func goQueueCatalog() {
	k := GoQueueKqPath
	maker(k+".NewPusher", Maker{Dest: ws(arg(1))})
	op("(*"+k+".Pusher)", MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(arg(ArgRecv))}, "Push", "PushWithKey", "KPush")
	consume := MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: ws(field(0, "Topic")), Queue: ws(field(0, "Group")),
		Handler: ws(arg(1)), HandlerMethod: "Consume"}
	op(k, consume, "MustNewQueue", "NewQueue")
}

func kafkaCatalog() {
	k := KafkaGoPath
	recv := ws(arg(ArgRecv))
	// A Writer's Topic, or, on a Writer without one, each message's.
	op("(*"+k+".Writer)", MessageOp{Protocol: "kafka", Role: RolePublish, Dest: recv,
		Fallback: ws(Where{Arg: 1, Rest: true, Field: "Topic"})}, "WriteMessages")
	op("(*"+k+".Reader)", MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: recv}, "ReadMessage", "FetchMessage")
	op("(*"+k+".Conn)", MessageOp{Protocol: "kafka", Role: RolePublish, Dest: recv}, "WriteMessages", "WriteCompressedMessages")
	op("(*"+k+".Conn)", MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: recv}, "ReadMessage", "ReadBatch", "ReadBatchWith")
	literalMakers[k+".Writer"] = Maker{Dest: ws(field(ArgSelf, "Topic"))}
	maker(k+".NewWriter", Maker{Dest: ws(field(0, "Topic"))})
	maker(k+".NewReader", Maker{Dest: ws(field(0, "Topic"), field(0, "GroupTopics")), Queue: ws(field(0, "GroupID"))})
	maker(k+".DialLeader", Maker{Dest: ws(arg(3))})
	maker("(*"+k+".Dialer).DialLeader", Maker{Dest: ws(arg(3))})

	for _, s := range SaramaPaths {
		topic := ws(field(0, "Topic"))
		op("("+s+".SyncProducer)", MessageOp{Protocol: "kafka", Role: RolePublish, Dest: topic}, "SendMessage", "SendMessages")
		op("("+s+".AsyncProducer)", MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(field(ArgSent, "Topic"))}, "Input")
		op("("+s+".Consumer)", MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: ws(arg(0))}, "ConsumePartition")
		op("("+s+".ConsumerGroup)", MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: ws(arg(1)), Queue: ws(arg(ArgRecv)),
			Handler: ws(arg(2)), HandlerMethod: "ConsumeClaim"}, "Consume")
		maker(s+".NewConsumerGroup", Maker{Queue: ws(arg(1))})
		maker(s+".NewConsumerGroupFromClient", Maker{Queue: ws(arg(0))})
	}
}

// rocketMQCatalog describes apache/rocketmq-client-go v2: a producer
// sends messages made for a topic (primitive.NewMessage, a Message
// literal); a push consumer subscribes to a topic with the function that
// handles its messages, a pull consumer reads it in a loop. Tags filter
// within a topic; the topic is the destination.
func rocketMQCatalog() {
	const r = "github.com/apache/rocketmq-client-go/v2"
	msgs := func(i int) MessageOp {
		return MessageOp{Protocol: "rocketmq", Role: RolePublish, Dest: ws(Where{Arg: i, Rest: true})}
	}
	op("("+r+".Producer)", msgs(1), "SendSync", "SendOneWay")
	op("("+r+".Producer)", msgs(2), "SendAsync")
	// Request waits for the consumer's reply, for at most its ttl.
	request := msgs(2)
	request.Reply = &Reply{Timeout: 1, Ctx: -1}
	op("("+r+".Producer)", request, "Request")
	op("("+r+".Producer)", msgs(3), "RequestAsync")
	op("("+r+".TransactionProducer)", msgs(1), "SendMessageInTransaction")
	op("("+r+".PushConsumer)", MessageOp{Protocol: "rocketmq", Role: RoleConsume, Dest: ws(arg(0)), Handler: ws(arg(2))}, "Subscribe")
	op("("+r+".PullConsumer)", MessageOp{Protocol: "rocketmq", Role: RoleConsume, Dest: ws(arg(0))}, "Subscribe")
	maker(r+"/primitive.NewMessage", Maker{Dest: ws(arg(0))})
	// The setters that return the message they are called on.
	for _, m := range []string{"WithTag", "WithKeys", "WithDelayTimeLevel", "WithShardingKey"} {
		maker("(*"+r+"/primitive.Message)."+m, Maker{Dest: ws(arg(ArgRecv))})
	}
	literalMakers[r+"/primitive.Message"] = Maker{Dest: ws(field(ArgSelf, "Topic"))}
}

func natsCatalog() {
	pub := func(w ...Where) MessageOp { return MessageOp{Protocol: "nats", Role: RolePublish, Dest: w} }
	sub := func(w ...Where) MessageOp { return MessageOp{Protocol: "nats", Role: RoleConsume, Dest: w} }
	queue := func(w Where, q int) MessageOp {
		return MessageOp{Protocol: "nats", Role: RoleConsume, Dest: ws(w), Queue: ws(arg(q))}
	}
	// handled is a subscription whose messages the function at argument
	// i handles.
	handled := func(o MessageOp, i int) MessageOp {
		o.Handler = ws(arg(i))
		return o
	}
	n := NATSPath
	conn := "(*" + n + ".Conn)"
	// Request waits for the reply: a sync call to the subscriber that
	// answers. PublishRequest only names where replies go: a publish.
	request := func(o MessageOp, timeout, ctx int) MessageOp {
		o.Reply = &Reply{Timeout: timeout, Ctx: ctx}
		return o
	}
	op(conn, pub(arg(0)), "Publish", "PublishRequest")
	op(conn, request(pub(arg(0)), 2, -1), "Request")
	op(conn, request(pub(arg(1)), -1, 0), "RequestWithContext")
	op(conn, pub(field(0, "Subject")), "PublishMsg")
	op(conn, request(pub(field(0, "Subject")), 1, -1), "RequestMsg")
	op(conn, request(pub(field(1, "Subject")), -1, 0), "RequestMsgWithContext")
	op(conn, handled(sub(arg(0)), 1), "Subscribe")
	op(conn, sub(arg(0)), "SubscribeSync", "ChanSubscribe")
	op(conn, handled(queue(arg(0), 1), 2), "QueueSubscribe")
	op(conn, queue(arg(0), 1), "QueueSubscribeSync", "ChanQueueSubscribe", "QueueSubscribeSyncWithChan")
	maker(n+".NewMsg", Maker{Dest: ws(arg(0))})

	enc := "(*" + n + ".EncodedConn)"
	op(enc, pub(arg(0)), "Publish", "PublishRequest", "BindSendChan")
	op(enc, request(pub(arg(0)), 3, -1), "Request")
	op(enc, request(pub(arg(1)), -1, 0), "RequestWithContext")
	op(enc, handled(sub(arg(0)), 1), "Subscribe")
	op(enc, sub(arg(0)), "BindRecvChan")
	op(enc, handled(queue(arg(0), 1), 2), "QueueSubscribe")
	op(enc, queue(arg(0), 1), "BindRecvQueueChan")

	// JetStream, the API of nats.go's JetStreamContext.
	js := "(" + n + ".JetStream)"
	op(js, pub(arg(0)), "Publish", "PublishAsync")
	op(js, pub(field(0, "Subject")), "PublishMsg", "PublishMsgAsync")
	op(js, handled(sub(arg(0)), 1), "Subscribe")
	op(js, sub(arg(0)), "SubscribeSync", "ChanSubscribe")
	// A pull subscription's durable name is shared by its instances, like
	// a queue group.
	op(js, handled(queue(arg(0), 1), 2), "QueueSubscribe")
	op(js, queue(arg(0), 1), "QueueSubscribeSync", "ChanQueueSubscribe", "PullSubscribe")

	// JetStream, the jetstream package: consumers are made on a stream,
	// with filter subjects or without (then the whole stream).
	j := JetStreamPath
	op("("+j+".Publisher)", pub(arg(1)), "Publish")
	op("("+j+".Publisher)", pub(field(1, "Subject")), "PublishMsg")
	op("("+j+".Publisher)", pub(arg(0)), "PublishAsync")
	op("("+j+".Publisher)", pub(field(0, "Subject")), "PublishMsgAsync")
	op("("+j+".Consumer)", handled(sub(arg(ArgRecv)), 0), "Consume")
	op("("+j+".Consumer)", sub(arg(ArgRecv)), "Messages", "Fetch", "FetchBytes", "FetchNoWait", "Next")
	op("("+j+".PushConsumer)", handled(sub(arg(ArgRecv)), 0), "Consume")
	stream := func(i int) Where { return Where{Arg: i, Prefix: "stream:"} }
	consumer := func(stream Where, cfg int) Maker {
		return Maker{Dest: ws(field(cfg, "FilterSubject"), field(cfg, "FilterSubjects")), Fallback: ws(stream),
			Queue: ws(field(cfg, "Durable"), field(cfg, "Name"))}
	}
	for _, name := range []string{"CreateOrUpdateConsumer", "CreateConsumer", "UpdateConsumer",
		"CreateOrUpdatePushConsumer", "CreatePushConsumer", "UpdatePushConsumer"} {
		maker("("+j+".StreamConsumerManager)."+name, consumer(stream(1), 2))
		maker("("+j+".ConsumerManager)."+name, consumer(arg(ArgRecv), 1))
	}
	maker("("+j+".StreamConsumerManager).OrderedConsumer", Maker{Dest: ws(field(2, "FilterSubjects")), Fallback: ws(stream(1))})
	maker("("+j+".ConsumerManager).OrderedConsumer", Maker{Dest: ws(field(1, "FilterSubjects")), Fallback: ws(arg(ArgRecv))})
	for _, name := range []string{"Consumer", "PushConsumer"} {
		maker("("+j+".StreamConsumerManager)."+name, Maker{Fallback: ws(stream(1)), Queue: ws(arg(2))})
		maker("("+j+".ConsumerManager)."+name, Maker{Fallback: ws(arg(ArgRecv)), Queue: ws(arg(1))})
	}
	maker("("+j+".StreamManager).Stream", Maker{Dest: ws(stream(1))})
	for _, name := range []string{"CreateStream", "UpdateStream", "CreateOrUpdateStream"} {
		maker("("+j+".StreamManager)."+name, Maker{Dest: ws(Where{Arg: 1, Field: "Name", Prefix: "stream:"})})
	}
	// A stream's configuration says which subjects it stores, wherever
	// it is written: often a package's variable that a helper is handed.
	declared := MessageOp{Protocol: "nats", Role: RoleStream, Dest: ws(field(ArgSelf, "Subjects")), Queue: ws(field(ArgSelf, "Name"))}
	literalOps[j+".StreamConfig"] = declared
	literalOps[n+".StreamConfig"] = declared
}

func amqpCatalog() {
	for _, a := range AMQPPaths {
		ch := "(*" + a + ".Channel)"
		publish := func(exchange int) MessageOp {
			return MessageOp{Protocol: "amqp", Role: RolePublish, Dest: ws(arg(exchange)), Key: ws(arg(exchange + 1))}
		}
		op(ch, publish(0), "Publish", "PublishWithDeferredConfirm")
		op(ch, publish(1), "PublishWithContext", "PublishWithDeferredConfirmWithContext")
		op(ch, MessageOp{Protocol: "amqp", Role: RoleConsume, Dest: ws(arg(0))}, "Consume", "Get")
		op(ch, MessageOp{Protocol: "amqp", Role: RoleConsume, Dest: ws(arg(1))}, "ConsumeWithContext")
		op(ch, MessageOp{Protocol: "amqp", Role: RoleBind, Dest: ws(arg(2)), Key: ws(arg(1)), Queue: ws(arg(0))}, "QueueBind")
		// q, _ := ch.QueueDeclare("invoices", ...): q.Name is "invoices".
		declared := Where{Arg: 0, Empty: "server-named queue"}
		maker(ch+".QueueDeclare", Maker{Dest: ws(declared)})
		maker(ch+".QueueDeclarePassive", Maker{Dest: ws(declared)})
		handleFields[a+".Queue"] = "Name"
	}
}

// rabbitMQWrapperCatalog describes wagslane/go-rabbitmq, a wrapper over
// amqp091: a Publisher publishes to routing keys on the exchange an
// option names (the default exchange without one, whose keys are queue
// names); a Consumer consumes a queue, bound to an exchange's routing key
// when options name them.
func rabbitMQWrapperCatalog() {
	r := RabbitMQWrapperPath
	pub := "(*" + r + ".Publisher)"
	publish := func(keys int) MessageOp {
		exchange := Where{Arg: keys + 1, Rest: true, Option: r + ".WithPublishOptionsExchange", OrEmpty: true}
		return MessageOp{Protocol: "amqp", Role: RolePublish, Dest: ws(exchange), Key: ws(arg(keys))}
	}
	op(pub, publish(1), "Publish")
	op(pub, publish(2), "PublishWithContext", "PublishWithDeferredConfirmWithContext")
	bind := func(queue, opts int) MessageOp {
		return MessageOp{Protocol: "amqp", Role: RoleBind, Params: opts + 1, KeyOptional: true,
			Dest:  ws(Where{Arg: opts, Rest: true, Option: r + ".WithConsumerOptionsExchangeName", OrEmpty: true}),
			Key:   ws(Where{Arg: opts, Rest: true, Option: r + ".WithConsumerOptionsRoutingKey"}),
			Queue: ws(arg(queue))}
	}
	// v0.12's NewConsumer(conn, handler, queue, options...); v0.13's
	// NewConsumer(conn, queue, options...) with Run(handler) is not
	// known yet, and the parameter count keeps its calls from being read
	// as v0.12's.
	op(r, MessageOp{Protocol: "amqp", Role: RoleConsume, Dest: ws(arg(2)), Handler: ws(arg(1)), Params: 4}, "NewConsumer")
	op(r, bind(2, 3), "NewConsumer")
}

// franzCatalog describes twmb/franz-go's kgo: a Client produces Records,
// each naming its Topic, and polls the topics its NewClient options name
// (ConsumeTopics, in the consumer group ConsumerGroup names).
func franzCatalog() {
	k := FranzPath
	cl := "(*" + k + ".Client)"
	op(cl, MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(field(1, "Topic"))}, "Produce", "TryProduce")
	op(cl, MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(Where{Arg: 1, Rest: true, Field: "Topic"})}, "ProduceSync")
	op(cl, MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: ws(Where{Arg: ArgRecv})}, "PollFetches", "PollRecords")
	maker(k+".NewClient", Maker{
		Dest:  ws(Where{Arg: 0, Rest: true, Option: k + ".ConsumeTopics"}),
		Queue: ws(Where{Arg: 0, Rest: true, Option: k + ".ConsumerGroup"}),
	})
}

func redisCatalog() {
	for _, r := range RedisPaths {
		// Redis commands are methods of many types (Client, ClusterClient,
		// Ring, Tx, the Cmdable interfaces, pipelines): any receiver of the
		// package.
		anyRecv := "(" + r + ".*)"
		op(anyRecv, MessageOp{Protocol: "redis", Role: RolePublish, Dest: ws(arg(1))}, "Publish", "SPublish")
		op(anyRecv, MessageOp{Protocol: "redis", Role: RoleConsume, Dest: ws(Where{Arg: 1, Rest: true})}, "Subscribe", "PSubscribe", "SSubscribe")
		op(anyRecv, MessageOp{Protocol: "redis", Role: RolePublish, Dest: ws(Where{Arg: 1, Field: "Stream", Prefix: "stream:"})}, "XAdd")
		streams := Where{Arg: 1, Field: "Streams", Half: true, HalfUnless: "ID", Prefix: "stream:"}
		op(anyRecv, MessageOp{Protocol: "redis", Role: RoleConsume, Dest: ws(streams)}, "XRead")
		op(anyRecv, MessageOp{Protocol: "redis", Role: RoleConsume, Dest: ws(Where{Arg: 1, Rest: true, Half: true, Prefix: "stream:"})}, "XReadStreams")
		op(anyRecv, MessageOp{Protocol: "redis", Role: RoleConsume, Dest: ws(streams), Queue: ws(field(1, "Group"))}, "XReadGroup")
	}
}

func watermillCatalog() {
	w := WatermillPath
	op("("+w+".Publisher)", MessageOp{Protocol: "watermill", Role: RolePublish, Dest: ws(arg(0))}, "Publish")
	op("("+w+".Subscriber)", MessageOp{Protocol: "watermill", Role: RoleConsume, Dest: ws(arg(1))}, "Subscribe")
	router := "(*" + w + ".Router)"
	op(router, MessageOp{Protocol: "watermill", Role: RoleConsume, Dest: ws(arg(1)), Handler: ws(arg(5))}, "AddHandler")
	op(router, MessageOp{Protocol: "watermill", Role: RoleConsume, Dest: ws(arg(1)), Handler: ws(arg(3))}, "AddNoPublisherHandler", "AddConsumerHandler")
	op(router, MessageOp{Protocol: "watermill", Role: RolePublish, Dest: ws(arg(3))}, "AddHandler")
}

// cqrsCatalog describes watermill's CQRS component. Its buses publish to,
// and its processors subscribe to, topics that the GenerateTopic functions
// of their configs make at run time from the event's or command's name:
// both sides are recorded with that name, the Go type's
// ("orders.OrderPlaced", see Where.Type), so that a publish and the
// handlers of the same type meet. A handler made from a function is the
// consume: the processor it is added to subscribes for it.
func cqrsCatalog() {
	c := WatermillCQRSPath
	typed := ws(Where{Arg: ArgTypeArg, Type: true})
	sent := ws(Where{Arg: 1, Type: true})
	for _, name := range []string{"NewEventHandler", "NewCommandHandler"} {
		op(c, MessageOp{Protocol: "watermill", Role: RoleConsume, Dest: typed, Handler: ws(arg(1))}, name)
	}
	op(c, MessageOp{Protocol: "watermill", Role: RoleConsume, Dest: typed, Handler: ws(arg(0))}, "NewGroupEventHandler")
	op("("+c+".EventBus)", MessageOp{Protocol: "watermill", Role: RolePublish, Dest: sent}, "Publish")
	op("("+c+".CommandBus)", MessageOp{Protocol: "watermill", Role: RolePublish, Dest: sent}, "Send", "SendWithModifiedMessage")
}

// confluentCatalog describes confluent-kafka-go. A consumer subscribes
// once and then reads in a loop (ReadMessage, Poll): the Subscribe call,
// which names the topics, is the consume, and the code after it handles
// what is read. A produced message names its topic in its TopicPartition
// (a *string: &topic).
func confluentCatalog() {
	for _, k := range ConfluentPaths {
		consumer := "(*" + k + ".Consumer)"
		op(consumer, MessageOp{Protocol: "kafka", Role: RoleConsume, Dest: ws(arg(0))}, "Subscribe", "SubscribeTopics")
		producer := "(*" + k + ".Producer)"
		op(producer, MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(field(0, "TopicPartition.Topic"))}, "Produce")
		op(producer, MessageOp{Protocol: "kafka", Role: RolePublish, Dest: ws(field(ArgSent, "TopicPartition.Topic"))}, "ProduceChannel")
	}
}

// daprCatalog describes the Dapr Go SDK's pub/sub: a subscription names
// its topic in a common.Subscription, a publish in an argument. The
// pub/sub component's name (PubsubName) picks the broker, not a group of
// consumers: it is not recorded as a Queue.
func daprCatalog() {
	sub := MessageOp{Protocol: "dapr", Role: RoleConsume, Dest: ws(field(0, "Topic")), Handler: ws(arg(1))}
	subscriber := sub
	subscriber.HandlerMethod = "Handle"
	for _, recv := range append([]string{"(" + DaprServicePath + ".Service)"}, daprServers()...) {
		op(recv, sub, "AddTopicEventHandler")
		op(recv, subscriber, "AddTopicEventSubscriber")
	}
	for _, recv := range []string{"(" + DaprClientPath + ".Client)", "(*" + DaprClientPath + ".GRPCClient)"} {
		op(recv, MessageOp{Protocol: "dapr", Role: RolePublish, Dest: ws(arg(2))},
			"PublishEvent", "PublishEventfromCustomContent", "PublishEvents")
	}
}

// daprServers returns the receivers "(*path.Server)" of the Dapr services.
func daprServers() []string {
	var out []string
	for _, p := range DaprServerPaths {
		out = append(out, "(*"+p+".Server)")
	}
	return out
}

func pubsubCatalog() {
	recv := ws(arg(ArgRecv))
	topic := func(i int) Where { return Where{Arg: i, Trim: "/topics/"} }
	subscription := func(i int) Maker {
		return Maker{Dest: ws(Where{Arg: i, Prefix: "subscription:", Trim: "/subscriptions/"}),
			Queue: ws(Where{Arg: i, Trim: "/subscriptions/"})}
	}
	v1, v2 := PubSubPaths[0], PubSubPaths[1]
	op("(*"+v1+".Topic)", MessageOp{Protocol: "pubsub", Role: RolePublish, Dest: recv}, "Publish")
	op("(*"+v1+".Subscription)", MessageOp{Protocol: "pubsub", Role: RoleConsume, Dest: recv, Handler: ws(arg(1))}, "Receive")
	client := "(*" + v1 + ".Client)"
	maker(client+".Topic", Maker{Dest: ws(topic(0))})
	maker(client+".TopicInProject", Maker{Dest: ws(topic(0))})
	maker(client+".CreateTopic", Maker{Dest: ws(topic(1))})
	maker(client+".CreateTopicWithConfig", Maker{Dest: ws(topic(1))})
	maker(client+".Subscription", subscription(0))
	maker(client+".SubscriptionInProject", subscription(0))
	// A subscription made here names its topic.
	maker(client+".CreateSubscription", Maker{Dest: ws(field(2, "Topic")), Fallback: subscription(1).Dest, Queue: subscription(1).Queue})

	op("(*"+v2+".Publisher)", MessageOp{Protocol: "pubsub", Role: RolePublish, Dest: recv}, "Publish")
	op("(*"+v2+".Subscriber)", MessageOp{Protocol: "pubsub", Role: RoleConsume, Dest: recv, Handler: ws(arg(1))}, "Receive")
	maker("(*"+v2+".Client).Publisher", Maker{Dest: ws(topic(0))})
	maker("(*"+v2+".Client).Subscriber", subscription(0))
}

// SubscriptionCreators are the functions that create a Pub/Sub
// subscription on a topic: the subscription's id and the topic are read
// as their Maker says, so that a Receive on a subscription the package
// creates elsewhere (by id) is a consume of its topic.
var SubscriptionCreators = []string{"(*cloud.google.com/go/pubsub.Client).CreateSubscription"}

// MessageOps returns what fn does with broker destinations, or nil when
// the catalog does not know it.
func MessageOps(fn *types.Func) []MessageOp {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	path := fn.Pkg().Path()
	if !messagingPaths[path] && !strings.HasPrefix(path, watermillModule) {
		return nil
	}
	fn = fn.Origin()
	full := fn.FullName()
	sig, ok := fn.Type().(*types.Signature)
	if ops, found := messageOps[full]; found {
		return fitting(ops, sig)
	}
	if !ok || sig.Recv() == nil {
		return nil
	}
	if ops, ok := messageOps["("+fn.Pkg().Path()+".*)."+fn.Name()]; ok {
		return ops
	}
	return watermillShape(fn, sig)
}

// fitting returns the operations of ops whose Params sig has.
func fitting(ops []MessageOp, sig *types.Signature) []MessageOp {
	if !slices.ContainsFunc(ops, func(o MessageOp) bool { return o.Params != 0 }) {
		return ops
	}
	var out []MessageOp
	for _, o := range ops {
		if o.Params == 0 || sig != nil && sig.Params().Len() == o.Params {
			out = append(out, o)
		}
	}
	return out
}

// watermillShape returns the operations of a watermill Publisher's or
// Subscriber's method for a concrete type of a watermill package
// (gochannel.GoChannel, the Kafka, AMQP and SQL pub/subs) called as such.
func watermillShape(fn *types.Func, sig *types.Signature) []MessageOp {
	if !strings.HasPrefix(fn.Pkg().Path(), watermillModule) || types.IsInterface(sig.Recv().Type()) {
		return nil
	}
	params, results := sig.Params(), sig.Results()
	isMsg := func(t types.Type) bool { return IsNamed(t, WatermillPath, "Message") }
	switch fn.Name() {
	case "Publish":
		if params.Len() == 2 && sig.Variadic() && isString(params.At(0).Type()) {
			if s, ok := params.At(1).Type().(*types.Slice); ok && isMsg(s.Elem()) {
				return messageOps["("+WatermillPath+".Publisher).Publish"]
			}
		}
	case "Subscribe":
		if params.Len() == 2 && IsContext(params.At(0).Type()) && isString(params.At(1).Type()) && results.Len() == 2 {
			if ch, ok := results.At(0).Type().(*types.Chan); ok && isMsg(ch.Elem()) {
				return messageOps["("+WatermillPath+".Subscriber).Subscribe"]
			}
		}
	}
	return nil
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// MakerOf returns how a value made by fn names its destination.
func MakerOf(fn *types.Func) (Maker, bool) {
	if fn == nil || fn.Pkg() == nil || !messagingPaths[fn.Pkg().Path()] {
		return Maker{}, false
	}
	m, ok := makers[fn.Origin().FullName()]
	return m, ok
}

// LiteralMaker returns how a composite literal of type t (or a pointer to
// one) names its destination (a kafka-go Writer's Topic).
func LiteralMaker(t types.Type) (Maker, bool) {
	name, ok := typeName(t)
	if !ok {
		return Maker{}, false
	}
	m, ok := literalMakers[name]
	return m, ok
}

// LiteralOp returns what a composite literal of type t (or a pointer to
// one) does with a broker destination, read with ArgSelf: a JetStream
// StreamConfig declares its stream.
func LiteralOp(t types.Type) (MessageOp, bool) {
	name, ok := typeName(t)
	if !ok {
		return MessageOp{}, false
	}
	o, ok := literalOps[name]
	return o, ok
}

// IsHandleField reports whether field name of a value of type t gives the
// destination its Maker names, as an amqp Queue's Name does.
func IsHandleField(t types.Type, name string) bool {
	tn, ok := typeName(t)
	return ok && handleFields[tn] == name
}

// typeName returns "path.Name" for a named type or a pointer to one.
func typeName(t types.Type) (string, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name(), true
}

// NATSSubjectMatch reports whether a NATS subject matches a subscription's
// pattern: tokens are separated by dots, "*" matches one token and ">",
// last, one or more. A subject's own wildcards match only the same
// wildcard. Empty subjects and empty tokens match nothing.
func NATSSubjectMatch(pattern, subject string) bool {
	if pattern == "" || subject == "" {
		return false
	}
	pt, st := strings.Split(pattern, "."), strings.Split(subject, ".")
	for _, t := range st {
		if t == "" {
			return false
		}
	}
	for i, p := range pt {
		switch {
		case p == "":
			return false
		case p == ">":
			return i == len(pt)-1 && len(st) > i
		case i >= len(st):
			return false
		case p == "*":
			if st[i] == ">" {
				return false
			}
		case p != st[i]:
			return false
		}
	}
	return len(pt) == len(st)
}

// HoleMatch reports whether a destination name with unknown parts, each
// written as hole, may be one that a consumer's pattern receives: NATS
// token by token (a token with holes is one token whose known text the
// pattern's token holds around them; "*" and ">" match as for any
// subject); Kafka and the other brokers that name destinations whole, by
// the known text around the holes. AMQP bindings and Redis globs match
// nothing: their own wildcards make a guess of a guess.
func HoleMatch(protocol, pattern, name, hole string) bool {
	switch protocol {
	case "amqp", "redis":
		return false
	case "nats":
		pt, nt := strings.Split(pattern, "."), strings.Split(name, ".")
		for i, p := range pt {
			switch {
			case p == "":
				return false
			case p == ">":
				return i == len(pt)-1 && len(nt) > i
			case i >= len(nt) || nt[i] == "":
				return false
			case p == "*":
			case !holeFit(nt[i], p, hole):
				return false
			}
		}
		return len(pt) == len(nt)
	}
	return holeFit(name, pattern, hole)
}

// holeFit reports whether s, whose holes stand for one or more unknown
// characters, can be the literal text lit.
func holeFit(s, lit, hole string) bool {
	parts := strings.Split(s, hole)
	if len(parts) == 1 {
		return s == lit
	}
	if !strings.HasPrefix(lit, parts[0]) {
		return false
	}
	rest := lit[len(parts[0]):]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(rest[min(1, len(rest)):], p)
		if i < 0 {
			return false
		}
		rest = rest[min(1, len(rest))+i+len(p):]
	}
	last := parts[len(parts)-1]
	return len(rest) > len(last) && strings.HasSuffix(rest, last)
}

// replyFields are the fields of received messages that hold the subject to
// answer a request on (a private inbox), by type: a publish there is a
// reply, not an event another service consumes.
var replyFields = map[string]string{
	NATSPath + ".Msg":                         "Reply",
	"github.com/rabbitmq/amqp091-go.Delivery": "ReplyTo",
	"github.com/streadway/amqp.Delivery":      "ReplyTo",
}

// IsReplySubject reports whether field, selected on a value of type recv,
// is a received message's reply subject (nats.Msg.Reply) or queue
// (amqp.Delivery.ReplyTo).
func IsReplySubject(recv types.Type, field *types.Var) bool {
	name, ok := typeName(recv)
	return ok && field != nil && field.IsField() && replyFields[name] == field.Name()
}

// DestinationMatch reports whether a consumer's destination pattern
// receives what is published to name, by the broker's rules: NATS subject
// wildcards, an AMQP binding "exchange/key" (topic exchange: "*" one word,
// "#" zero or more) or a publish to the default exchange ("/queue") and a
// consumer of that queue, Redis PSUBSCRIBE globs; other brokers by name.
func DestinationMatch(protocol, pattern, name string) bool {
	if pattern == name {
		return true
	}
	switch protocol {
	case "nats":
		return NATSSubjectMatch(pattern, name)
	case "redis":
		ok, err := path.Match(pattern, name)
		return ok && err == nil
	case "amqp":
		return amqpMatch(pattern, name)
	}
	return false
}

func amqpMatch(pattern, name string) bool {
	ex, key, _ := strings.Cut(name, "/")
	if ex == "" {
		return pattern == key // the default exchange routes by queue name
	}
	pex, pkey, ok := strings.Cut(pattern, "/")
	if !ok || pex != ex {
		return false
	}
	return amqpKeyMatch(strings.Split(pkey, "."), strings.Split(key, "."))
}

func amqpKeyMatch(p, k []string) bool {
	if len(p) == 0 {
		return len(k) == 0
	}
	switch p[0] {
	case "#":
		for i := 0; i <= len(k); i++ {
			if amqpKeyMatch(p[1:], k[i:]) {
				return true
			}
		}
		return false
	case "*":
		return len(k) > 0 && amqpKeyMatch(p[1:], k[1:])
	}
	return len(k) > 0 && p[0] == k[0] && amqpKeyMatch(p[1:], k[1:])
}
