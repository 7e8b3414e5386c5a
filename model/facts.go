package model

import (
	"go/token"
	"go/types"
	"strings"
	"time"

	"github.com/boundcheck/boundcheck/internal/values"
)

// A Call is one outbound synchronous call a package makes: an HTTP request
// or a gRPC method call.
type Call struct {
	Protocol string // "http", "grpc", or an RPC framework's: "twirp", "connect", "micro"
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
	// Deadline reports whether the code puts a time limit on the call: a
	// context with a deadline (rules.Deadline), the client's Timeout.
	Deadline bool
	// Timeout is the limit's length when a constant says it
	// (context.WithTimeout(ctx, 2*time.Second)), 0 when there is no limit
	// or its length is not known (context.WithDeadline).
	Timeout time.Duration
	// IdempotencyKey marks an HTTP request that carries an idempotency
	// key: in the function that makes it, its Idempotency-Key (or
	// X-Idempotency-Key) header is set, named by a constant
	// (req.Header.Set("Idempotency-Key", id), resty's SetHeader), so a
	// server that honours it performs the request once however often it
	// is sent.
	IdempotencyKey bool
	// AppID holds, for a Dapr service invocation, the candidate app-ids
	// of the service it invokes (see model/dapr.go): the Go SDK's
	// InvokeMethod, whose URL is then only the method's path ("/orders"),
	// or an HTTP request carrying a dapr-app-id header.
	AppID []Value
	// Made marks a call recorded where its client is made (go-kit's
	// NewClient), not where it is sent: it is the service's call only when
	// the service's main reaches that place, not merely because a client
	// library for others sits among its packages.
	Made bool
	// CtxParam, for a call without a deadline of its own, is the
	// parameter (values.ParamKey) of the function around it that its
	// context is: the callers of that function decide (CtxDeadline).
	CtxParam string
	// Sets names, for a go-kit client, the sets of endpoints
	// (catalog.EndpointSet) that the function making it fills or returns:
	// their endpoints, called, are calls of this client.
	Sets []string
	// Func is the function whose body makes the call (a closure counts as
	// part of the function it is written in, see Node).
	Func Node
	Pos  token.Pos
}

// A Message is one place a package publishes to or consumes from a
// broker destination.
type Message struct {
	Protocol string // "kafka", "nats", "amqp", "redis", "pubsub", "watermill", "dapr"
	Role     string // "publish" or "consume"
	// Destination holds the candidate topic, subject, queue or stream
	// names. For AMQP a publish names "exchange/routing-key" and a consume
	// the queue; a binding (QueueBind) is recorded as Role "bind" with
	// Destination "exchange/key" and Queue set.
	Destination []Value
	Queue       []Value // AMQP bindings: the queue bound; NATS queue groups
	// Handlers, for a consume that hands each message to a function (nats'
	// Subscribe callback, watermill's handlerFunc, sarama's ConsumeClaim),
	// are the call-graph nodes that function starts at; an interface's
	// method stands for its implementations. None for a consume in a loop
	// (kafka-go's ReadMessage): Func handles what it returns; none either
	// for a consume whose handler argument cannot be resolved (a
	// function-typed parameter), whose handling is not known (no
	// HandleFrom).
	Handlers []Node
	// HandleFrom and HandleTo, for a consume in a loop, are the part of
	// Func that handles what it returns: from the call's end to the end
	// of the loop around it (else of the function literal or body).
	HandleFrom, HandleTo token.Pos
	// Elem, for a consume in a loop that returns a channel of messages
	// (amqp's Consume), is the channel's element type ("path.Delivery"):
	// a worker the channel is handed to ranges over one (Delivery).
	Elem string
	// Split, when set, cuts each destination once it is known into the
	// names it lists (strings.Split(cfg.Topics, ",") on a field main
	// fills with "a,b"): the separator, " " for strings.Fields.
	Split string
	// Request marks a publish that waits for the reply (NATS
	// request/reply): a sync call to the service that subscribes, with
	// a time limit when Deadline is set (of length Timeout when a
	// constant says).
	Request  bool
	Deadline bool
	Timeout  time.Duration
	Func     Node
	Pos      token.Pos
}

// CutList cuts s into the names it lists, separated by sep (" ": by
// white space), each trimmed, empty ones dropped.
func CutList(s, sep string) []string {
	var names []string
	if sep == " " {
		names = strings.Fields(s)
	} else {
		names = strings.Split(s, sep)
	}
	out := names[:0]
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Loop reports whether the consume is in a loop whose function handles
// what it returns (HandleFrom to HandleTo), rather than handing its
// messages to a handler.
func (m *Message) Loop() bool { return m.HandleFrom.IsValid() }

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

// Result is what one package contributes to the service model.
type Result struct {
	Endpoints []Endpoint
	Calls     []Call
	Messages  []Message
	Edges     []Edge
	// Live are the function literals and functions the package hands on
	// outside every function, in a package-level value (a cobra.Command's
	// RunE, a route table): a library calls them, so they run in every
	// service that links the package, though no call reaches them.
	Live []Node
	// Makes are the named types of the program the package's functions
	// make (composite literals, new): a type made in code that runs may
	// have any of its methods called, through an interface or by
	// reflection (the liveness of Model, builder.alive).
	Makes    []Make
	Bindings []Binding
	// CtxDeadlines are the package's calls that hand another package's
	// function a context with a deadline.
	CtxDeadlines []CtxDeadline
	Mounts       []Mount
	// Datastores are the package's connections to datastores and the
	// MongoDB databases and collections it names (datastores.go).
	Datastores []Datastore
	// Queries are the SQL statements the package runs and the MongoDB
	// collection operations it performs.
	Queries []Query
	// DupKeyChecks are where the package tests an error for a duplicate
	// key (mongo.IsDuplicateKeyError, pgErr.Code == "23505"): code that
	// takes a unique violation for "already done".
	DupKeyChecks []Site
	// Idempotent are the functions whose doc comment says
	// "//boundcheck:idempotent REASON": handlers their authors vouch for.
	Idempotent []Vouch
	// Branches are the parts of the package's functions that run only on
	// some paths: the bodies of if, else, case and select clauses and of
	// loops, each in the function (Node) it belongs to. Code before a
	// branch that does not hold it runs on every path through it.
	Branches []Span
	// Deliveries are the package's loops over a channel of a broker
	// library's messages: the workers a consume's channel may be handed
	// to (go worker(deliveries)).
	Deliveries []Delivery
	// Dedupers are the package's uses of watermill's Deduplicator
	// middleware: the router or handler it is added to drops a message
	// whose key it has seen.
	Dedupers []Deduper
	// Handoffs are the package's values handed to another package's
	// function as an interface that has methods (gqlgen's
	// handler.New(schema), http.ListenAndServe(addr, h)): when that
	// package's code is not in the model (a library), it may call those
	// methods, which the model then takes as called there.
	Handoffs []Handoff
	// Listens are the package's calls that make a server listen on an
	// address (http.ListenAndServe, net.Listen, gin's Run, an
	// http.Server's Addr): the ports its services serve on.
	Listens []Listen
}

// A Handoff is a value of a type of the program handed, in Func at Pos, to
// a function of package Callee as an interface: Methods are its methods
// that the interface has.
type Handoff struct {
	Func    Node
	Callee  string
	Methods []*types.Func
	Pos     token.Pos
}

// A Listen is a server listening on one of the candidate addresses Addr
// (":8080", ":" + PORT), made in Func at Pos.
type Listen struct {
	Addr []Value
	Func Node
	Pos  token.Pos
}

// A Delivery is a range loop over a channel whose elements are a broker
// library's messages, Elem ("github.com/rabbitmq/amqp091-go.Delivery"),
// in Func.
type Delivery struct {
	Func Node
	Pos  token.Pos
	Elem string
}

// A Deduper is one use of watermill's Deduplicator middleware. InMemory
// says that its keys are kept in the process' memory (no Repository, or
// NewMapExpiringKeyRepository's): a restart forgets them, and another
// instance of the service does not see them.
type Deduper struct {
	Func     Node
	Pos      token.Pos
	InMemory bool
}

// A Span is a conditional part of a function: From to To, in Func.
type Span struct {
	Func     Node
	From, To token.Pos
}

// A Vouch is a //boundcheck:idempotent directive: the function it
// documents (or, on a consume's line, the consume's position), and the
// reason given.
type Vouch struct {
	Func   Node
	Pos    token.Pos // the consume's, for a directive on its line
	Reason string
}

// A Site is a place in a function of the package.
type Site struct {
	Func Node
	Pos  token.Pos
}

// A Query is one SQL statement or MongoDB collection operation a package
// performs: a call of a query method of the catalog (rules/catalog,
// queries.go), or the Queue of a statement on a pgx Batch.
type Query struct {
	Protocol string // "sql", "mongo" or "redis" (a command on keys)
	// SQL holds the statement's candidate texts, as constant propagation
	// resolves them (sql); unknown parts render as "{?}".
	SQL []Value
	// Table holds the candidate names of a table the call names without
	// SQL text: pgx's CopyFrom ("public.orders" for
	// pgx.Identifier{"public", "orders"}).
	Table []Value
	// gorm's methods name their model's table here too (a Create of an
	// Order: "orders"; a Find after Table("invoices"): "invoices"), and
	// so do bun's queries where they run (a Scan after Model(&order)).
	// Write reports that the operation writes: a MongoDB insert, update,
	// delete or drop, a COPY FROM, a gorm Create, Save, Update or
	// Delete, a bun query other than a SELECT. For a SQL statement it is
	// false: its text says.
	Write bool
	// Verb says, for a write without SQL text, what it does to its rows
	// as far as running it twice goes: catalog.VerbInsert, ..., or ""
	// when the call does not say (a statement's text says it).
	Verb string
	// Checked marks a write that can claim a message (a Redis SETNX, an
	// insert with ON CONFLICT DO NOTHING, a conditional UPDATE) whose
	// answer the code looks at:
	// it is not dropped, nor assigned to _ or to a variable never read.
	Checked bool
	// FreshKey marks a SQL statement or a Redis command whose keys (its
	// arguments after the text; a command's keys) hold a new id made where
	// it runs (uuid.New(), primitive.NewObjectID(): catalog.FreshID), in a
	// composite literal, through a conversion or a method
	// (uuid.New().String()), or in a local variable assigned once, and
	// nothing else that varies: a second run writes under another key. A
	// statement with another varying argument (the message's key, which a
	// unique index may hold) is not fresh.
	FreshKey bool
	// ConstKey marks a SQL statement whose arguments after the context
	// and the text, or a Redis command whose keys, are all constants, and
	// there is at least one: rdb.SetNX(ctx, "lock", 1, 0) claims the same
	// key whatever the message. Other operations (builders, gorm, MongoDB)
	// leave it false.
	ConstKey bool
	// Creates marks gorm's AutoMigrate and bun's CreateTable: the
	// package creates the tables
	// of Table, which makes the service that runs it their owner when
	// the config and the migration files name none.
	Creates bool
	// Conn is the index in Result.Datastores of the package's record the
	// operation runs on, or -1: the sql.Open, pgxpool.New or sqlx.Connect
	// its receiver was opened by (through transactions and acquired
	// connections), or the (*mongo.Database).Collection its collection
	// was named by, which holds the database and collection names. It is
	// -1 when the receiver cannot be traced to one record: a connection
	// handed in by another package, a closure's parameter, either of two
	// connections. (An index, not a position: a chained
	// client.Database("shop").Collection("carts") makes two records at
	// one position.)
	Conn int
	Func Node
	Pos  token.Pos
}

// An Endpoint is a route or RPC method the package registers.
type Endpoint struct {
	Protocol string // "http", "grpc", "twirp", "connect" or "micro"
	// Method is the HTTP method of a Go 1.22 pattern ("" for any), or the
	// gRPC method's name.
	Method string
	// Path is the HTTP path pattern ("/orders/{id}"), or the gRPC method's
	// full name ("/orders.v1.Orders/GetOrder").
	Path        string
	Host        string      // an HTTP pattern's host, if it has one
	GRPCService string      // gRPC: the proto service's full name, "orders.v1.Orders"
	Handler     *types.Func // the named function or method that serves it, if known
	// Entries are the call-graph nodes the handler starts at: the handler
	// function, a function literal, the functions a middleware wraps.
	Entries []Node
	Pos     token.Pos // where it is registered
	// Router is the function that makes the router the route is
	// registered on, when it makes it itself (r := chi.NewRouter()):
	// a Mount of that function's result prefixes the route.
	Router *types.Func
	// Registry is the name a go-micro service registers under
	// (micro.Name("shippy.service.vessel")), "" when not seen.
	Registry string
}

// A Mount is a router mounted under a prefix: Mount("/api", api.Routes()).
type Mount struct {
	Prefix string
	Func   *types.Func // the function whose result is mounted
	Pos    token.Pos
}

// String renders an endpoint the way people write it: "GET /orders/{id}",
// "grpc /orders.v1.Orders/GetOrder", "micro VesselService.Create".
func (e Endpoint) String() string {
	if e.Protocol != "http" {
		return e.Protocol + " " + e.Path
	}
	s := e.Host + e.Path
	if e.Method != "" {
		s = e.Method + " " + s
	}
	return s
}

// A Make is a named type made in function Func (nil: in a package-level
// value's initializer).
type Make struct {
	Func Node
	Type *types.TypeName
}

// A CtxDeadline is a call that gives parameter Param (values.ParamKey) of
// a function in another package a context with a deadline.
type CtxDeadline struct {
	Param string
	Pos   token.Pos
}

// A Binding is what one call passes for a parameter that a value in
// another package (or this one) is built from.
type Binding struct {
	Param  string // values.ParamKey
	Values []Value
	Pos    token.Pos
	// Method, for a call of an interface method, is that method, and
	// Index the parameter: the model binds the values to the methods that
	// implement it.
	Method *types.Func
	Index  int
}

// IsAbstract reports whether fn is an interface method.
func IsAbstract(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	return types.IsInterface(sig.Recv().Type())
}

// ConnOf returns the Datastore record q runs on (see Query.Conn), or nil.
func (r *Result) ConnOf(q *Query) *Datastore {
	if q.Conn < 0 || q.Conn >= len(r.Datastores) {
		return nil
	}
	return &r.Datastores[q.Conn]
}
