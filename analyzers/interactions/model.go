package interactions

import (
	"go/token"
	"go/types"
	"time"

	"github.com/boundcheck/boundcheck/internal/values"
)

// A Call is one outbound synchronous call a package makes: an HTTP request
// or a gRPC method call.
type Call struct {
	Protocol string // "http" or "grpc"
	// Method is the HTTP method ("GET"; "" when unknown), or the gRPC
	// method's name ("GetOrder").
	Method string
	// URL holds the candidate URLs of an HTTP call, as far as constant
	// propagation resolves them; unknown parts render as "{?}".
	URL []Value
	// Target holds the candidate dial targets of a gRPC call's connection,
	// when its origin can be seen ("payments:9090", "${PAYMENTS_ADDR}").
	Target []Value
	// GRPCService and GRPCMethod name a gRPC call's proto service
	// ("orders.v1.Orders") and full method ("/orders.v1.Orders/GetOrder").
	GRPCService string
	GRPCMethod  string
	// Timeout is the constant time limit the code puts on the call (a
	// context.WithTimeout, the client's Timeout), 0 when unknown.
	Timeout time.Duration
	// Func is the function whose body makes the call (a closure counts as
	// part of the function it is written in, see Node).
	Func Node
	Pos  token.Pos
}

// A Message is one place a package publishes to or consumes from a
// broker destination.
type Message struct {
	Protocol string // "kafka", "nats", "amqp", "redis", "pubsub", "watermill"
	Role     string // "publish" or "consume"
	// Destination holds the candidate topic, subject, queue or stream
	// names. For AMQP a publish names "exchange/routing-key" and a consume
	// the queue; a binding (QueueBind) is recorded as Role "bind" with
	// Destination "exchange/key" and Queue set.
	Destination []Value
	Queue       []Value // AMQP bindings: the queue bound; NATS queue groups
	Func        Node
	Pos         token.Pos
}

// A Node is a vertex of the package's call graph: a declared function or
// method (*types.Func), or a function literal (its *ast.FuncLit's
// position, as a token.Pos).
type Node any

// An Edge says that From may call or hand on To: a static call, a call of
// an interface method (To is the interface's *types.Func, resolved against
// the whole program's types later), a function or method value taken, or
// a function literal written inside From.
type Edge struct {
	From, To Node
	// Dynamic marks a call through an interface method.
	Dynamic bool
	Pos     token.Pos // the call, or where the function is named
}

// A Value is a string that constant propagation resolved, as a sequence
// of known text and named unknowns (environment variables, flags, config
// fields).
type Value = values.Value

// A Part is one piece of a Value.
type Part = values.Part

var _ *types.Func // Node holds one
