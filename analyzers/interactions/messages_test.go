package interactions_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
)

// TestKafkaGo checks kafka-go: a Writer's Topic from a literal, from the
// old WriterConfig and from a helper's parameter; each message's Topic on
// a Writer without one; a Reader's topic or group topics and its GroupID;
// a partition Conn's topic; and an unknown writer.
func TestKafkaGo(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_kafka", []string{
		"30: publish kafka orders.created",
		"43: publish kafka ${AUDIT_TOPIC}",
		"54: publish kafka payments.captured | ledger.entries",
		"58: publish kafka payments.refunded",
		"68: publish kafka shipments.dispatched",
		"79: consume kafka orders.created queue=billing",
		"104: consume kafka orders.created | payments.captured queue=notifier",
		"113: publish kafka inventory.changes",
		"116: consume kafka inventory.changes",
		"123: publish kafka {?}",
	})
}

// testMessages runs the analyzer on the case folder and compares the
// messages it records, one a line: "LINE: ROLE PROTOCOL DEST | DEST
// queue=QUEUE".
func testMessages(t *testing.T, folder string, want []string) {
	t.Helper()
	got := messagesOf(t, folder)
	sameLines(t, "messages", got, want)
}

func messagesOf(t *testing.T, folder string) []string {
	t.Helper()
	var got []string
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		for _, m := range r.Result.(*interactions.Result).Messages {
			s := fmt.Sprintf("%d: %s %s %s", r.Pass.Fset.Position(m.Pos).Line, m.Role, m.Protocol, render(m.Destination))
			if len(m.Queue) > 0 {
				s += " queue=" + render(m.Queue)
			}
			got = append(got, s)
		}
	}
	return got
}

func render(vs []interactions.Value) string {
	var ss []string
	for _, v := range vs {
		ss = append(ss, v.String())
	}
	return strings.Join(ss, " | ")
}

// TestSarama checks sarama: a message literal's Topic read through a field
// its constructor sets, a batch, the async producer's input channel, a
// consumer group's topics and group id, topics split from the environment,
// and the old import path.
func TestSarama(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_sarama", []string{
		"32: publish kafka invoices.issued",
		"45: publish kafka invoices.voided | invoices.archived",
		"51: publish kafka metrics.raw",
		"61: publish kafka audit.lines",
		"86: consume kafka orders.created | payments.captured queue=invoicing",
		"96: consume kafka ${TOPICS}",
		"104: consume kafka legacy.events",
	})
}

// TestNATS checks nats.go: subjects from constants and concatenation,
// message structs (literal and NewMsg), requests, subscriptions with
// wildcards and queue groups, an encoded connection and the legacy
// JetStream API.
func TestNATS(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_nats", []string{
		"33: publish nats payments.authorized",
		"38: publish nats payments.refunded.{param (*msg_nats.Bus).Refunded#0}",
		"44: publish nats payments.audit",
		"48: publish nats fx.quote",
		"52: publish nats fx.rates",
		"56: consume nats orders.* queue=payments-workers",
		"59: consume nats orders.>",
		"65: consume nats inventory.reserved",
		"68: consume nats payments.authorized",
		"79: publish nats users.created",
		"82: consume nats users.created queue=mailer",
		"91: publish nats ORDERS.created",
		"94: publish nats ORDERS.shipped",
		"97: consume nats ORDERS.* queue=fulfilment",
		"101: consume nats ORDERS.created queue=billing",
	})
}

// TestJetStream checks the jetstream package: publishes, and consumes
// named by their consumers' filter subjects, or by the stream they read
// ("stream:NAME") with the durable name as the queue.
func TestJetStream(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_jetstream", []string{
		"28: publish nats ORDERS.created",
		"33: publish nats ORDERS.shipped",
		"46: consume nats ORDERS.created queue=billing",
		"64: consume nats stream:ORDERS queue=audit",
		"89: consume nats SHIPMENTS.delivered | SHIPMENTS.returned",
		"104: consume nats stream:PAYMENTS queue=ledger",
		"113: consume nats {?}",
	})
}

// TestAMQP checks amqp091-go and streadway/amqp: publishes as
// exchange/routing-key (the default exchange as "/queue"), a binding, and
// consumes of queues named through QueueDeclare's result, one of them named
// by the server.
func TestAMQP(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_amqp", []string{
		"37: bind amqp billing/invoice.created queue=invoices",
		"41: publish amqp billing/invoice.created",
		"49: publish amqp /emails",
		"57: consume amqp invoices",
		"75: bind amqp logs/ queue={?}",
		"78: consume amqp {?}",
		"88: publish amqp payments/payment.settled",
		"95: publish amqp audit/user.login",
		"98: consume amqp audit-log",
	})
}

// TestRedis checks go-redis: Publish with a channel built from a parameter,
// Subscribe with several channels, a pattern, shard channels spread from a
// slice, and streams (the names of XRead's Streams, their first half unless
// one ID is given for all).
func TestRedis(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_redis", []string{
		"16: publish redis cart:{param (*msg_redis.Notifier).CartUpdated#1}",
		"20: consume redis prices | stock",
		"22: consume redis cart:*",
		"31: publish redis shard.events",
		"35: consume redis alerts | alerts.critical",
		"40: publish redis stream:orders",
		"50: consume redis stream:orders | stream:payments queue=shipping",
		"55: consume redis stream:audit",
		"58: consume redis stream:clicks | stream:views",
		"62: publish redis legacy.events",
		"65: consume redis stream:legacy",
	})
}

// TestWatermill checks watermill: a router's handlers, a Publisher
// interface, and a concrete pub/sub (GoChannel) called directly.
func TestWatermill(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_watermill", []string{
		"26: consume watermill order.placed",
		"26: publish watermill order.paid",
		"30: consume watermill order.paid",
		"31: consume watermill order.audit",
		"38: publish watermill order.placed",
		"42: publish watermill inventory.reserved",
		"45: consume watermill inventory.reserved",
		"55: consume watermill inventory.released",
	})
}

// TestPubSub checks Google Cloud Pub/Sub: a topic by id, a subscription
// mapped to its topic by a CreateSubscription elsewhere in the package, one
// that is not ("subscription:ID"), one created in place, and v2's publisher
// (a full topic name) and subscriber.
func TestPubSub(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_pubsub", []string{
		"26: publish pubsub user-signups",
		"42: consume pubsub user-signups queue=welcome-emails",
		"46: consume pubsub subscription:analytics queue=analytics",
		"54: consume pubsub invoices queue=billing-sub",
		"65: publish pubsub orders",
		"69: consume pubsub subscription:orders-fulfilment queue=orders-fulfilment",
	})
}

// TestNATSReply checks that a publish to a received message's reply
// subject (nats.Msg.Reply, directly or in a message struct) is not
// recorded: it answers a request, and a subscriber that answers is not a
// publisher. A subject built from the message's own subject (which the
// package also sets to a reply subject, in the literal), and a field
// named Reply of another type, are publishes.
// TestAMQPReply: a publish to a delivery's ReplyTo answers an RPC request.
func TestAMQPReply(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_amqpreply", []string{
		"17: publish amqp /{RoutingKey}.done",
		"26: publish amqp /{ReplyTo}",
	})
}

func TestNATSReply(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_natsreply", []string{
		"13: consume nats quotes.get",
		"17: publish nats {Reply}.done | {Subject}.done",
		"23: publish nats {Reply}",
	})
}
