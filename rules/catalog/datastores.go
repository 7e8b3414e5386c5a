package catalog

import (
	"go/types"
	"strings"
)

// This file is the catalog of datastores: which library functions open a
// connection to a SQL database, a MongoDB deployment or a Redis server, and
// which name a MongoDB database or collection on a client; and where each
// finds its address (a DSN, a URI, a host:port): in an argument, in a field
// of an options struct, or in how the value it is given was made (a pgx
// config, a gorm dialector, a mongo client). Entries are keyed by the full
// name go/types gives the function (types.Func.FullName), like messaging's,
// and reuse its Where.

// The roles of a datastore call.
const (
	// DataConnect opens a connection (a pool, a client).
	DataConnect = "connect"
	// DataDatabase names a database on a client: (*mongo.Client).Database.
	DataDatabase = "database"
	// DataCollection names a collection on a database:
	// (*mongo.Database).Collection.
	DataCollection = "collection"
)

// The database engines the catalog names. A database/sql driver the
// catalog does not know is named by its driver name ("sqlserver").
const (
	EnginePostgres = "postgres"
	EngineMySQL    = "mysql"
	EngineSQLite   = "sqlite"
	EngineMongo    = "mongo"
	EngineRedis    = "redis"
)

// A DataOp is what one library function does with a datastore.
type DataOp struct {
	Protocol string // "sql", "mongo" or "redis"
	Role     string // DataConnect, DataDatabase or DataCollection
	// Engine is the engine the function speaks; "" when Driver names it
	// (database/sql, sqlx) or the value Addr reads does (a gorm
	// dialector).
	Engine string
	// Driver is where a database/sql driver name is ("postgres", "pgx").
	Driver []Where
	// Addr lists where the DSN, URI or address is. A string is one; a
	// []string holds a cluster's addresses, of which the first is read; a
	// value of another type (a pgx config, a gorm dialector, redis options,
	// a mongo client or database) names it as its DataMaker or DataOp
	// says.
	Addr []Where
	// DB is where a Redis database number is.
	DB []Where
	// Name is where a database or collection is named (DataDatabase,
	// DataCollection).
	Name []Where
}

// A DataMaker is a function, or a struct type for composite literals, that
// makes a value a DataOp reads its address from: pgx.ParseConfig,
// postgres.Open, redis.Options, (*options.ClientOptions).ApplyURI. Its
// Wheres are read relative to the call or literal that made the value.
type DataMaker struct {
	Engine   string // the engine a gorm dialector speaks; "" when the op knows
	Addr, DB []Where
}

var (
	dataOps         = make(map[string]DataOp)
	dataMakers      = make(map[string]DataMaker)
	dataLitMakers   = make(map[string]DataMaker) // keyed by the struct type's path.Name
	dataPassThrough = make(map[string]bool)      // receiver types whose methods return the receiver ("(*path.T)")
	// dataPaths are the packages that have entries, for a fast path.
	dataPaths = make(map[string]bool)
)

// The import paths of the datastore libraries that have one version.
const (
	SQLPath = "database/sql"
	// GORM's dialectors.
	GormPostgresPath = "gorm.io/driver/postgres"
	GormMySQLPath    = "gorm.io/driver/mysql"
	GormSQLitePath   = "gorm.io/driver/sqlite"
)

// PgxPaths are the import paths of pgx, v4 then v5.
var PgxPaths = []string{"github.com/jackc/pgx/v4", "github.com/jackc/pgx/v5"}

func dataOp(full string, o DataOp) {
	dataOps[full] = o
	dataPaths[funcPackage(full)] = true
}

func dataMaker(full string, m DataMaker) {
	dataMakers[full] = m
	dataPaths[funcPackage(full)] = true
}

func init() {
	sqlCatalog()
	mongoCatalog()
	redisDataCatalog()
}

func sqlCatalog() {
	sql := func(driver, addr int) DataOp {
		return DataOp{Protocol: "sql", Role: DataConnect, Driver: ws(arg(driver)), Addr: ws(arg(addr))}
	}
	dataOp(SQLPath+".Open", sql(0, 1))
	// OpenDB takes a driver.Connector: neither the driver nor the DSN is
	// known.
	dataOp(SQLPath+".OpenDB", DataOp{Protocol: "sql", Role: DataConnect})
	for _, f := range []string{"Open", "MustOpen", "Connect", "MustConnect"} {
		dataOp(SQLXPath+"."+f, sql(0, 1))
	}
	dataOp(SQLXPath+".ConnectContext", sql(1, 2))

	pg := func(addr int) DataOp {
		return DataOp{Protocol: "sql", Role: DataConnect, Engine: EnginePostgres, Addr: ws(arg(addr))}
	}
	for _, p := range PgxPaths {
		pool := p + "/pgxpool"
		dataOp(p+".Connect", pg(1))
		dataOp(p+".ConnectConfig", pg(1))
		dataMaker(p+".ParseConfig", DataMaker{Addr: ws(arg(0))})
		dataMaker(pool+".ParseConfig", DataMaker{Addr: ws(arg(0))})
		if strings.HasSuffix(p, "/v4") {
			dataOp(pool+".Connect", pg(1))
			dataOp(pool+".ConnectConfig", pg(1))
		} else {
			dataOp(pool+".New", pg(1))
			dataOp(pool+".NewWithConfig", pg(1))
		}
	}

	// gorm: the engine and the DSN are the dialector's.
	dataOp(GormPath+".Open", DataOp{Protocol: "sql", Role: DataConnect, Addr: ws(arg(0))})
	for path, engine := range map[string]string{GormPostgresPath: EnginePostgres, GormMySQLPath: EngineMySQL, GormSQLitePath: EngineSQLite} {
		dataMaker(path+".Open", DataMaker{Engine: engine, Addr: ws(arg(0))})
		dataMaker(path+".New", DataMaker{Engine: engine, Addr: ws(field(0, "DSN"))})
	}
}

func mongoCatalog() {
	for i, p := range MongoPaths {
		mongo, options := p[0], p[1]
		opts := ws(Where{Arg: 1, Rest: true})
		if i == 1 {
			opts = ws(Where{Arg: 0, Rest: true}) // v2's Connect takes no context
		}
		connect := DataOp{Protocol: "mongo", Role: DataConnect, Engine: EngineMongo, Addr: opts}
		dataOp(mongo+".Connect", connect)
		if i == 0 {
			dataOp(mongo+".NewClient", DataOp{Protocol: "mongo", Role: DataConnect, Engine: EngineMongo, Addr: ws(Where{Arg: 0, Rest: true})})
		}
		recv := ws(arg(ArgRecv))
		dataOp("(*"+mongo+".Client).Database", DataOp{Protocol: "mongo", Role: DataDatabase, Engine: EngineMongo, Addr: recv, Name: ws(arg(0))})
		dataOp("(*"+mongo+".Database).Collection", DataOp{Protocol: "mongo", Role: DataCollection, Engine: EngineMongo, Addr: recv, Name: ws(arg(0))})
		// options.Client().ApplyURI(uri).SetTimeout(d): the URI, through
		// the setters that return their receiver.
		dataMaker("(*"+options+".ClientOptions).ApplyURI", DataMaker{Addr: ws(arg(0))})
		dataPassThrough["(*"+options+".ClientOptions)"] = true
	}
}

func redisDataCatalog() {
	for _, r := range RedisPaths {
		opts := ws(arg(0))
		redis := DataOp{Protocol: "redis", Role: DataConnect, Engine: EngineRedis, Addr: opts, DB: opts}
		dataOp(r+".NewClient", redis)
		dataOp(r+".NewClusterClient", redis)
		dataOp(r+".NewUniversalClient", redis)
		dataMaker(r+".ParseURL", DataMaker{Addr: ws(arg(0))})
		self := func(f string) []Where { return ws(field(ArgSelf, f)) }
		dataLitMakers[r+".Options"] = DataMaker{Addr: self("Addr"), DB: self("DB")}
		dataLitMakers[r+".ClusterOptions"] = DataMaker{Addr: self("Addrs")}
		dataLitMakers[r+".UniversalOptions"] = DataMaker{Addr: self("Addrs"), DB: self("DB")}
	}
}

// DataOpOf returns what fn does with a datastore, or false when the
// catalog does not know it.
func DataOpOf(fn *types.Func) (DataOp, bool) {
	if fn == nil || fn.Pkg() == nil || !dataPaths[fn.Pkg().Path()] {
		return DataOp{}, false
	}
	op, ok := dataOps[fn.Origin().FullName()]
	return op, ok
}

// DataMakerOf returns how a value made by fn names a datastore's address:
// a maker of the catalog, or, for a setter that returns its receiver
// ((*options.ClientOptions).SetTimeout), the receiver's.
func DataMakerOf(fn *types.Func) (DataMaker, bool) {
	if fn == nil || fn.Pkg() == nil || !dataPaths[fn.Pkg().Path()] {
		return DataMaker{}, false
	}
	fn = fn.Origin()
	if m, ok := dataMakers[fn.FullName()]; ok {
		return m, true
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Results().Len() != 1 {
		return DataMaker{}, false
	}
	recv, ok := typeName(sig.Recv().Type())
	if _, isPtr := sig.Recv().Type().(*types.Pointer); !ok || !isPtr || !dataPassThrough["(*"+recv+")"] {
		return DataMaker{}, false
	}
	if !types.Identical(sig.Results().At(0).Type(), sig.Recv().Type()) {
		return DataMaker{}, false
	}
	return DataMaker{Addr: ws(arg(ArgRecv))}, true
}

// DataLiteralMaker returns how a composite literal of type t (or a
// pointer to one) names a datastore's address (redis.Options' Addr).
func DataLiteralMaker(t types.Type) (DataMaker, bool) {
	name, ok := typeName(t)
	if !ok {
		return DataMaker{}, false
	}
	m, ok := dataLitMakers[name]
	return m, ok
}

// ImportsDatastore reports whether pkg imports a package of the datastore
// catalog: only then can its code connect to a datastore the catalog
// knows.
func ImportsDatastore(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if dataPaths[imp.Path()] {
			return true
		}
	}
	return false
}

// sqlEngines maps database/sql driver names to the engine they speak.
var sqlEngines = map[string]string{
	"postgres": EnginePostgres, "postgresql": EnginePostgres, "pgx": EnginePostgres, "pgx/v4": EnginePostgres,
	"pgx/v5": EnginePostgres, "cloudsqlpostgres": EnginePostgres, "nrpostgres": EnginePostgres,
	"mysql": EngineMySQL, "nrmysql": EngineMySQL,
	"sqlite3": EngineSQLite, "sqlite": EngineSQLite, "libsql": EngineSQLite,
}

// SQLEngine returns the engine a database/sql driver name speaks; a
// driver the catalog does not know is its own engine ("sqlserver").
func SQLEngine(driver string) string {
	if e, ok := sqlEngines[strings.ToLower(driver)]; ok {
		return e
	}
	return driver
}

// URLEngine returns the engine a connection URL's scheme names
// ("postgresql" is postgres), or "".
func URLEngine(scheme string) string {
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql", "pgx":
		return EnginePostgres
	case "mysql":
		return EngineMySQL
	case "sqlite", "sqlite3", "file":
		return EngineSQLite
	case "mongodb", "mongodb+srv":
		return EngineMongo
	case "redis", "rediss":
		return EngineRedis
	}
	return ""
}
