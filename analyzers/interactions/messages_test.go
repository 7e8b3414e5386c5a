package interactions_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
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
// request adds "request deadline=BOOL timeout=D"; a
// handler as renderNodes says; "handling=unknown" for a consume whose
// handler argument cannot be resolved).
func testMessages(t *testing.T, folder string) {
	t.Helper()
	testMessagesIn(t, folder, folder)
}

// testMessagesIn is testMessages for package pkg of the case pattern.
func testMessagesIn(t *testing.T, pattern, pkg string) {
	t.Helper()
	for _, r := range run(t, pattern) {
		if r.Pass.Pkg.Path() != pkg {
			continue
		}
		var facts []checktest.Fact
		for _, m := range r.Result.(*model.Result).Messages {
			s := fmt.Sprintf("%s %s %s", m.Role, m.Protocol, render(m.Destination))
			if len(m.Queue) > 0 {
				s += " queue=" + render(m.Queue)
			}
			if m.Split != "" {
				s += fmt.Sprintf(" split=%q", m.Split)
			}
			if m.Request {
				s += fmt.Sprintf(" request deadline=%t", m.Deadline)
				if m.Timeout > 0 {
					s += " timeout=" + m.Timeout.String()
				}
			}
			if len(m.Handlers) > 0 {
				s += " handler=" + renderNodes(r.Pass.Fset, m.Handlers)
			} else if m.Role == "consume" && !m.HandleFrom.IsValid() {
				s += " handling=unknown"
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

// TestRabbitMQWrapper checks wagslane/go-rabbitmq: a publish to routing
// keys on the default exchange ("/queue") or on the exchange an option
// names, and a consumer of a queue, bound to an exchange's key when
// options name them.
func TestRabbitMQWrapper(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_rabbitmq")
}

// TestFranz checks franz-go: a record's Topic, directly or through a
// variable, for Produce and ProduceSync, and the topics and group of the
// options a client is made with, which PollFetches consumes.
func TestFranz(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_franz")
}

// TestAMQPReply: a publish to a delivery's ReplyTo answers an RPC request.
func TestAMQPReply(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_amqpreply")
}

// TestNATSReply checks that a publish to a received message's reply
// subject (nats.Msg.Reply, directly or in a message struct) is not
// recorded: it answers a request, and a subscriber that answers is not a
// publisher. A subject built from the message's own subject (which the
// package also sets to a reply subject, in the literal), and a field
// named Reply of another type, are publishes.
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

// TestWatermillCQRS checks watermill's CQRS component: handlers made from
// functions by the generic NewEventHandler, NewCommandHandler and
// NewGroupEventHandler (type argument inferred or written) are consumes of
// their event's or command's type name, which an EventBus's Publish and a
// CommandBus's Send publish to; a value of unknown type is unknown, and
// look-alike methods and a generic function of the same name record
// nothing.
func TestWatermillCQRS(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_cqrs")
}

// TestConfluentKafka checks confluent-kafka-go v2 and v1: Subscribe and
// SubscribeTopics are the consumes (the loop after them handles what is
// read), and Produce and the produce channel name the topic in the
// message's TopicPartition.Topic; a consumer of another type records
// nothing.
func TestConfluentKafka(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_confluent")
	testLoopHandling(t, "msg_confluent")
}

// testLoopHandling checks that each consume of the case that names no
// handler is handled by the code after it: every call in its function
// of a method of the consume's receiver type that follows it (the
// ReadMessage or Poll of the loop after a Subscribe) lies between
// HandleFrom and HandleTo.
func testLoopHandling(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		for _, m := range r.Result.(*model.Result).Messages {
			if m.Role != "consume" || len(m.Handlers) > 0 {
				continue
			}
			at := shortPos(r.Pass.Fset, m.Pos)
			if !m.HandleFrom.IsValid() || m.HandleTo <= m.HandleFrom {
				t.Errorf("%s: consume without a handler has no handling code", at)
				continue
			}
			for _, f := range r.Pass.Files {
				for _, d := range f.Decls {
					fd, ok := d.(*ast.FuncDecl)
					if !ok || fd.Body == nil || m.Pos < fd.Body.Pos() || m.Pos > fd.Body.End() {
						continue
					}
					ast.Inspect(fd.Body, func(n ast.Node) bool {
						call, ok := n.(*ast.CallExpr)
						if !ok || call.Pos() <= m.Pos || !sameReceiver(r.Pass.TypesInfo, fd.Body, m.Pos, call) {
							return true
						}
						if call.Pos() < m.HandleFrom || call.End() > m.HandleTo {
							t.Errorf("%s: %s is outside the handling", at, shortPos(r.Pass.Fset, call.Pos()))
						}
						return true
					})
				}
			}
		}
	}
}

// shortPos renders pos as "file.go:line".
func shortPos(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// sameReceiver reports whether call is a method call on the same
// variable as the call at pos in body (c.ReadMessage after c.Subscribe).
func sameReceiver(info *types.Info, body *ast.BlockStmt, pos token.Pos, call *ast.CallExpr) bool {
	recv := func(c *ast.CallExpr) types.Object {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			return nil
		}
		return info.Uses[id]
	}
	var first *ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && c.Pos() == pos {
			first = c
		}
		return first == nil
	})
	return first != nil && recv(first) != nil && recv(first) == recv(call)
}

// TestDapr checks the Dapr Go SDK: subscriptions on the HTTP and gRPC
// services name their topic in the Subscription literal and their
// handler (a function or a subscriber's Handle), and the client's
// PublishEvent names the topic in its third argument; an outbox's method
// of the same name records nothing.
func TestDapr(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_dapr")
}

// TestHandles checks broker handles made in one package and used in
// another: a constructor's handle names its topic (a constant, or its
// parameters) in a fact; a service whose handle comes from its
// constructor's parameter or an exported field publishes and consumes on
// that parameter, which main binds with the names of the handle it
// passes. A writer without a topic whose messages name theirs is not a
// parameter, and its constructor exports nothing.
func TestHandles(t *testing.T) {
	t.Parallel()
	testMessagesIn(t, "msg_handles/...", "msg_handles/svc")
	var got []string
	for _, r := range run(t, "msg_handles/...") {
		for _, b := range r.Result.(*model.Result).Bindings {
			var vs []string
			for _, v := range b.Values {
				vs = append(vs, v.String())
			}
			param, _, _ := strings.Cut(b.Param, "@") // a field's key holds its position
			got = append(got, r.Pass.Pkg.Path()+": "+param+" = "+strings.Join(vs, " | "))
		}
	}
	want := []string{
		"msg_handles: msg_handles/svc.New#0 = payments.captured",
		"msg_handles: field msg_handles/svc.Reader = orders.created",
	}
	sameLines(t, "bindings", got, want)
}

// TestMessagesVars checks a topic read from another package's variable,
// whose values its package's VarFact carries (the environment's, with a
// default); a variable its package never sets stays unknown.
func TestMessagesVars(t *testing.T) {
	testMessagesIn(t, "msg_vars/...", "msg_vars/pub")
}

// TestMessagesInterfaceGetters checks a topic read through a config
// interface's getter in another package: what the getter of the type put
// in that interface returns (ImplFact), not that of another type with the
// same method; an interface nothing fills stays unknown.
func TestMessagesInterfaceGetters(t *testing.T) {
	testMessagesIn(t, "msg_ifaces/...", "msg_ifaces/app")
}

// TestMessagesListParam checks a consumer wrapper whose topics are a
// []string parameter: its callers' list literals are bound element by
// element; a list parameter that names no destination is not bound.
func TestMessagesListParam(t *testing.T) {
	testMessagesIn(t, "msg_lists/...", "msg_lists/consumer")
	var got []string
	for _, r := range run(t, "msg_lists/...") {
		for _, b := range r.Result.(*model.Result).Bindings {
			var vs []string
			for _, v := range b.Values {
				vs = append(vs, v.String())
			}
			got = append(got, r.Pass.Pkg.Path()+": "+b.Param+" = "+strings.Join(vs, " | "))
		}
	}
	sameLines(t, "bindings", got, []string{
		"msg_lists: msg_lists/consumer.New#1 = orders.paid | ${ASSEMBLED_TOPIC}",
		"msg_lists: msg_lists/consumer.New#1 = stock.reserved | stock.released",
	})
}

// TestRocketMQ checks apache/rocketmq-client-go: messages made by
// NewMessage, a literal, and an interface's method that the package's own
// type implements; a request; a push consumer's subscription.
func TestRocketMQ(t *testing.T) {
	t.Parallel()
	testMessages(t, "msg_rocketmq")
}
