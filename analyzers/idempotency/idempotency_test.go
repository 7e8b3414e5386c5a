package idempotency_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/idempotency"
	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestGuards checks each consume form with a repeating effect and no
// guard (an insert and a publish two calls away, an update relative to
// its own value, a sarama handler behind its interface, a kafka-go loop),
// a claim and an inbox read that come after the insert, a claim whose
// answer is dropped (SETNX as a statement, an insert assigned to _, only
// the claim's Err looked at) (all
// still reported),
// and the clean
// look-alikes: a read, an upsert to a value, a Redis claim first, a
// processed-messages insert first, an inbox read first (a table the
// handling reads, then inserts the message into), a unique violation
// taken for done (for the insert, and for a publish after the test), a
// //boundcheck:idempotent directive with its reason on the handler and on
// the consume's line (one without a reason does not count).
func TestGuards(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "guards"), idempotency.Check, "guards/...")
}

// set returns the service model of the case folder testdata/src/name,
// discovered by convention.
func set(t *testing.T, name string) *rules.Set {
	t.Helper()
	tree, err := rtree.ScanTreeAs(filepath.Join(analysistest.TestData(), "src", name), name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := rules.Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testdata(t *testing.T) string { return stubtest.GOPATH(t, analysistest.TestData()) }

// TestBrokers checks each consume form (nats Subscribe, QueueSubscribe,
// JetStream, jetstream's Consume, sarama's ConsumeClaim, watermill, Cloud
// Pub/Sub, watermill CQRS handlers, confluent-kafka-go, Dapr, kafka-go's
// loop, AMQP's deliveries, Redis pub/sub and
// streams, an AMQP channel handed to workers chosen through a function
// value): each that inserts with no guard is reported, its look-alike
// that upserts is not.
func TestBrokers(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "brokers"), idempotency.Check, "brokers/...")
}

// TestOrder checks where a guard stands: before the effect on every path,
// in a callee that runs first, a unique violation tested in the error's
// branch (clean); after the effect, on one branch only, in a callee that
// runs after the effect's (reported, with the path to the effect).
func TestOrder(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "order"), idempotency.Check, "order/...")
}

// TestReach checks how the handling reaches its effects: two calls deep,
// behind an interface the service implements once (reported, with the
// path), behind one it implements twice (not judged); an HTTP POST
// (reported) and a PUT (clean); a handler that only reads (clean); an
// insert whose database is not known (it repeats all the same).
func TestReach(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "reach"), idempotency.Check, "reach/...")
}

// TestDeduplicator checks watermill's Deduplicator middleware: with its
// default store, the process' memory, it does not guard (reported, saying
// why); with a shared Repository it does (clean).
func TestDeduplicator(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "dedup"), idempotency.Check, "dedup/...")
}

// TestKeys checks what a guard is keyed by and effects whose repetition
// depends on their data: a claim on a constant key or on a new id, and a
// unique violation on an insert keyed by a new id (reported); a
// conditional UPDATE that is checked, an increment that tests what it
// sets, MongoDB's $set, an HTTP POST with an Idempotency-Key (clean);
// MongoDB's $inc and an unfiltered $push (reported), a $push whose filter
// tests the pushed field and an insert whose E11000 is taken for done
// (clean).
func TestKeys(t *testing.T) {
	checktest.Run(t, testdata(t), set(t, "keys"), idempotency.Check, "keys/...")
}

// TestUnseen checks what the check says it could not judge: a consumer
// whose handler could not be told and one whose repeating effect is only
// guessed, not one whose guessed effect is guarded, whose effects are all
// sure, or whose author vouches for it.
func TestUnseen(t *testing.T) {
	guessed := &model.Effect{Repeats: true}
	sure := &model.Effect{Repeats: true, Sure: true}
	guarded := &model.Effect{Repeats: true, Guard: &model.Guard{Kind: "claim"}}
	loop := &model.MessageRef{Message: &model.Message{HandleFrom: 1, HandleTo: 2}}
	handed := &model.MessageRef{Message: &model.Message{}}
	m := &model.Model{Consumers: []*model.Consumer{
		{Ref: loop, Effects: []*model.Effect{guessed, sure}},
		{Ref: loop, Effects: []*model.Effect{sure}},
		{Ref: loop, Effects: []*model.Effect{guarded}},
		{Ref: handed},
		{Ref: loop, Effects: []*model.Effect{guessed}, Vouched: "deduped downstream"},
	}}
	got := strings.Join(idempotency.Check.Unseen(m), "; ")
	want := "1 message consumers whose handler could not be told (a function value handed in); " +
		"1 message consumers whose handling reaches its effects only through an interface the service implements more than once"
	if got != want {
		t.Errorf("Unseen = %q, want %q", got, want)
	}
}
