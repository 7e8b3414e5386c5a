package catalog

import (
	"go/types"
	"slices"
	"strings"
	"sync"
)

// This file is the catalog of outbound calls: which library functions go out
// over the network, which argument carries their context, and what else can
// put a time limit on them. Entries are keyed by the full name go/types gives
// the function (types.Func.FullName), so they match by package path and
// receiver type, never by a variable's name.

// A Limit says what, besides its context, can put a time limit on an
// outbound call.
type Limit int

const (
	// LimitNone: only the context can.
	LimitNone Limit = iota
	// LimitHTTPClient: the Timeout of the *http.Client it is called on, or
	// that a client library wraps.
	LimitHTTPClient
	// LimitDialer: the Timeout or Deadline of the *net.Dialer it is called on.
	LimitDialer
	// LimitGRPCConn: a client interceptor on the connection that sets a deadline.
	LimitGRPCConn
	// LimitMongoClient: a client-wide timeout set in the client options.
	LimitMongoClient
	// LimitResty: the timeout of the resty client the request came from.
	LimitResty
	// LimitRetryable: the Timeout of the retryablehttp client's HTTPClient.
	LimitRetryable
	// LimitGorm: the context attached to the *gorm.DB with WithContext or
	// Session; the call has no context argument of its own.
	LimitGorm
	// LimitSQLTx: the context of the BeginTx that made the *sql.Tx.
	LimitSQLTx
	// LimitRestyRequest: the context set on the resty request with SetContext.
	LimitRestyRequest
)

// An Outbound is one library function that makes a network request and
// waits for the answer.
type Outbound struct {
	Func     string // types.Func.FullName
	Protocol string // http, grpc, tcp, rpc (net/rpc), sql, mongo, nats
	// Ctx is the index of the context.Context parameter, -1 if none.
	Ctx int
	// Request is the index of the *http.Request (or a wrapper of one) whose
	// context applies, -1 if none.
	Request int
	Limit   Limit
	// Default, when set, explains why the call has no limit when neither
	// the context nor Limit gives one (http.Get: the default client).
	Default string
	// WithContext is the name of the variant that takes a context, when the
	// call has none (Query → QueryContext).
	WithContext string
}

var (
	outbound = make(map[string]*Outbound)
	// deadlineFuncs derive a context with a deadline: the index of the
	// argument that holds its length, -1 for a time.Time deadline.
	deadlineFuncs = map[string]int{
		"context.WithTimeout":             1,
		"context.WithDeadline":            -1,
		"context.WithTimeoutCause":        1,
		"context.WithDeadlineCause":       -1,
		XNetContextPath + ".WithTimeout":  1,
		XNetContextPath + ".WithDeadline": -1,
	}
	rootContexts = map[string]bool{
		"context.Background": true,
		"context.TODO":       true,
		// golang.org/x/net/context, the pre-1.7 package, forwards to context.
		"golang.org/x/net/context.Background": true,
		"golang.org/x/net/context.TODO":       true,
	}
	// dropDeadline derive a context that keeps values but not the deadline.
	dropDeadline = map[string]bool{
		"context.WithoutCancel": true,
	}
	// deadlineMiddleware put a deadline on the context of every request
	// they wrap.
	deadlineMiddleware = map[string]bool{
		"net/http.TimeoutHandler": true,
	}
	// deadlineInterceptors are gRPC client interceptors that put a
	// deadline on every call of the connection.
	deadlineInterceptors = map[string]bool{
		"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/timeout.UnaryClientInterceptor": true,
	}
	// timeoutSetters are builder methods that set a client-wide timeout.
	timeoutSetters = make(map[string]bool)
	// noTimeoutClients return an *http.Client without Timeout.
	noTimeoutClients = map[string]bool{
		"github.com/hashicorp/go-cleanhttp.DefaultClient":       true,
		"github.com/hashicorp/go-cleanhttp.DefaultPooledClient": true,
	}
	// noTimeoutClientVars are package variables that hold an
	// *http.Client without Timeout, by package path and name.
	noTimeoutClientVars = map[string]bool{
		"net/http.DefaultClient": true,
		"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp.DefaultClient": true,
	}
)

// CobraPath is github.com/spf13/cobra.
const CobraPath = "github.com/spf13/cobra"

// IsCommandContext reports whether fn is cobra's (*Command).Context: the
// context ExecuteContext was given, context.Background() after Execute.
func IsCommandContext(fn *types.Func) bool {
	return fn != nil && fn.FullName() == "(*"+CobraPath+".Command).Context"
}

// CommandExecute reports whether fn runs a cobra command tree, and the
// index of the context it hands the commands (-1: context.Background(),
// Execute and ExecuteC).
func CommandExecute(fn *types.Func) (ctx int, ok bool) {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != CobraPath {
		return 0, false
	}
	switch fn.FullName() {
	case "(*" + CobraPath + ".Command).Execute", "(*" + CobraPath + ".Command).ExecuteC":
		return -1, true
	case "(*" + CobraPath + ".Command).ExecuteContext", "(*" + CobraPath + ".Command).ExecuteContextC":
		return 0, true
	}
	return 0, false
}

// IsNoTimeoutClientVar reports whether the package variable name of the
// package at path holds an *http.Client without Timeout
// (http.DefaultClient, otelhttp.DefaultClient).
func IsNoTimeoutClientVar(path, name string) bool { return noTimeoutClientVars[path+"."+name] }

// The import paths the catalog uses more than once.
const (
	GRPCPath      = "google.golang.org/grpc"
	NetHTTPPath   = "net/http"
	ContextPath   = "context"
	GinPath       = "github.com/gin-gonic/gin"
	EchoPath      = "github.com/labstack/echo/v4"
	GormPath      = "gorm.io/gorm"
	EntSchemaPath = "entgo.io/ent/dialect/sql/schema"
	RetryablePath = "github.com/hashicorp/go-retryablehttp"
	sqlPath       = "database/sql"
	SQLXPath      = "github.com/jmoiron/sqlx"
	ScanyPath     = "github.com/georgysavva/scany"
)

// RestyPaths are the import paths of go-resty.
var RestyPaths = []string{"github.com/go-resty/resty/v2", "resty.dev/v3"}

// MongoPaths are the import paths of the MongoDB driver's mongo and options
// packages, v1 then v2.
var MongoPaths = [][2]string{
	{"go.mongodb.org/mongo-driver/mongo", "go.mongodb.org/mongo-driver/mongo/options"},
	{"go.mongodb.org/mongo-driver/v2/mongo", "go.mongodb.org/mongo-driver/v2/mongo/options"},
}

func add(o Outbound) {
	outbound[o.Func] = &o
}

// methods adds one entry per method name of recv, e.g. "(*database/sql.DB)".
func methods(recv, protocol string, ctx int, limit Limit, names ...string) {
	for _, n := range names {
		add(Outbound{Func: recv + "." + n, Protocol: protocol, Ctx: ctx, Request: -1, Limit: limit})
	}
}

func init() {
	// net/http: package functions use the default client.
	for _, f := range []string{"Get", "Head", "Post", "PostForm"} {
		add(Outbound{Func: "net/http." + f, Protocol: "http", Ctx: -1, Request: -1,
			Default: "http." + f + " uses http.DefaultClient, which has no timeout"})
	}
	add(Outbound{Func: "(*net/http.Client).Do", Protocol: "http", Ctx: -1, Request: 0, Limit: LimitHTTPClient})
	// A reverse proxy sends the request it serves on, with that request's
	// context, through its Transport (http.DefaultTransport, which waits
	// for a response as long as the context allows, when none is set).
	add(Outbound{Func: "(*net/http/httputil.ReverseProxy).ServeHTTP", Protocol: "http", Ctx: -1, Request: 1})
	methods("(*net/http.Client)", "http", -1, LimitHTTPClient, "Get", "Head", "Post", "PostForm")

	// net and crypto/tls: dials without a timeout.
	add(Outbound{Func: "net.Dial", Protocol: "tcp", Ctx: -1, Request: -1, Default: "net.Dial has no timeout"})
	add(Outbound{Func: "net.DialTCP", Protocol: "tcp", Ctx: -1, Request: -1, Default: "net.DialTCP has no timeout"})
	add(Outbound{Func: "crypto/tls.Dial", Protocol: "tcp", Ctx: -1, Request: -1, Default: "tls.Dial has no timeout"})
	// DialWithDialer is limited by the Dialer it is given, its first argument.
	add(Outbound{Func: "crypto/tls.DialWithDialer", Protocol: "tcp", Ctx: -1, Request: -1, Limit: LimitDialer})
	add(Outbound{Func: "(*net.Dialer).Dial", Protocol: "tcp", Ctx: -1, Request: -1, Limit: LimitDialer})
	add(Outbound{Func: "(*net.Dialer).DialContext", Protocol: "tcp", Ctx: 0, Request: -1, Limit: LimitDialer})

	// net/rpc: the dials have no timeout, and a Call waits for its reply
	// as long as the connection lives (it takes no context).
	for _, f := range []string{"Dial", "DialHTTP", "DialHTTPPath"} {
		add(Outbound{Func: "net/rpc." + f, Protocol: "tcp", Ctx: -1, Request: -1, Default: "rpc." + f + " has no timeout"})
	}
	add(Outbound{Func: "net/rpc/jsonrpc.Dial", Protocol: "tcp", Ctx: -1, Request: -1, Default: "jsonrpc.Dial has no timeout"})
	add(Outbound{Func: "(*net/rpc.Client).Call", Protocol: "rpc", Ctx: -1, Request: -1,
		Default: "(*rpc.Client).Call has no deadline: it waits for the reply as long as the connection lives"})

	// gRPC: Invoke on a connection; generated clients are matched by shape
	// (see IsGRPCClientMethod).
	add(Outbound{Func: "(*google.golang.org/grpc.ClientConn).Invoke", Protocol: "grpc", Ctx: 0, Request: -1, Limit: LimitGRPCConn})

	// database/sql and sqlx: the variants without a context have none.
	for _, recv := range []string{"DB", "Conn", "Tx", "Stmt"} {
		r := "(*" + sqlPath + "." + recv + ")"
		methods(r, "sql", 0, LimitNone, "QueryContext", "QueryRowContext", "ExecContext", "PrepareContext", "PingContext", "BeginTx")
		limit := LimitNone
		if recv == "Tx" {
			limit = LimitSQLTx
		}
		for _, n := range []string{"Query", "QueryRow", "Exec", "Prepare", "Ping", "Begin"} {
			add(Outbound{Func: r + "." + n, Protocol: "sql", Ctx: -1, Request: -1, Limit: limit,
				Default: "(*sql." + recv + ")." + n + " has no context", WithContext: n + "Context"})
		}
	}
	outbound["(*database/sql.DB).Begin"].WithContext = "BeginTx"
	// Commit and Rollback run on the context BeginTx gave the transaction:
	// none, when Begin made it.
	for _, n := range []string{"Commit", "Rollback"} {
		add(Outbound{Func: "(*" + sqlPath + ".Tx)." + n, Protocol: "sql", Ctx: -1, Request: -1, Limit: LimitSQLTx,
			Default: "(*sql.Tx)." + n + " runs on the transaction's context, and its Begin gave it none"})
	}
	outbound["(*database/sql.DB).Conn"] = &Outbound{Func: "(*database/sql.DB).Conn", Protocol: "sql", Ctx: 0, Request: -1}
	for _, recv := range []string{"DB", "Tx"} {
		r := "(*" + SQLXPath + "." + recv + ")"
		limit := LimitNone
		if recv == "Tx" {
			limit = LimitSQLTx
		}
		for _, n := range []string{"Get", "Select", "Queryx", "QueryRowx", "NamedExec", "NamedQuery", "MustExec", "Preparex"} {
			add(Outbound{Func: r + "." + n, Protocol: "sql", Ctx: -1, Request: -1, Limit: limit,
				Default: "(*sqlx." + recv + ")." + n + " has no context", WithContext: n + "Context"})
			methods(r, "sql", 0, LimitNone, n+"Context")
		}
	}
	for _, f := range []string{"Connect", "MustConnect"} {
		add(Outbound{Func: SQLXPath + "." + f, Protocol: "sql", Ctx: -1, Request: -1,
			Default: "sqlx." + f + " pings the database without a context", WithContext: "ConnectContext"})
	}
	add(Outbound{Func: SQLXPath + ".ConnectContext", Protocol: "sql", Ctx: 0, Request: -1})
	add(Outbound{Func: "(*" + SQLXPath + ".DB).Beginx", Protocol: "sql", Ctx: -1, Request: -1,
		Default: "(*sqlx.DB).Beginx has no context", WithContext: "BeginTxx"})
	methods("(*"+SQLXPath+".DB)", "sql", 0, LimitNone, "BeginTxx")
	add(Outbound{Func: "(*" + SQLXPath + ".DB).MustBegin", Protocol: "sql", Ctx: -1, Request: -1,
		Default: "(*sqlx.DB).MustBegin has no context", WithContext: "MustBeginTx"})
	methods("(*"+SQLXPath+".DB)", "sql", 0, LimitNone, "MustBeginTx")

	// pgx: every call takes a context first.
	for _, v := range []string{"v4", "v5"} {
		pgx := "github.com/jackc/pgx/" + v
		q := []string{"Query", "QueryRow", "Exec", "Begin", "BeginTx", "SendBatch", "CopyFrom", "Ping", "Prepare"}
		methods("(*"+pgx+".Conn)", "sql", 0, LimitNone, q...)
		methods("("+pgx+".Tx)", "sql", 0, LimitNone, "Query", "QueryRow", "Exec", "Begin", "Commit", "Rollback", "SendBatch", "CopyFrom", "Prepare")
		pool := []string{"Query", "QueryRow", "Exec", "Begin", "BeginTx", "SendBatch", "CopyFrom", "Ping"}
		methods("(*"+pgx+"/pgxpool.Pool)", "sql", 0, LimitNone, append(pool, "Acquire", "AcquireFunc")...)
		methods("(*"+pgx+"/pgxpool.Conn)", "sql", 0, LimitNone, pool...)
		methods("(*"+pgx+"/pgxpool.Tx)", "sql", 0, LimitNone, "Query", "QueryRow", "Exec", "Commit", "Rollback", "SendBatch", "CopyFrom")
		add(Outbound{Func: pgx + ".Connect", Protocol: "sql", Ctx: 0, Request: -1})
		add(Outbound{Func: pgx + ".BeginFunc", Protocol: "sql", Ctx: 0, Request: -1})
	}
	// pgx v4's pool connects once before it returns (v5's New is lazy).
	for _, f := range []string{"Connect", "ConnectConfig"} {
		add(Outbound{Func: "github.com/jackc/pgx/v4/pgxpool." + f, Protocol: "sql", Ctx: 0, Request: -1})
	}
	// sqlx's functions over any Queryer or Execer.
	for _, f := range []string{"GetContext", "SelectContext", "NamedExecContext", "NamedQueryContext"} {
		add(Outbound{Func: SQLXPath + "." + f, Protocol: "sql", Ctx: 0, Request: -1})
	}
	for _, f := range []string{"Get", "Select", "NamedExec", "NamedQuery"} {
		add(Outbound{Func: SQLXPath + "." + f, Protocol: "sql", Ctx: -1, Request: -1,
			Default: "sqlx." + f + " has no context", WithContext: f + "Context"})
	}
	// scany runs the query on the context it is given, through the
	// database handle it is given (pgxscan.Select(ctx, pool, &dst, q)).
	for _, v := range []string{"", "/v2"} {
		for _, p := range []string{"pgxscan", "sqlscan"} {
			path := ScanyPath + v + "/" + p
			for _, f := range []string{"Get", "Select"} {
				add(Outbound{Func: path + "." + f, Protocol: "sql", Ctx: 0, Request: -1})
				add(Outbound{Func: "(*" + path + ".API)." + f, Protocol: "sql", Ctx: 0, Request: -1})
			}
		}
	}

	// gorm: the context rides on the *gorm.DB.
	for _, n := range []string{"Create", "CreateInBatches", "Save", "First", "Take", "Last", "Find", "FindInBatches",
		"FirstOrInit", "FirstOrCreate", "Update", "Updates", "UpdateColumn", "UpdateColumns", "Delete", "Count",
		"Row", "Rows", "Scan", "Pluck", "Exec", "Transaction", "Begin", "AutoMigrate"} {
		add(Outbound{Func: "(*" + GormPath + ".DB)." + n, Protocol: "sql", Ctx: -1, Request: -1, Limit: LimitGorm,
			Default: "(*gorm.DB)." + n + " runs without a context"})
	}

	// ent's schema migration (the generated client.Schema.Create calls
	// it with the context it is given), with or without Atlas.
	for _, t := range []string{"Migrate", "Atlas"} {
		add(Outbound{Func: "(*" + EntSchemaPath + "." + t + ").Create", Protocol: "sql", Ctx: 0, Request: -1})
	}

	// MongoDB: a context first; a client-wide timeout also limits.
	for _, p := range MongoPaths {
		mongo, options := p[0], p[1]
		methods("(*"+mongo+".Collection)", "mongo", 0, LimitMongoClient, "Find", "FindOne", "FindOneAndDelete",
			"FindOneAndReplace", "FindOneAndUpdate", "InsertOne", "InsertMany", "UpdateOne", "UpdateMany", "UpdateByID",
			"ReplaceOne", "DeleteOne", "DeleteMany", "Aggregate", "CountDocuments", "EstimatedDocumentCount",
			"Distinct", "BulkWrite", "Watch")
		methods("(*"+mongo+".Database)", "mongo", 0, LimitMongoClient, "RunCommand", "Aggregate", "ListCollectionNames", "Drop")
		methods("(*"+mongo+".Client)", "mongo", 0, LimitMongoClient, "Ping", "ListDatabaseNames")
		mongoConnect[mongo+".Connect"] = true
		mongoConnect[mongo+".NewClient"] = true
		mongoURI["(*"+options+".ClientOptions).ApplyURI"] = true
		timeoutSetters["(*"+options+".ClientOptions).SetTimeout"] = true
		timeoutSetters["(*"+options+".ClientOptions).SetSocketTimeout"] = true
	}

	// NATS: request/reply waits for the reply.
	add(Outbound{Func: "(*github.com/nats-io/nats.go.Conn).RequestWithContext", Protocol: "nats", Ctx: 0, Request: -1})
	add(Outbound{Func: "(*github.com/nats-io/nats.go.Conn).RequestMsgWithContext", Protocol: "nats", Ctx: 0, Request: -1})

	// HTTP client libraries.
	for _, resty := range RestyPaths {
		methods("(*"+resty+".Request)", "http", -1, LimitRestyRequest, "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Execute", "Send")
		timeoutSetters["(*"+resty+".Client).SetTimeout"] = true
		restyRoles[resty+".New"] = RestyNew
		restyRoles[resty+".NewWithClient"] = RestyWithClient
		restyRoles["(*"+resty+".Client).R"] = RestyRequest
		restyRoles["(*"+resty+".Client).NewRequest"] = RestyRequest
		restyRoles["(*"+resty+".Request).SetContext"] = RestySetContext
	}
	add(Outbound{Func: "(*" + RetryablePath + ".Client).Do", Protocol: "http", Ctx: -1, Request: 0, Limit: LimitRetryable})
	methods("(*"+RetryablePath+".Client)", "http", -1, LimitRetryable, "Get", "Head", "Post", "PostForm")
	// The package-level helpers run on a fresh NewClient.
	for _, f := range []string{"Get", "Head", "Post", "PostForm"} {
		add(Outbound{Func: RetryablePath + "." + f, Protocol: "http", Ctx: -1, Request: -1,
			Default: "retryablehttp." + f + " uses a retryablehttp client whose HTTPClient has no Timeout, and no context"})
	}

	// Middleware and interceptors that set deadlines.
	for _, chi := range []string{"github.com/go-chi/chi/middleware", "github.com/go-chi/chi/v5/middleware"} {
		deadlineMiddleware[chi+".Timeout"] = true
	}
	for _, f := range []string{"Timeout", "TimeoutWithConfig", "ContextTimeout", "ContextTimeoutWithConfig"} {
		deadlineMiddleware[EchoPath+"/middleware."+f] = true
	}
	deadlineMiddleware["github.com/gin-contrib/timeout.New"] = true
	deadlineMiddleware["github.com/gofiber/fiber/v2/middleware/timeout.New"] = true
	deadlineMiddleware["github.com/gofiber/fiber/v2/middleware/timeout.NewWithContext"] = true
}

// ByMethod returns the catalogued methods named name whose context
// decides alone (database/sql's QueryContext, pgx's Query, ...), sorted by
// full name: an interface with such a method (sqlc's DBTX) that one of
// their receiver types implements is judged like them.
func ByMethod(name string) []*Outbound {
	byMethodOnce.Do(func() {
		byMethod = make(map[string][]*Outbound)
		for full, o := range outbound {
			if !strings.HasPrefix(full, "(") || o.Ctx < 0 || o.Limit != LimitNone {
				continue
			}
			_, m, _ := strings.Cut(full, ").")
			byMethod[m] = append(byMethod[m], o)
		}
		for _, os := range byMethod {
			slices.SortFunc(os, func(a, b *Outbound) int { return strings.Compare(a.Func, b.Func) })
		}
	})
	return byMethod[name]
}

var (
	byMethodOnce sync.Once
	byMethod     map[string][]*Outbound
)

// Receiver returns the package path and type name of a method's receiver
// in a full name: "(*database/sql.DB).Query" → "database/sql", "DB", true.
func Receiver(full string) (path, name string, pointer bool) {
	r, _, _ := strings.Cut(strings.TrimPrefix(full, "("), ")")
	pointer = strings.HasPrefix(r, "*")
	r = strings.TrimPrefix(r, "*")
	i := strings.LastIndexByte(r, '.')
	if i < 0 {
		return "", r, pointer
	}
	return r[:i], r[i+1:], pointer
}

// ImplementedBy returns the first of the catalogued methods fulls (full
// names: "(*database/sql.DB).QueryContext") whose receiver type, found in
// the package lookup returns for its path, implements iface: the library
// a call of an interface method (sqlc's DBTX) runs on. Packages lookup
// does not find are skipped.
func ImplementedBy(iface *types.Interface, fulls []string, lookup func(path string) *types.Package) (string, bool) {
	for _, full := range fulls {
		path, name, pointer := Receiver(full)
		pkg := lookup(path)
		if pkg == nil {
			continue
		}
		obj, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		var t types.Type = obj.Type()
		if pointer {
			t = types.NewPointer(t)
		}
		if types.Implements(t, iface) {
			return full, true
		}
	}
	return "", false
}

// incomingContexts return the context of the request a handler serves,
// which has a deadline only if a timeout middleware sets one.
var incomingContexts = map[string]bool{
	"(*github.com/gofiber/fiber/v2.Ctx).UserContext": true,
	"(*github.com/gofiber/fiber/v2.Ctx).Context":     true, // a *fasthttp.RequestCtx, a context.Context with no deadline
}

// XNetContextPath is golang.org/x/net/context, which forwards to context.
const XNetContextPath = "golang.org/x/net/context"

// sessionContexts return the context of a consumer group's session: it
// ends with the session (a rebalance), with no deadline for one message.
var sessionContexts = map[string]bool{
	"(github.com/IBM/sarama.ConsumerGroupSession).Context":     true,
	"(github.com/Shopify/sarama.ConsumerGroupSession).Context": true,
}

// IsSessionContext reports whether fn returns a consumer group session's
// context (sarama's ConsumerGroupSession.Context), which has no deadline.
func IsSessionContext(fn *types.Func) bool { return fn != nil && sessionContexts[fn.FullName()] }

// IsIncomingContext reports whether fn returns the context of the request
// a handler serves (fiber's UserContext), other than net/http's
// (*Request).Context, which the checks follow through the request.
func IsIncomingContext(fn *types.Func) bool { return fn != nil && incomingContexts[fn.FullName()] }

// txBegins are the functions that begin a transaction: the index of their
// context argument, or -1 when they take none.
var txBegins = map[string]int{
	"(*database/sql.DB).Begin":             -1,
	"(*database/sql.DB).BeginTx":           0,
	"(*database/sql.Conn).BeginTx":         0,
	"(*" + SQLXPath + ".DB).Beginx":        -1,
	"(*" + SQLXPath + ".DB).MustBegin":     -1,
	"(*" + SQLXPath + ".DB).BeginTxx":      0,
	"(*" + SQLXPath + ".DB).MustBeginTx":   0,
	"(*" + SQLXPath + ".Conn).BeginTxx":    0,
	"(*" + SQLXPath + ".Conn).MustBeginTx": 0,
}

// TxBegin reports whether fn begins a database/sql or sqlx transaction,
// and the index of its context argument (-1: none).
func TxBegin(fn *types.Func) (ctx int, ok bool) {
	if fn == nil {
		return 0, false
	}
	ctx, ok = txBegins[fn.FullName()]
	return ctx, ok
}

// The roles of go-resty functions the checks follow.
const (
	RestyNew        = "new"        // resty.New(): a client without a timeout
	RestyWithClient = "withClient" // resty.NewWithClient(hc): the http.Client's timeout
	RestyRequest    = "request"    // (*Client).R(), NewRequest(): a request of the client
	RestySetContext = "setContext" // (*Request).SetContext(ctx)
)

var restyRoles = make(map[string]string)

// RestyRole returns the role of a go-resty function, or "".
func RestyRole(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	return restyRoles[fn.FullName()]
}

// IsMongoConnect reports whether fn makes a MongoDB client from options
// (mongo.Connect, mongo.NewClient).
func IsMongoConnect(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && mongoConnect[fn.Pkg().Path()+"."+fn.Name()] && fn.Type().(*types.Signature).Recv() == nil
}

// IsMongo reports whether path is the MongoDB driver's mongo package.
func IsMongo(path string) bool {
	for _, p := range MongoPaths {
		if p[0] == path {
			return true
		}
	}
	return false
}

// IsMongoOptions reports whether path is the MongoDB driver's options
// package (v1 or v2).
func IsMongoOptions(path string) bool {
	for _, p := range MongoPaths {
		if p[1] == path {
			return true
		}
	}
	return false
}

// IsMongoURIOption reports whether fn sets the client options from a
// connection string ((*options.ClientOptions).ApplyURI).
func IsMongoURIOption(fn *types.Func) bool { return fn != nil && mongoURI[fn.FullName()] }

var (
	mongoConnect = make(map[string]bool)
	mongoURI     = make(map[string]bool)
)

// OutboundCall returns the catalog entry for fn, or nil when fn is not an
// outbound call the catalog knows.
func OutboundCall(fn *types.Func) *Outbound {
	if fn == nil {
		return nil
	}
	return outbound[fn.FullName()]
}

// IsDeadline reports whether fn derives a context with a deadline
// (context.WithTimeout and its kin).
func IsDeadline(fn *types.Func) bool {
	ok, _ := Deadline(fn)
	return ok
}

// Deadline reports whether fn derives a context with a deadline, and the
// index of the argument that holds the deadline's length (a
// time.Duration: context.WithTimeout's 1), or -1 when the deadline is a
// time.Time (context.WithDeadline), whose length no constant says.
func Deadline(fn *types.Func) (ok bool, length int) {
	if fn == nil {
		return false, -1
	}
	length, ok = deadlineFuncs[fn.FullName()]
	if !ok {
		return false, -1
	}
	return true, length
}

// SendsWithClient reports whether o sends an *http.Request through the
// *http.Client it is called on ((*http.Client).Do), so that the client's
// TimeoutFields limit the request built elsewhere.
func (o *Outbound) SendsWithClient() bool {
	return o != nil && o.Request >= 0 && o.Limit == LimitHTTPClient
}

// TimeoutFieldsOf returns the fields of struct type t (or a pointer to
// it) that set a timeout when non-zero, as TimeoutFields lists them.
func TimeoutFieldsOf(t types.Type) []string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return TimeoutFields[n.Obj().Pkg().Path()+"."+n.Obj().Name()]
}

// IsRootContext reports whether fn returns a context without a deadline
// that derives from nothing (context.Background, context.TODO).
func IsRootContext(fn *types.Func) bool { return fn != nil && rootContexts[fn.FullName()] }

// DropsDeadline reports whether fn derives a context that keeps its
// parent's values but not its deadline.
func DropsDeadline(fn *types.Func) bool { return fn != nil && dropDeadline[fn.FullName()] }

// IsDeadlineMiddleware reports whether fn builds HTTP middleware that puts
// a deadline on every request's context.
func IsDeadlineMiddleware(fn *types.Func) bool { return fn != nil && deadlineMiddleware[fn.FullName()] }

// deadlineServers are the server packages of frameworks whose servers put
// a deadline on every request unless configured not to: go-zero's zrpc
// (RpcServerConf.Timeout, 2s) and rest (RestConf.Timeout, 3s), and
// Kratos' gRPC and HTTP transports (1s).
var deadlineServers = map[string]string{
	"github.com/zeromicro/go-zero/zrpc":             "grpc",
	"github.com/zeromicro/go-zero/rest":             "http",
	"github.com/tal-tech/go-zero/zrpc":              "grpc",
	"github.com/tal-tech/go-zero/rest":              "http",
	"github.com/go-kratos/kratos/v2/transport/grpc": "grpc",
	"github.com/go-kratos/kratos/v2/transport/http": "http",
}

// DeadlineServer returns the protocol ("grpc", "http") of the framework
// server in the package with this path when its servers put a deadline
// on every request by default, or "".
func DeadlineServer(path string) string { return deadlineServers[path] }

// IsDeadlineInterceptor reports whether fn builds a gRPC client interceptor
// that puts a deadline on every call.
func IsDeadlineInterceptor(fn *types.Func) bool {
	return fn != nil && deadlineInterceptors[fn.FullName()]
}

// IsTimeoutSetter reports whether fn is a builder method that sets a
// client-wide timeout (resty's SetTimeout, mongo's SetTimeout).
func IsTimeoutSetter(fn *types.Func) bool { return fn != nil && timeoutSetters[fn.FullName()] }

// keepsClient wrap the *http.Client they are given without setting a
// timeout on it: the client stays as limited as it was built.
var keepsClient = map[string]bool{
	"github.com/go-resty/resty/v2.NewWithClient": true,
	"resty.dev/v3.NewWithClient":                 true,
}

// KeepsClient reports whether fn takes an *http.Client and leaves its
// Timeout alone, so handing a client to it is no escape.
func KeepsClient(fn *types.Func) bool { return fn != nil && keepsClient[fn.FullName()] }

// IsNoTimeoutClient reports whether fn returns an *http.Client without
// Timeout.
func IsNoTimeoutClient(fn *types.Func) bool { return fn != nil && noTimeoutClients[fn.FullName()] }

// TimeoutFields lists, per struct type ("net/http.Client"), the fields that
// set a timeout when non-zero.
var TimeoutFields = map[string][]string{
	"net/http.Client": {"Timeout"},
	"net.Dialer":      {"Timeout", "Deadline"},
}

// A DisabledTimeout is a client option whose negative values turn a library's
// default timeout off.
type DisabledTimeout struct {
	Type    string // the options struct, "github.com/redis/go-redis/v9.Options"
	Field   string
	Default string // the library's default, for the message
}

// DisabledTimeouts are the options whose values switch a default timeout
// off. Libraries with defaults that cannot be switched off are listed in
// LibraryDefaults.
var DisabledTimeouts []DisabledTimeout

// A LibraryDefault records a library whose calls are limited by default,
// so the checks do not ask for a context deadline on them.
type LibraryDefault struct {
	Library string
	Default string
}

// LibraryDefaults documents why the checks trust these libraries' calls.
var LibraryDefaults = []LibraryDefault{
	{"github.com/redis/go-redis", "DialTimeout 5s, ReadTimeout 3s, WriteTimeout = ReadTimeout; -1 disables (reported)"},
	{"github.com/segmentio/kafka-go", "Writer.WriteTimeout and ReadTimeout 10s; zero means the default"},
	{"github.com/apache/rocketmq-client-go", "producer SendMsgTimeout 3s; a consumer's pull waits on the broker's long poll"},
	{"github.com/IBM/sarama", "Net.DialTimeout, ReadTimeout, WriteTimeout 30s; Config.Validate rejects zero"},
	{"github.com/nats-io/nats.go", "Request takes a timeout; Connect 2s; JetStream publish waits 5s"},
	{"github.com/rabbitmq/amqp091-go", "Dial 30s; publishing writes to the connection and does not wait for a reply"},
	{"cloud.google.com/go/pubsub", "PublishSettings.Timeout 60s"},
	{"github.com/ThreeDotsLabs/watermill", "publishers use the timeouts of the broker client underneath"},
}

func init() {
	for _, p := range []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8", "github.com/go-redis/redis/v7"} {
		for _, t := range []string{"Options", "ClusterOptions", "UniversalOptions", "FailoverOptions", "RingOptions"} {
			DisabledTimeouts = append(DisabledTimeouts,
				DisabledTimeout{Type: p + "." + t, Field: "ReadTimeout", Default: "3s"},
				DisabledTimeout{Type: p + "." + t, Field: "WriteTimeout", Default: "the read timeout"},
			)
		}
	}
}

// IsDisabledTimeoutField reports whether the field name of a struct in the
// package at path appears in DisabledTimeouts.
func IsDisabledTimeoutField(path, name string) bool {
	disabledOnce.Do(func() {
		disabledFields = make(map[[2]string]bool)
		for _, d := range DisabledTimeouts {
			disabledFields[[2]string{funcPackage(d.Type), d.Field}] = true
		}
	})
	return disabledFields[[2]string{path, name}]
}

var (
	disabledOnce   sync.Once
	disabledFields map[[2]string]bool
)

// IsGRPCClientMethod reports whether fn has the shape of a generated gRPC
// unary client method: func(ctx context.Context, in *Req, opts
// ...grpc.CallOption) (*Resp, error), on an interface or a type of a package
// that imports google.golang.org/grpc. Streaming methods, which return a
// stream and often live as long as the process, do not match.
func IsGRPCClientMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !sig.Variadic() || sig.Params().Len() != 3 || sig.Results().Len() != 2 {
		return false
	}
	if !IsContext(sig.Params().At(0).Type()) {
		return false
	}
	opts, ok := sig.Params().At(2).Type().(*types.Slice)
	if !ok || !isNamed(opts.Elem(), GRPCPath, "CallOption") {
		return false
	}
	_, isPtr := sig.Results().At(0).Type().(*types.Pointer)
	return isPtr
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool { return isNamed(t, ContextPath, "Context") }

// IsNamed reports whether t, or what t points to, is the named type
// path.name.
func IsNamed(t types.Type, path, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, path, name)
}

func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == path
}

// IsLibrary reports whether path is a package of a library in the catalog:
// the checks do not look inside those.
func IsLibrary(path string) bool {
	for _, lib := range libraries {
		if path == lib || strings.HasPrefix(path, lib+"/") {
			return true
		}
	}
	return false
}

var libraries = []string{
	GRPCPath, "github.com/grpc-ecosystem", "github.com/jackc/pgx", "github.com/jmoiron/sqlx", "gorm.io",
	"go.mongodb.org/mongo-driver", "github.com/redis/go-redis", "github.com/go-redis/redis",
	"github.com/segmentio/kafka-go", "github.com/apache/rocketmq-client-go", "github.com/IBM/sarama", "github.com/Shopify/sarama", "github.com/nats-io",
	"github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp", "github.com/wagslane/go-rabbitmq", "github.com/twmb/franz-go", "github.com/ThreeDotsLabs/watermill",
	"cloud.google.com/go", "github.com/go-resty/resty", "resty.dev", RetryablePath, "github.com/hashicorp/go-cleanhttp",
	"github.com/go-chi/chi", "github.com/gorilla/mux", GinPath, "github.com/gin-contrib", "github.com/labstack/echo",
	"github.com/gofiber/fiber", "github.com/valyala/fasthttp", "github.com/confluentinc/confluent-kafka-go", "github.com/dapr/go-sdk",
	"github.com/elastic/go-elasticsearch", GoQueueKqPath,
}

// IsElasticAPI reports whether pkg is go-elasticsearch's esapi package,
// whose APIs are function types called as fields of the client
// (es.Search(es.Search.WithContext(ctx), ...)).
func IsElasticAPI(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	rest, ok := strings.CutPrefix(pkg.Path(), "github.com/elastic/go-elasticsearch/")
	if !ok {
		return false
	}
	if v, after, ok := strings.Cut(rest, "/"); ok && len(v) > 1 && v[0] == 'v' && strings.Trim(v[1:], "0123456789") == "" {
		rest = after
	}
	return rest == "esapi"
}

// InCatalog reports whether the catalog knows functions or types of the
// package at path: a package that imports none of them, directly or through
// a package with sinks, has no outbound calls to judge.
func InCatalog(path string) bool {
	catalogOnce.Do(func() {
		catalogPkgs = map[string]bool{GRPCPath: true, GinPath: true, EchoPath: true}
		for _, m := range []map[string]bool{deadlineMiddleware, timeoutSetters, deadlineInterceptors, noTimeoutClients} {
			for name := range m {
				catalogPkgs[funcPackage(name)] = true
			}
		}
		for name := range outbound {
			catalogPkgs[funcPackage(name)] = true
		}
		for _, d := range DisabledTimeouts {
			catalogPkgs[funcPackage(d.Type)] = true
		}
	})
	return catalogPkgs[path]
}

var (
	catalogOnce sync.Once
	catalogPkgs map[string]bool
)

// funcPackage returns the package path of a full name as types.Func
// gives it: "(*net/http.Client).Do" and "net/http.Get" → "net/http".
func funcPackage(full string) string {
	if strings.HasPrefix(full, "(") {
		full = strings.TrimPrefix(strings.TrimPrefix(full, "("), "*")
		full, _, _ = strings.Cut(full, ")")
	}
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		return full[:i]
	}
	return full
}
