package catalog

import (
	"go/types"
	"slices"
	"sort"
	"strings"
	"sync"
)

// This file is the catalog of queries: which library methods run a SQL
// statement (database/sql, sqlx, pgx) or operate on a MongoDB collection,
// where each finds its SQL text (or the table it names without SQL: pgx's
// CopyFrom), whether a collection operation writes, and where the value
// it runs on is (the receiver, or the Queryer of sqlx's package
// functions). It also lists the functions that hand on a connection:
// a transaction begun on a pool, a connection acquired from it, sqlx's
// wrapper of a *sql.DB, whose statements reach the datastore the pool
// was opened on; and pgx's SendBatch, which runs the statements queued on
// a Batch. Entries are keyed by the full name go/types gives the function
// (types.Func.FullName), like the datastore catalog's, and reuse
// messaging's Where.
//
// A prepared statement is recorded where it is prepared ((*sql.DB).Prepare,
// sqlx's Preparex, pgx's Prepare), which is where its text is: the
// executions of a *sql.Stmt name no text and are not entries.

// A QueryOp is what one library function does to the data of a datastore.
type QueryOp struct {
	Protocol string // "sql" or "mongo"
	// SQL is where the statement's text is.
	SQL []Where
	// Table is where a table is named without SQL text: pgx's CopyFrom
	// takes a pgx.Identifier (["schema", "table"]).
	Table []Where
	// Names is where a table is named as a string: a query builder's
	// Insert("orders"), From("orders").
	Names []Where
	// Write says that the operation writes: a MongoDB insert, update,
	// delete or drop, a COPY FROM. A SQL statement's text says it, and
	// the catalog leaves Write false.
	Write bool
	// Conn is where the value the operation runs on is: the receiver, or
	// an argument (sqlx.Get's Queryer).
	Conn Where
	// Batch marks pgx's (*Batch).Queue: the statement runs on the
	// connection the batch is sent on (see BatchSendOf).
	Batch bool
	// Gorm marks a method of *gorm.DB that reads or writes its model's
	// table: the table a Table or Model call the receiver was chained
	// from names, else that of the model argument at Model (gorm's
	// naming, or the type's TableName).
	Gorm  bool
	Model []Where
	// Scoped marks a gorm method whose table only a chained Table or
	// Model names (Scan): without one it is not recorded.
	Scoped bool
	// Bun marks the terminal method of a bun query (Scan, Exec, Count):
	// its tables are those the query's receiver chain names (Table,
	// TableExpr, ModelTableExpr, else Model's type); Write says whether
	// the query writes (all but a SELECT).
	Bun bool
	// Creates marks gorm's AutoMigrate and bun's CreateTable: they create
	// their models' tables.
	Creates bool
	// Verb says what a write without SQL text does to its rows, as far as
	// running it twice goes.
	Verb string
	// Update is where a MongoDB update's document is (UpdateOne's third
	// argument): its operators ($inc, $push) say the verb when the call
	// shows it (MongoUpdateVerb).
	Update []Where
	// Filter is where the update's filter is (UpdateOne's second
	// argument): one that tests a field the update changes ("posts.id"
	// $ne for a $push to "posts") makes a second run find nothing to
	// change.
	Filter []Where
}

// The verbs of QueryOp.Verb: an insert adds a row (or document) each
// time; an upsert, update or delete ends in the same state when run
// again; an increment (Redis INCR, HINCRBY) or an append (LPUSH, RPUSH,
// APPEND) changes it again. "" when the call does not say (a MongoDB
// update whose document the call does not show, or shows without $inc,
// $mul or $push: see MongoUpdateVerb; a bun or ent query).
const (
	VerbInsert    = "insert"
	VerbUpsert    = "upsert"
	VerbUpdate    = "update"
	VerbDelete    = "delete"
	VerbIncrement = "increment"
	VerbAppend    = "append"
	// VerbClaim is a write that succeeds once per key and says whether it
	// did (Redis SETNX): a guard's claim on a message.
	VerbClaim = "claim"
)

var (
	queryOps   = make(map[string]QueryOp)
	connSource = make(map[string]Where) // functions whose result runs on the datastore of the value at Where
	batchSends = make(map[string]int)   // SendBatch methods: the index of the *Batch argument
	// queryPaths are the packages that have entries, for a fast path.
	queryPaths = make(map[string]bool)
)

func queryOp(full string, o QueryOp) {
	queryOps[full] = o
	queryPaths[funcPackage(full)] = true
}

// connFrom says that fn's result runs on the datastore of the value at w.
func connFrom(full string, w Where) {
	connSource[full] = w
	queryPaths[funcPackage(full)] = true
}

func init() {
	sqlQueries()
	sqlxQueries()
	pgxQueries()
	mongoQueries()
	gormQueries()
	squirrelQueries()
	goquQueries()
	bunQueries()
}

// SquirrelPath is the import path of the squirrel query builder.
const SquirrelPath = "github.com/Masterminds/squirrel"

// squirrelQueries are squirrel's builders that name a table: Insert,
// Update and Delete (package functions, and the StatementBuilder's
// methods) and their Into, Table and From name the table written; a
// SelectBuilder's From the table read. The statement is recorded where the
// builder names the table; its connection (RunWith) is not traced.
func squirrelQueries() {
	named := func(i int, write bool) QueryOp {
		return QueryOp{Protocol: "sql", Names: ws(arg(i)), Write: write, Conn: arg(ArgRecv)}
	}
	for _, f := range []string{"Insert", "Update", "Delete"} {
		queryOp(SquirrelPath+"."+f, named(0, true))
		queryOp("("+SquirrelPath+".StatementBuilderType)."+f, named(0, true))
	}
	queryOp("("+SquirrelPath+".InsertBuilder).Into", named(0, true))
	queryOp("("+SquirrelPath+".UpdateBuilder).Table", named(0, true))
	queryOp("("+SquirrelPath+".DeleteBuilder).From", named(0, true))
	queryOp("("+SquirrelPath+".SelectBuilder).From", named(0, false))
}

// GoquPath is the import path of the goqu query builder.
const GoquPath = "github.com/doug-martin/goqu/v9"

var (
	// chainWrites are the methods that turn the statement their receiver
	// chain builds into a write of the same table: goqu's
	// db.From("orders").Where(...).Delete().
	chainWrites = make(map[string]bool)
	// nameArgs are the functions that name a table by their argument, in
	// place of a string: goqu.T("orders"), goqu.I("public.orders").
	nameArgs = make(map[string]int)
)

// goquQueries are goqu's builders that name a table: From (package
// function, *Database, *TxDatabase, DialectWrapper, *SelectDataset) reads
// it, Insert, Update and Delete (and their Into, Table, From) write it; a
// select dataset turned into an Insert, Update or Delete writes the table
// its From named. A *Database runs on the *sql.DB goqu.New wraps.
func goquQueries() {
	named := func(w Where, write bool) QueryOp {
		return QueryOp{Protocol: "sql", Names: ws(w), Write: write, Conn: arg(ArgRecv)}
	}
	from := Where{Arg: 0, Rest: true}
	for _, recv := range []string{"", "(*" + GoquPath + ".Database).", "(*" + GoquPath + ".TxDatabase).", "(" + GoquPath + ".DialectWrapper)."} {
		prefix := recv
		if recv == "" {
			prefix = GoquPath + "."
		}
		queryOp(prefix+"From", named(from, false))
		for _, f := range []string{"Insert", "Update", "Delete"} {
			queryOp(prefix+f, named(arg(0), true))
		}
	}
	queryOp("(*"+GoquPath+".SelectDataset).From", named(from, false))
	queryOp("(*"+GoquPath+".InsertDataset).Into", named(arg(0), true))
	queryOp("(*"+GoquPath+".UpdateDataset).Table", named(arg(0), true))
	queryOp("(*"+GoquPath+".DeleteDataset).From", named(arg(0), true))
	for _, f := range []string{"Insert", "Update", "Delete"} {
		chainWrites["(*"+GoquPath+".SelectDataset)."+f] = true
	}
	nameArgs[GoquPath+".T"] = 0
	nameArgs[GoquPath+".I"] = 0
	connFrom(GoquPath+".New", arg(1))
	connFrom("(*"+GoquPath+".Database).Begin", arg(ArgRecv))
	connFrom("(*"+GoquPath+".Database).BeginTx", arg(ArgRecv))
}

// ChainWrites reports whether fn turns the statement its receiver chain
// builds into a write of the table the chain names (goqu's
// (*SelectDataset).Delete).
func ChainWrites(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && queryPaths[fn.Pkg().Path()] && chainWrites[fn.Origin().FullName()]
}

// NameArgOf says whether fn names a table by one of its arguments, in place
// of a string (goqu.T), and which.
func NameArgOf(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil || !queryPaths[fn.Pkg().Path()] {
		return 0, false
	}
	i, ok := nameArgs[fn.Origin().FullName()]
	return i, ok
}

// sqlText is a SQL op whose text is argument i, run on the receiver.
func sqlText(i int) QueryOp {
	return QueryOp{Protocol: "sql", SQL: ws(arg(i)), Conn: arg(ArgRecv)}
}

func sqlQueries() {
	for _, recv := range []string{"DB", "Tx", "Conn"} {
		r := "(*" + SQLPath + "." + recv + ")."
		for _, m := range []string{"Query", "QueryRow", "Exec", "Prepare"} {
			if recv != "Conn" { // a *sql.Conn has the variants with a context only
				queryOp(r+m, sqlText(0))
			}
			queryOp(r+m+"Context", sqlText(1))
		}
	}
	db := "(*" + SQLPath + ".DB)."
	connFrom(db+"Begin", arg(ArgRecv))
	connFrom(db+"BeginTx", arg(ArgRecv))
	connFrom(db+"Conn", arg(ArgRecv))
	connFrom("(*"+SQLPath+".Conn).BeginTx", arg(ArgRecv))
}

func sqlxQueries() {
	// The methods of *sqlx.DB and *sqlx.Tx; those of *sql.DB and *sql.Tx
	// are promoted from the embedded field and have their own entries.
	// Get and Select take the destination first.
	text := map[string]int{
		"Get": 1, "Select": 1, "Queryx": 0, "QueryRowx": 0, "NamedExec": 0, "NamedQuery": 0,
		"MustExec": 0, "Preparex": 0, "PrepareNamed": 0,
	}
	for _, recv := range []string{"DB", "Tx"} {
		r := "(*" + SQLXPath + "." + recv + ")."
		for m, i := range text {
			queryOp(r+m, sqlText(i))
			queryOp(r+m+"Context", sqlText(i+1))
		}
	}
	// *sqlx.Conn has the variants with a context only.
	for _, m := range []string{"Get", "Select", "Queryx", "QueryRowx", "Preparex"} {
		queryOp("(*"+SQLXPath+".Conn)."+m+"Context", sqlText(text[m]+1))
	}
	// The package functions take the Queryer or Execer first (after the
	// context): sqlx.Get(db, &dest, query, args...).
	pkg := map[string]int{"Get": 2, "Select": 2, "NamedExec": 1, "NamedQuery": 1, "MustExec": 1, "Preparex": 1}
	for f, i := range pkg {
		queryOp(SQLXPath+"."+f, QueryOp{Protocol: "sql", SQL: ws(arg(i)), Conn: arg(0)})
		queryOp(SQLXPath+"."+f+"Context", QueryOp{Protocol: "sql", SQL: ws(arg(i + 1)), Conn: arg(1)})
	}
	db := "(*" + SQLXPath + ".DB)."
	for _, m := range []string{"Beginx", "MustBegin", "BeginTxx", "MustBeginTx", "Connx"} {
		connFrom(db+m, arg(ArgRecv))
	}
	connFrom("(*"+SQLXPath+".Conn).BeginTxx", arg(ArgRecv))
	connFrom(SQLXPath+".NewDb", arg(0))
}

func pgxQueries() {
	for _, p := range PgxPaths {
		pool := p + "/pgxpool"
		// (*pgx.Conn), the pgx.Tx interface, and pgxpool's Pool, Conn
		// and Tx.
		for _, r := range []string{"(*" + p + ".Conn).", "(" + p + ".Tx).", "(*" + pool + ".Pool).", "(*" + pool + ".Conn).", "(*" + pool + ".Tx)."} {
			for _, m := range []string{"Query", "QueryRow", "Exec"} {
				queryOp(r+m, sqlText(1))
			}
			queryOp(r+"CopyFrom", QueryOp{Protocol: "sql", Table: ws(arg(1)), Write: true, Conn: arg(ArgRecv), Verb: VerbInsert})
			batchSends[r+"SendBatch"] = 1
			connFrom(r+"Begin", arg(ArgRecv)) // a nested transaction of a Tx
		}
		for _, r := range []string{"(*" + p + ".Conn).", "(*" + pool + ".Pool).", "(*" + pool + ".Conn)."} {
			connFrom(r+"BeginTx", arg(ArgRecv))
		}
		for _, r := range []string{"(" + p + ".Tx).", "(*" + pool + ".Conn).", "(*" + pool + ".Tx)."} {
			connFrom(r+"Conn", arg(ArgRecv)) // the *pgx.Conn underneath
		}
		// Prepare(ctx, name, sql): on a connection and a transaction.
		queryOp("(*"+p+".Conn).Prepare", sqlText(2))
		queryOp("("+p+".Tx).Prepare", sqlText(2))
		queryOp("(*"+pool+".Tx).Prepare", sqlText(2))
		connFrom("(*"+pool+".Pool).Acquire", arg(ArgRecv))
		queryOp("(*"+p+".Batch).Queue", QueryOp{Protocol: "sql", SQL: ws(arg(0)), Conn: arg(ArgRecv), Batch: true})
	}
}

// The operations of a MongoDB collection, by whether they write.
var (
	mongoReads = []string{"Find", "FindOne", "CountDocuments", "Aggregate", "Distinct", "Watch", "EstimatedDocumentCount"}
	// Aggregate writes when its pipeline ends in $out or $merge; the
	// catalog counts it a read.
	mongoWrites = []string{"InsertOne", "InsertMany", "UpdateOne", "UpdateMany", "UpdateByID", "ReplaceOne",
		"DeleteOne", "DeleteMany", "FindOneAndUpdate", "FindOneAndReplace", "FindOneAndDelete", "BulkWrite", "Drop"}
)

// mongoVerbs are the verbs of the MongoDB writes that say theirs: an
// update's verb is its document's (QueryOp.Update), when the call shows it.
var mongoVerbs = map[string]string{"InsertOne": VerbInsert, "InsertMany": VerbInsert, "ReplaceOne": VerbUpsert,
	"DeleteOne": VerbDelete, "DeleteMany": VerbDelete, "FindOneAndReplace": VerbUpsert, "FindOneAndDelete": VerbDelete}

// mongoUpdates are the MongoDB writes that take an update document,
// after the context and the filter (or the id): UpdateOne(ctx, filter,
// update).
var mongoUpdates = map[string]bool{"UpdateOne": true, "UpdateMany": true, "UpdateByID": true, "FindOneAndUpdate": true}

func mongoQueries() {
	for _, p := range MongoPaths {
		coll := "(*" + p[0] + ".Collection)."
		for _, m := range mongoReads {
			queryOp(coll+m, QueryOp{Protocol: "mongo", Conn: arg(ArgRecv)})
		}
		for _, m := range mongoWrites {
			op := QueryOp{Protocol: "mongo", Write: true, Conn: arg(ArgRecv), Verb: mongoVerbs[m]}
			if mongoUpdates[m] {
				op.Update = ws(arg(2))
				if m != "UpdateByID" {
					op.Filter = ws(arg(1))
				}
			}
			queryOp(coll+m, op)
		}
		connFrom(coll+"Clone", arg(ArgRecv))
	}
}

// BSONPaths are the import paths of the MongoDB drivers' document types:
// v1's bson (whose M, D and E are aliases) and bson/primitive, v2's bson.
var BSONPaths = []string{"go.mongodb.org/mongo-driver/bson", "go.mongodb.org/mongo-driver/bson/primitive",
	"go.mongodb.org/mongo-driver/v2/bson"}

// The kinds of composite literal MongoDocKind tells apart.
const (
	DocMap  = "map"  // bson.M, primitive.M, map[string]any: key: value
	DocList = "list" // bson.D: a list of bson.E
	DocElem = "elem" // bson.E: {Key, Value}
)

// MongoDocKind says how a composite literal of type t writes a MongoDB
// document (DocMap, DocList, DocElem), or "" when t is no document type.
func MongoDocKind(t types.Type) string {
	if t == nil {
		return ""
	}
	for _, p := range BSONPaths {
		switch {
		case isNamed(t, p, "M"):
			return DocMap
		case isNamed(t, p, "D"):
			return DocList
		case isNamed(t, p, "E"):
			return DocElem
		}
	}
	if m, ok := t.Underlying().(*types.Map); ok && isString(m.Key()) {
		if i, ok := m.Elem().Underlying().(*types.Interface); ok && i.Empty() {
			return DocMap
		}
	}
	return ""
}

// mongoUpdateVerbs are the update operators that change a document again
// when the update runs twice; $set, $unset, $addToSet and $pull end in
// the same state and are not entries.
var mongoUpdateVerbs = map[string]string{"$inc": VerbIncrement, "$mul": VerbIncrement, "$push": VerbAppend}

// MongoUpdateVerb returns the verb of an update document whose top-level
// keys are keys: VerbIncrement when one is $inc or $mul, else VerbAppend
// when one is $push, else "".
func MongoUpdateVerb(keys []string) string {
	verb := ""
	for _, k := range keys {
		switch mongoUpdateVerbs[k] {
		case VerbIncrement:
			return VerbIncrement
		case VerbAppend:
			verb = VerbAppend
		}
	}
	return verb
}

// GormChain are the methods of *gorm.DB that return the same session,
// chained before the one that runs the statement; Table and Model name
// its table.
var GormChain = []string{"Model", "Table", "Where", "Not", "Or", "Order", "Limit", "Offset", "Select", "Omit",
	"Distinct", "Group", "Having", "Joins", "Preload", "Clauses", "Scopes", "WithContext", "Session", "Debug",
	"Unscoped", "Begin"}

func gormQueries() {
	r := "(*" + GormPath + ".DB)."
	model := QueryOp{Protocol: "sql", Gorm: true, Model: ws(arg(0)), Conn: arg(ArgRecv)}
	for _, m := range []string{"First", "Take", "Last", "Find", "FindInBatches"} {
		queryOp(r+m, model)
	}
	for _, m := range []string{"Count", "Pluck"} {
		queryOp(r+m, QueryOp{Protocol: "sql", Gorm: true, Conn: arg(ArgRecv)})
	}
	queryOp(r+"Scan", QueryOp{Protocol: "sql", Gorm: true, Scoped: true, Conn: arg(ArgRecv)})
	write := model
	write.Write = true
	for m, verb := range map[string]string{"Create": VerbInsert, "CreateInBatches": VerbInsert, "Save": VerbUpsert,
		"Delete": VerbDelete, "Updates": VerbUpdate, "UpdateColumns": VerbUpdate, "FirstOrCreate": VerbUpsert} {
		w := write
		w.Verb = verb
		queryOp(r+m, w)
	}
	for _, m := range []string{"Update", "UpdateColumn"} { // (column, value): the table is the chain's; a gorm.Expr may be relative
		queryOp(r+m, QueryOp{Protocol: "sql", Gorm: true, Write: true, Conn: arg(ArgRecv)})
	}
	queryOp(r+"AutoMigrate", QueryOp{Protocol: "sql", Gorm: true, Model: ws(Where{Arg: 0, Rest: true}), Write: true,
		Creates: true, Conn: arg(ArgRecv)})
	queryOp(r+"Raw", sqlText(0))
	queryOp(r+"Exec", sqlText(0))
	for _, m := range GormChain {
		connFrom(r+m, arg(ArgRecv))
	}
	connFrom(r+"Raw", arg(ArgRecv))
}

// QueryOpOf returns what fn does to a datastore's data, or false when the
// catalog does not know it.
func QueryOpOf(fn *types.Func) (QueryOp, bool) {
	if fn == nil || fn.Pkg() == nil {
		return QueryOp{}, false
	}
	if !queryPaths[fn.Pkg().Path()] {
		return redisKeyOp(fn.Origin())
	}
	op, ok := queryOps[fn.Origin().FullName()]
	return op, ok
}

// ConnSourceOf says where the value is whose datastore fn's result runs
// on: the receiver of (*sql.DB).BeginTx or (*pgxpool.Pool).Acquire,
// sqlx.NewDb's *sql.DB, the receiver of a method chained on a bun query
// (BunChain); false for any other function.
func ConnSourceOf(fn *types.Func) (Where, bool) {
	if fn == nil || fn.Pkg() == nil || !queryPaths[fn.Pkg().Path()] {
		return Where{}, false
	}
	if BunChain(fn) {
		return bunChainConn(fn), true
	}
	w, ok := connSource[fn.Origin().FullName()]
	return w, ok
}

// BatchSendOf reports whether fn runs the statements queued on a pgx
// Batch on its receiver (SendBatch), and the index of the batch argument.
func BatchSendOf(fn *types.Func) (batch int, ok bool) {
	if fn == nil || fn.Pkg() == nil || !queryPaths[fn.Pkg().Path()] {
		return 0, false
	}
	batch, ok = batchSends[fn.Origin().FullName()]
	return batch, ok
}

// QueryOpsByMethod returns the full names of the catalogued SQL methods
// named name (on *sql.DB, *pgxpool.Pool, ...), sorted: an interface of
// the program's own with such a method (sqlc's DBTX) that one of their
// receiver types implements runs its statements like them. gorm's and
// bun's are left out: a *gorm.DB is no DBTX, and the database/sql
// entries already match what a *bun.DB's raw methods implement.
func QueryOpsByMethod(name string) []string {
	queryByMethodOnce.Do(func() {
		queryByMethod = make(map[string][]string)
		for full, op := range queryOps {
			if op.Protocol != "sql" || !strings.HasPrefix(full, "(") || op.Batch || strings.HasPrefix(full, "(*"+GormPath+".") ||
				funcPackage(full) == BunPath {
				continue
			}
			_, m, _ := strings.Cut(full, ").")
			queryByMethod[m] = append(queryByMethod[m], full)
		}
		for _, fulls := range queryByMethod {
			sort.Strings(fulls)
		}
	})
	return queryByMethod[name]
}

var (
	queryByMethodOnce sync.Once
	queryByMethod     map[string][]string
)

// QueryOpByName returns the entry of a full name QueryOpsByMethod gave.
func QueryOpByName(full string) (QueryOp, bool) {
	op, ok := queryOps[full]
	return op, ok
}

// redisKeyOp is the operation of a go-redis command method on the keys it
// names: a method of any type of the package (Client, ClusterClient,
// Ring, Tx, Pipeline, the Cmdable interfaces) whose parameters, after the
// context, start with the key (key string), the keys (keys ...string), or
// the key it stores into (destKey, destination: a write). The command
// writes unless it is one of redisReads. Stream commands (X...) and
// Pub/Sub are the messaging catalog's; commands that take no key, or
// another key first (Copy's sourceKey), are not entries.
func redisKeyOp(fn *types.Func) (QueryOp, bool) {
	if !slices.Contains(RedisPaths, fn.Pkg().Path()) {
		return QueryOp{}, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() < 2 {
		return QueryOp{}, false
	}
	name := fn.Name()
	if strings.HasPrefix(name, "X") || strings.HasPrefix(name, "Client") {
		return QueryOp{}, false
	}
	if !IsContext(sig.Params().At(0).Type()) {
		return QueryOp{}, false
	}
	p := sig.Params().At(1)
	if b, ok := p.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		if s, ok := p.Type().(*types.Slice); !ok || !sig.Variadic() || sig.Params().Len() != 2 || !isString(s.Elem()) {
			return QueryOp{}, false
		}
	}
	op := QueryOp{Protocol: "redis", Conn: arg(ArgRecv), Verb: redisVerbs[name]}
	switch p.Name() {
	case "key", "Key":
		op.Names, op.Write = ws(arg(1)), !redisReads[name]
	case "keys":
		op.Names, op.Write = ws(Where{Arg: 1, Rest: true}), !redisReads[name]
	case "destKey", "destination":
		op.Names, op.Write = ws(arg(1)), true
	default:
		return QueryOp{}, false
	}
	return op, true
}

// redisVerbs are the verbs of the go-redis commands that change a key
// again when run twice, and of some that do not.
var redisVerbs = map[string]string{
	"Incr": VerbIncrement, "IncrBy": VerbIncrement, "IncrByFloat": VerbIncrement, "Decr": VerbIncrement,
	"DecrBy": VerbIncrement, "HIncrBy": VerbIncrement, "HIncrByFloat": VerbIncrement, "ZIncrBy": VerbIncrement,
	"LPush": VerbAppend, "RPush": VerbAppend, "LPushX": VerbAppend, "RPushX": VerbAppend, "Append": VerbAppend,
	"LInsertBefore": VerbAppend, "LInsertAfter": VerbAppend,
	"Set": VerbUpsert, "HSet": VerbUpsert, "HMSet": VerbUpsert, "SAdd": VerbUpsert, "Del": VerbDelete,
	"SetNX": VerbClaim, "HSetNX": VerbClaim,
}

// redisReads are the go-redis commands on keys that only read them.
var redisReads = setOf(
	"Get", "GetRange", "GetBit", "GetToBuffer", "MGet", "StrLen", "Exists", "TTL", "PTTL", "ExpireTime", "PExpireTime",
	"Type", "Dump", "DebugObject", "MemoryUsage", "ObjectFreq", "ObjectRefCount", "ObjectEncoding", "ObjectIdleTime",
	"BitCount", "BitPos", "BitPosSpan", "BitFieldRO", "SortRO",
	"HGet", "HGetAll", "HKeys", "HLen", "HMGet", "HVals", "HExists", "HStrLen", "HRandField", "HRandFieldWithValues",
	"HScan", "HScanNoValues", "HTTL", "HPTTL", "HExpireTime", "HPExpireTime",
	"LIndex", "LLen", "LPos", "LPosCount", "LRange",
	"SCard", "SIsMember", "SMIsMember", "SMembers", "SMembersMap", "SRandMember", "SRandMemberN", "SScan", "SDiff", "SInter", "SUnion",
	"ZCard", "ZCount", "ZLexCount", "ZMScore", "ZScore", "ZRange", "ZRangeWithScores", "ZRangeByScore", "ZRangeByLex",
	"ZRangeByScoreWithScores", "ZRevRange", "ZRevRangeWithScores", "ZRevRangeByScore", "ZRevRangeByLex",
	"ZRevRangeByScoreWithScores", "ZRank", "ZRankWithScore", "ZRevRank", "ZRevRankWithScore", "ZRandMember",
	"ZRandMemberWithScores", "ZScan", "ZDiff", "ZDiffWithScores",
	"PFCount", "GeoHash", "GeoPos", "GeoDist", "GeoRadius", "GeoRadiusByMember", "GeoSearch", "GeoSearchLocation",
	"JSONGet", "JSONGetWithArgs", "JSONMGet", "JSONType", "JSONStrLen", "JSONArrLen", "JSONObjKeys", "JSONObjLen",
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
