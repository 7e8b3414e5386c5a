package catalog

import (
	"go/token"
	"go/types"
	"strings"
	"testing"
)

func TestNATSSubjectMatch(t *testing.T) {
	tests := []struct {
		pattern, subject string
		want             bool
	}{
		{"orders.created", "orders.created", true},
		{"orders.created", "orders.updated", false},
		{"orders.created", "orders", false},
		{"orders", "orders.created", false},
		{"orders.*", "orders.created", true},
		{"orders.*", "orders", false},
		{"orders.*", "orders.created.eu", false},
		{"*.created", "orders.created", true},
		{"*.*", "orders.created", true},
		{"*", "orders", true},
		{"*", "orders.created", false},
		{"orders.>", "orders.created", true},
		{"orders.>", "orders.created.eu", true},
		{"orders.>", "orders", false},
		{">", "orders", true},
		{">", "orders.created.eu", true},
		{"orders.*.eu", "orders.created.eu", true},
		{"orders.*.eu", "orders.created.us", false},
		{"*.created.>", "orders.created.eu.west", true},
		{"orders.>.eu", "orders.created.eu", false}, // ">" must be last
		{"orders.>", "orders.>", true},              // a subject's wildcard matches only its own kind
		{"orders.*", "orders.>", false},
		{"orders.*", "orders.*", true},
		{"orders.created", "orders.*", false},
		{"", "orders", false},
		{"orders", "", false},
		{"orders..created", "orders..created", false},
		{"orders.*", "orders.", false},
		{"Orders.Created", "orders.created", false}, // subjects are case-sensitive
	}
	for _, tt := range tests {
		if got := NATSSubjectMatch(tt.pattern, tt.subject); got != tt.want {
			t.Errorf("NATSSubjectMatch(%q, %q) = %v, want %v", tt.pattern, tt.subject, got, tt.want)
		}
	}
}

// TestMessagingCatalog checks that every entry names a function of a
// package the fast path lets through, and that every operation says where
// its destination is.
func TestMessagingCatalog(t *testing.T) {
	for full, ops := range messageOps {
		if !messagingPaths[funcPackage(full)] {
			t.Errorf("%s: package %q is not in messagingPaths", full, funcPackage(full))
		}
		for _, op := range ops {
			if len(op.Dest) == 0 {
				t.Errorf("%s: no Dest", full)
			}
			switch op.Role {
			case RolePublish, RoleConsume, RoleBind:
			default:
				t.Errorf("%s: role %q", full, op.Role)
			}
			for _, w := range op.Dest {
				if w.Arg == ArgTypeArg && !w.Type {
					t.Errorf("%s: ArgTypeArg is read only as a Type", full)
				}
			}
			if (op.Role == RoleBind) != (op.Protocol == "amqp" && len(op.Queue) > 0) {
				t.Errorf("%s: a binding is AMQP's, with a queue", full)
			}
		}
	}
	for full, m := range makers {
		if !messagingPaths[funcPackage(full)] {
			t.Errorf("maker %s: package %q is not in messagingPaths", full, funcPackage(full))
		}
		if len(m.Dest)+len(m.Fallback)+len(m.Queue) == 0 {
			t.Errorf("maker %s names nothing", full)
		}
		for _, w := range append(append(m.Dest, m.Fallback...), m.Queue...) {
			if w.Arg == ArgSelf {
				t.Errorf("maker %s: ArgSelf is for literal makers", full)
			}
		}
	}
	for name, m := range literalMakers {
		for _, w := range m.Dest {
			if w.Arg != ArgSelf || w.Field == "" {
				t.Errorf("literal maker %s: want a field of the literal", name)
			}
		}
	}
	for _, full := range SubscriptionCreators {
		if _, ok := makers[full]; !ok || !strings.HasPrefix(full, "(*cloud.google.com/go/pubsub.") {
			t.Errorf("subscription creator %s has no maker", full)
		}
	}
}

func TestDestinationMatch(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		protocol, pattern, name string
		ok                      bool
	}{
		{"nats", "payments.*", "payments.settled", true},
		{"nats", "payments.*", "payments.settled.eu", false},
		{"nats", "payments.>", "payments.settled.eu", true},
		{"nats", "payments.>", "payments", false},
		{"redis", "cache.*", "cache.invalidate", true},
		{"redis", "cache.?", "cache.x", true},
		{"redis", "cache.[ab]", "cache.c", false},
		{"kafka", "orders.*", "orders.created", false},
		{"kafka", "orders.created", "orders.created", true},
		{"amqp", "billing/invoice.*", "billing/invoice.created", true},
		{"amqp", "billing/invoice.*", "billing/invoice.created.eu", false},
		{"amqp", "billing/#", "billing/invoice.created.eu", true},
		{"amqp", "billing/#.eu", "billing/invoice.created.eu", true},
		{"amqp", "audit/#", "billing/invoice.created", false},
		{"amqp", "emails", "/emails", true},
		{"amqp", "emails", "/sms", false},
	} {
		if ok := DestinationMatch(tc.protocol, tc.pattern, tc.name); ok != tc.ok {
			t.Errorf("DestinationMatch(%s, %q, %q) = %v, want %v", tc.protocol, tc.pattern, tc.name, ok, tc.ok)
		}
	}
}

// TestMessageOpsParams checks that an entry for one version of a
// function applies only to calls of a function with its parameters:
// go-rabbitmq v0.12's NewConsumer(conn, handler, queue, options...)
// consumes and binds; v0.13's NewConsumer(conn, queue, options...),
// whose queue is its second argument, is neither.
func TestMessageOpsParams(t *testing.T) {
	pkg := types.NewPackage(RabbitMQWrapperPath, "rabbitmq")
	param := func(name string, t types.Type) *types.Var { return types.NewParam(token.NoPos, pkg, name, t) }
	opts := param("optionFuncs", types.NewSlice(types.NewSignatureType(nil, nil, nil, nil, nil, false)))
	conn := param("conn", types.Typ[types.UnsafePointer])
	newConsumer := func(params ...*types.Var) *types.Func {
		sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), nil, true)
		return types.NewFunc(token.NoPos, pkg, "NewConsumer", sig)
	}
	v12 := newConsumer(conn, param("handler", types.NewSignatureType(nil, nil, nil, nil, nil, false)), param("queue", types.Typ[types.String]), opts)
	v13 := newConsumer(conn, param("queue", types.Typ[types.String]), opts)
	var roles []string
	for _, o := range MessageOps(v12) {
		roles = append(roles, o.Role)
	}
	if got := strings.Join(roles, ","); got != "consume,bind" {
		t.Errorf("v0.12 NewConsumer: roles %q, want consume,bind", got)
	}
	if ops := MessageOps(v13); len(ops) != 0 {
		t.Errorf("v0.13 NewConsumer: %d operations, want none", len(ops))
	}
}

func TestHoleMatch(t *testing.T) {
	const h = "{?}"
	tests := []struct {
		protocol, pattern, name string
		want                    bool
	}{
		{"nats", "warehouse.reserve.41", "warehouse.reserve.{?}", true},
		{"nats", "warehouse.reserve.*", "warehouse.reserve.{?}", true},
		{"nats", "warehouse.>", "warehouse.reserve.{?}", true},
		{"nats", "warehouse.ping.41", "warehouse.reserve.{?}", false},
		{"nats", "warehouse.reserve", "warehouse.reserve.{?}", false},       // a hole is at least one token here
		{"nats", "warehouse.reserve.41.eu", "warehouse.reserve.{?}", false}, // and at most one
		{"nats", "orders.eu_created", "orders.{?}_created", true},           // known text around a hole
		{"nats", "orders._created", "orders.{?}_created", false},            // a hole is never empty
		{"nats", "orders.eu_updated", "orders.{?}_created", false},          //
		{"kafka", "orders-eu-created", "orders-{?}-created", true},          // whole names
		{"kafka", "orders-created", "orders-{?}-created", false},            //
		{"kafka", "orders-eu-x-created", "orders-{?}-{?}-created", true},    //
		{"kafka", "orders", "orders", true},                                 // no hole: equal
		{"amqp", "events/orders.created", "events/orders.{?}", false},       // wildcards of its own: never
		{"redis", "orders:created", "orders:{?}", false},                    //
		{"nats", "", "orders.{?}", false},                                   //
	}
	for _, tt := range tests {
		if got := HoleMatch(tt.protocol, tt.pattern, tt.name, h); got != tt.want {
			t.Errorf("HoleMatch(%s, %q, %q) = %v, want %v", tt.protocol, tt.pattern, tt.name, got, tt.want)
		}
	}
}
