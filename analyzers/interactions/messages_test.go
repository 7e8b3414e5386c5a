package interactions_test

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestKafkaGo checks kafka-go: a Writer's Topic from a literal, from the
// old WriterConfig and from a helper's parameter; each message's Topic on
// a Writer without one; a Reader's topic or group topics and its GroupID;
// a partition Conn's topic; and an unknown writer.
func TestKafkaGo(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_kafka")
}

// testMessages runs the analyzer on the case folder and checks the
// messages it records in its package against the //@message notes, each
// rendered as "ROLE PROTOCOL DEST | DEST queue=QUEUE handler=H,H" (a
// handler as renderNodes says).
func testMessages(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		var facts []checktest.Fact
		for _, m := range r.Result.(*model.Result).Messages {
			s := fmt.Sprintf("%s %s %s", m.Role, m.Protocol, render(m.Destination))
			if len(m.Queue) > 0 {
				s += " queue=" + render(m.Queue)
			}
			if len(m.Handlers) > 0 {
				s += " handler=" + renderNodes(r.Pass.Fset, m.Handlers)
			}
			facts = append(facts, checktest.Fact{Pos: m.Pos, Kind: "message", Text: s})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "message")
	}
}

// renderNodes renders call-graph nodes: a function or method by its name
// ("Handle", "(*Handler).ConsumeClaim", an interface's method
// "(sarama.ConsumerGroupHandler).ConsumeClaim"), a function literal as
// "func@LINE".
func renderNodes(fset *token.FileSet, ns []model.Node) string {
	var ss []string
	for _, n := range ns {
		switch n := n.(type) {
		case *types.Func:
			name := n.Name()
			if recv := n.Signature().Recv(); recv != nil {
				name = "(" + types.TypeString(recv.Type(), func(p *types.Package) string { return p.Name() }) + ")." + name
			}
			ss = append(ss, name)
		case token.Pos:
			ss = append(ss, fmt.Sprintf("func@%d", fset.Position(n).Line))
		default:
			ss = append(ss, fmt.Sprintf("%T", n))
		}
	}
	return strings.Join(ss, ",")
}

func render(vs []model.Value) string {
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
	testMessages(t, "msg_sarama")
}

// TestNATS checks nats.go: subjects from constants and concatenation,
// message structs (literal and NewMsg), requests, subscriptions with
// wildcards and queue groups, an encoded connection and the legacy
// JetStream API.
func TestNATS(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_nats")
}

// TestJetStream checks the jetstream package: publishes, and consumes
// named by their consumers' filter subjects, or by the stream they read
// ("stream:NAME") with the durable name as the queue.
func TestJetStream(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_jetstream")
}

// TestAMQP checks amqp091-go and streadway/amqp: publishes as
// exchange/routing-key (the default exchange as "/queue"), a binding, and
// consumes of queues named through QueueDeclare's result, one of them named
// by the server.
func TestAMQP(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_amqp")
}

// TestRedis checks go-redis: Publish with a channel built from a parameter,
// Subscribe with several channels, a pattern, shard channels spread from a
// slice, and streams (the names of XRead's Streams, their first half unless
// one ID is given for all).
func TestRedis(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_redis")
}

// TestWatermill checks watermill: a router's handlers, a Publisher
// interface, and a concrete pub/sub (GoChannel) called directly.
func TestWatermill(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_watermill")
}

// TestPubSub checks Google Cloud Pub/Sub: a topic by id, a subscription
// mapped to its topic by a CreateSubscription elsewhere in the package, one
// that is not ("subscription:ID"), one created in place, and v2's publisher
// (a full topic name) and subscriber.
func TestPubSub(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_pubsub")
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
	testMessages(t, "msg_amqpreply")
}

func TestNATSReply(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_natsreply")
}

// TestHandlers checks the handlers a consume hands its messages to: a
// named function, a method value, a function literal, a watermill
// handler method, sarama's ConsumeClaim of a concrete type and of the
// interface; a synchronous subscription and a loop's ReadMessage name
// none (the function that makes the call handles the messages).
func TestHandlers(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_handlers")
}
