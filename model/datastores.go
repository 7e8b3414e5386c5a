package model

import (
	"cmp"
	"go/token"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules/catalog"
	"github.com/boundcheck/boundcheck/rules/netaddr"
)

// Datastores: the connections a package opens to SQL databases (database/sql,
// sqlx, pgx, gorm), MongoDB and Redis, and the MongoDB databases and
// collections it names on its clients, as the catalog in rules describes
// them. Each becomes a resource id:
//
//	postgres:HOST/DB        a URL DSN or a key-value DSN (host=... dbname=...)
//	mysql:HOST/DB           go-sql-driver's user:pass@tcp(host:3306)/db, or a URL
//	sqlite:FILE             the file as written, without "file:" and the query
//	DRIVER:HOST/DB          another database/sql driver ("sqlserver:db1/sales")
//	mongo:HOST/DB           a database named on a client (Database("shop"))
//	mongo:HOST/DB/COLL      a collection named on a database
//	mongo:HOST/?            a client whose databases the package does not name
//	redis:HOST[/N]          a client; /N when it selects database N > 0
//
// Credentials, ports and query parameters are dropped; hosts are lower
// case, the first of a list (a cluster, a replica set) stands for all;
// an address that names no host is "localhost", as the drivers default.
// A part that cannot be resolved is "?", and when nothing is known the id
// is "ENGINE:?" ("postgres:?", "sql:?" when even the driver is unknown).
// That is a package's record; in the whole program, a datastore whose
// host cannot be resolved ("postgres:?/orders", "redis:?") is each
// service's own unknown (unknowns.go): two services that read their DSN
// from a variable no deployment sets need not share a database.

// A Datastore is one place a package connects to a datastore, or names a
// MongoDB database or collection on a client.
type Datastore struct {
	Protocol string // "sql", "mongo" or "redis"
	// Role is rules.DataConnect, rules.DataDatabase or
	// rules.DataCollection.
	Role string
	// Engine is "postgres", "mysql", "sqlite", "mongo", "redis", another
	// database/sql driver's name, or "" when the driver is not known (then
	// the DSN's scheme may tell).
	Engine string
	// Addr holds the candidate DSNs, URIs or host:port addresses, as
	// constant propagation resolves them; none when the code does not show
	// them (sql.OpenDB, a client made elsewhere).
	Addr []Value
	// Database holds a MongoDB database's candidate names, or the Redis
	// database number the client selects.
	Database []Value
	// Collection holds a MongoDB collection's candidate names.
	Collection []Value
	Func       Node
	Pos        token.Pos
}

// Kind is the kind of resource the record names: "collection" or
// "database" (a SQL database, a MongoDB database, a Redis server).
func (d *Datastore) Kind() string {
	if d.Role == catalog.DataCollection {
		return "collection"
	}
	return "database"
}

// Resources returns the ids of the resources the record names, reading
// environment variables, flags and config fields by their defaults.
func (d *Datastore) Resources() []string {
	var out []string
	for _, r := range d.refs(defaults(d.Addr), defaults(d.Database), defaults(d.Collection)) {
		out = append(out, r.id())
	}
	return out
}

// defaults renders values with their defaults, and each unknown part as
// "{?}".
func defaults(vs []Value) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, renderData(v, nil).text)
	}
	return out
}

// A dataRef is a datastore resource as a connection names it: "?" for
// what is not known.
type dataRef struct {
	engine, host, db, coll string
}

// id renders the resource id (see the top of this file).
func (r dataRef) id() string {
	engine := r.engine
	if engine == "" || IsUnknown(engine+":") {
		engine = "sql" // and a driver named "unknown" cannot pass for an unknown
	}
	switch {
	case engine == catalog.EngineSQLite:
		return engine + ":" + r.db
	case engine == catalog.EngineRedis:
		if r.db != "" && r.db != "?" && strings.TrimLeft(r.db, "0") != "" {
			return engine + ":" + r.host + "/" + strings.TrimLeft(r.db, "0")
		}
		return engine + ":" + r.host
	case r.host == "?" && r.db == "?" && (r.coll == "" || r.coll == "?"):
		return engine + ":?"
	case r.coll != "":
		return engine + ":" + r.host + "/" + r.db + "/" + r.coll
	}
	return engine + ":" + r.host + "/" + r.db
}

// detail says what the code names: the database (the file, for SQLite),
// "db.collection", or a Redis database "db N".
func (r dataRef) detail() string {
	switch {
	case r.engine == catalog.EngineRedis:
		if id := r.id(); strings.Contains(id, "/") {
			return "db " + id[strings.LastIndexByte(id, '/')+1:]
		}
		return ""
	case r.coll != "":
		return r.db + "." + r.coll
	}
	return r.db
}

// unresolved reports whether the datastore could not be resolved: its host
// (an SQLite database's file), or a SQL server's database.
func (r dataRef) unresolved() bool {
	switch r.engine {
	case catalog.EngineSQLite:
		return r.db == "?"
	case catalog.EngineMongo, catalog.EngineRedis:
		return r.host == "?"
	}
	// A SQL server whose database is not known: two services on it may
	// use one database or two, so it is not drawn as one they share.
	return r.host == "?" || r.db == "?"
}

// unknownWhat says what is known of a datastore whose host is not: the
// database or collection it names, and what its address is read from.
func (r dataRef) unknownWhat(from []string) string {
	var parts []string
	switch {
	case r.engine == catalog.EngineRedis:
		if d := r.detail(); d != "" {
			parts = append(parts, d)
		}
	case r.coll != "" && r.coll != "?":
		parts = append(parts, "collection "+r.db+"."+r.coll)
	case r.db != "" && r.db != "?" && r.engine != catalog.EngineSQLite:
		parts = append(parts, "db "+r.db)
	case r.host != "" && r.host != "?":
		parts = append(parts, "host "+r.host)
	}
	if len(from) > 0 {
		noun := "DSN"
		switch r.engine {
		case catalog.EngineMongo:
			noun = "URI"
		case catalog.EngineRedis:
			noun = "address"
		}
		parts = append(parts, noun+" from "+strings.Join(from, ", "))
	}
	return strings.Join(parts, ", ")
}

// vaguer reports whether r is other with some known parts unknown: an
// environment variable without a value beside its fallback.
func (r dataRef) vaguer(other dataRef) bool {
	same := func(a, b string) bool { return a == b || a == "?" }
	return r != other && r.engine == other.engine && same(r.host, other.host) && same(r.db, other.db) && same(r.coll, other.coll)
}

// dropVaguer removes the refs another ref of rs says more than.
func dropVaguer[T any](rs []T, ref func(T) dataRef) []T {
	var out []T
	for _, r := range rs {
		if !slices.ContainsFunc(rs, func(o T) bool { return ref(r).vaguer(ref(o)) }) {
			out = append(out, r)
		}
	}
	return out
}

// refs parses the record's addresses, with its database and collection
// names, into resources: one per distinct id, the unknown ones dropped
// when another is known.
func (d *Datastore) refs(addrs, dbs, colls []string) []dataRef {
	if len(addrs) == 0 {
		addrs = []string{unknownPart}
	}
	var out []dataRef
	add := func(r dataRef) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, a := range addrs {
		r := parseAddr(d.Engine, a)
		switch {
		case d.Protocol == "redis" && len(dbs) > 0:
			r.db = dbs[0]
			add(r)
		case d.Role == catalog.DataDatabase || d.Role == catalog.DataCollection:
			for _, db := range orUnknownText(dbs) {
				r.db = cleanPart(db)
				if d.Role == catalog.DataDatabase {
					add(r)
					continue
				}
				for _, coll := range orUnknownText(colls) {
					r.coll = cleanPart(coll)
					add(r)
				}
			}
		default:
			add(r)
		}
	}
	return dropVaguer(out, func(r dataRef) dataRef { return r })
}

// unknownPart is how render writes an unknown part; parseAddr reads it
// as unknownMark, which no separator of a DSN contains.
const (
	unknownPart = values.UnknownText
	unknownMark = "\x00"
)

func orUnknownText(ss []string) []string {
	if len(ss) == 0 {
		return []string{unknownPart}
	}
	return ss
}

// cleanPart returns s, or "?" when it is empty or has unknown parts.
func cleanPart(s string) string {
	if s == "" || strings.Contains(s, unknownPart) || strings.Contains(s, unknownMark) {
		return "?"
	}
	return s
}

// cleanHost returns a host without its port, brackets and case; the
// first of a comma-separated list; "?" when it has unknown parts, and
// def when it is empty.
func cleanHost(h, def string) string {
	h, _, _ = strings.Cut(h, ",")
	switch h = strings.TrimSpace(h); {
	case strings.Contains(h, unknownMark):
		return "?"
	case strings.HasPrefix(h, "/"):
		return "localhost" // a Unix socket
	}
	return cmp.Or(netaddr.Split(h).Host, def)
}

// parseAddr parses a DSN, URI or address, written with "{?}" for its
// unknown parts, for engine ("" when the DSN's scheme must tell).
func parseAddr(engine, s string) dataRef {
	s = strings.TrimSpace(s)
	r := dataRef{engine: engine, host: "?", db: "?"}
	if engine == catalog.EngineRedis {
		r.db = ""
	}
	if s == "" && engine != catalog.EngineRedis || s == unknownPart {
		return r
	}
	s = strings.ReplaceAll(s, unknownPart, unknownMark)
	scheme, _, isURL := strings.Cut(s, "://")
	if isURL && strings.Contains(scheme, unknownMark) {
		isURL = false
	}
	if isURL && r.engine == "" {
		r.engine = catalog.URLEngine(scheme)
		if r.engine == "" {
			r.engine = strings.ToLower(scheme)
		}
	}
	if r.engine == "" && strings.HasPrefix(s, "file:") {
		r.engine = catalog.EngineSQLite
	}
	switch {
	case r.engine == catalog.EngineSQLite:
		file := strings.TrimPrefix(strings.TrimPrefix(s, "sqlite://"), "file:")
		if strings.HasPrefix(file, "///") {
			file = file[2:]
		}
		file, _, _ = strings.Cut(file, "?")
		r.host, r.db = "", cleanPart(file)
	case isURL:
		r.parseURL(s)
	case r.engine == catalog.EngineMySQL:
		r.parseMySQL(s)
	case strings.Contains(s, "="):
		r.parseKeyValue(s)
	default:
		// host:port, a Redis or cluster address
		r.host = cleanHost(s, "localhost")
	}
	return r
}

// parseURL parses a URL: scheme://[user[:pass]@]host[:port][,host...][/db][?query].
func (r *dataRef) parseURL(s string) {
	a := netaddr.Split(s)
	user, _, _ := strings.Cut(a.User, ":")
	authority, path, query := a.Host, strings.TrimPrefix(a.Path, "/"), a.Query
	params := keyValues(query, "&")
	host := authority
	if h, ok := params["host"]; ok && host == "" {
		host = h
	}
	r.host = cleanHost(host, "localhost")
	db, _, _ := strings.Cut(path, "/")
	if db == "" {
		db = cmp.Or(params["dbname"], params["database"])
	}
	if db == "" && r.engine == catalog.EnginePostgres {
		db = user // libpq: the database defaults to the user's name
	}
	if r.engine == catalog.EngineRedis && db == "" {
		return
	}
	r.db = cleanPart(db)
}

// parseMySQL parses go-sql-driver/mysql's DSN:
// [user[:password]@][net[(addr)]]/dbname[?params].
func (r *dataRef) parseMySQL(s string) {
	s, _, _ = strings.Cut(s, "?")
	slash := strings.LastIndexByte(s, '/')
	if slash < 0 {
		return
	}
	head, db := s[:slash], s[slash+1:]
	if at := strings.LastIndexByte(head, '@'); at >= 0 {
		head = head[at+1:]
	}
	addr := ""
	if open := strings.IndexByte(head, '('); open >= 0 && strings.HasSuffix(head, ")") {
		addr = head[open+1 : len(head)-1]
	} else if strings.Contains(head, unknownMark) {
		addr = head
	}
	r.host, r.db = cleanHost(addr, "localhost"), cleanPart(db)
}

// parseKeyValue parses a libpq key-value DSN: host=h port=5432 dbname=d.
func (r *dataRef) parseKeyValue(s string) {
	kv := keyValues(s, " ")
	r.host = cleanHost(cmp.Or(kv["host"], kv["hostaddr"]), "localhost")
	r.db = cleanPart(cmp.Or(kv["dbname"], kv["user"]))
}

// keyValues splits "k=v" pairs separated by sep; values may be single-quoted.
func keyValues(s, sep string) map[string]string {
	out := make(map[string]string)
	for _, f := range strings.Split(s, sep) {
		k, v, ok := strings.Cut(strings.TrimSpace(f), "=")
		if !ok {
			continue
		}
		out[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), "'")
	}
	return out
}

// data resolves every datastore connection to the services whose code
// makes it, reading environment variables through the deployment.
func (b *builder) data() {
	var edges []*DataEdge
	for _, in := range b.inputs {
		svcs := b.set.Runners(in.Path)
		for i := range in.Result.Datastores {
			d := &in.Result.Datastores[i]
			for _, svc := range svcs {
				site, ok := b.runs(svc, in.Path, d.Func, d.Pos)
				if !ok {
					continue
				}
				for _, c := range b.dataCandidates(d, svc) {
					at := site
					if c.site.pos.IsValid() {
						at = c.site
					}
					edges = append(edges, &DataEdge{From: svc, Kind: d.Kind(), Protocol: d.Protocol, Pkg: in.Path, Conn: d,
						Site: at.pos, SitePkg: at.pkg, Why: c.why, ref: c.ref, from: c.from})
				}
			}
		}
	}
	edges = fillMongoHosts(edges)
	for _, e := range edges {
		e.Resource, e.Detail, e.Loopback = e.ref.id(), e.ref.detail(), isLoopback(e.ref.host)
		if e.ref.unresolved() {
			engine, _, _ := strings.Cut(e.Resource, ":")
			what := e.ref.unknownWhat(e.from)
			e.Resource = b.unknown(e.From, engine, what, unknownLabel(engine, ", ", what))
			b.unknownAt(e.Resource, e.Conn.Pos)
		}
	}
	slices.SortStableFunc(edges, func(x, y *DataEdge) int {
		return cmp.Or(b.m.Compare(x.Site, y.Site), strings.Compare(x.Resource, y.Resource), strings.Compare(x.From, y.From))
	})
	b.m.Data = slices.CompactFunc(edges, func(x, y *DataEdge) bool {
		return x.Site == y.Site && x.Resource == y.Resource && x.From == y.From
	})
}

// A dataCandidate is one resource a connection may name, how its address
// was resolved, and, when a call of the service's own code passed the
// address, that call.
type dataCandidate struct {
	ref dataRef
	why string
	// deployed marks an address read from the deployment's environment.
	deployed bool
	site     siteOf
	// from names what the address's unknown parts are read from.
	from []string
}

// dataCandidates resolves one record for service svc: its parameters
// bound by the service's callers (each call of the service's own code
// that passes an address its own site), its environment variables by the
// deployment, which, when it sets them, outranks the code's defaults;
// the candidates that say less than another of the same site dropped.
func (b *builder) dataCandidates(d *Datastore, svc string) []dataCandidate {
	dbs := texts(b.dataTexts(d.Database, svc))
	colls := texts(b.dataTexts(d.Collection, svc))
	env := func(p Part) (string, string, bool) { return b.envValue(svc, p) }
	// Addresses by the site that passes them; the zero site is the
	// record's own.
	var sites []siteOf
	bySite := make(map[siteOf][]dataText)
	add := func(at siteOf, vs []Value) {
		if _, ok := bySite[at]; !ok {
			sites = append(sites, at)
		}
		for _, v := range b.substitute(vs, svc) {
			bySite[at] = append(bySite[at], renderData(v, env))
		}
	}
	for _, v := range d.Addr {
		param := ""
		if len(v.Parts) > 0 {
			param = v.Parts[0].Param
		}
		passed := false
		for _, bd := range b.bindings[param] {
			if param == "" || !b.set.Runs(bd.pkg, svc) {
				continue
			}
			passed = true
			var at siteOf
			if b.own(svc, bd.pkg) {
				at = siteOf{bd.Pos, bd.pkg}
			}
			for _, w := range bd.Values {
				add(at, v.Substitute(func(p string) []Value {
					if p == param {
						return []Value{w}
					}
					return nil
				}, len(bd.Values)))
			}
		}
		if !passed {
			add(siteOf{}, []Value{v})
		}
	}
	if len(sites) == 0 {
		add(siteOf{}, []Value{values.Unknown("?")})
	}
	var out []dataCandidate
	for _, at := range sites {
		var cs []dataCandidate
		for _, a := range bySite[at] {
			for _, r := range d.refs([]string{a.text}, dbs, colls) {
				cs = append(cs, dataCandidate{ref: r, why: a.why, deployed: a.deployed, site: at, from: a.from})
			}
		}
		if slices.ContainsFunc(cs, func(c dataCandidate) bool { return c.deployed }) {
			cs = slices.DeleteFunc(cs, func(c dataCandidate) bool { return !c.deployed })
		}
		cs = dropVaguer(cs, func(c dataCandidate) dataRef { return c.ref })
		out = append(out, slices.CompactFunc(cs, func(x, y dataCandidate) bool { return x.ref == y.ref })...)
	}
	return out
}

// A dataText is a value rendered for one service.
type dataText struct {
	text, why string
	deployed  bool
	from      []string // what the unknown parts are read from
}

func texts(ts []dataText) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.text
	}
	return out
}

// dataTexts renders values for service svc: parameters bound through the
// service's callers, environment variables as the deployment sets them.
func (b *builder) dataTexts(vs []Value, svc string) []dataText {
	var out []dataText
	for _, v := range b.substitute(vs, svc) {
		out = append(out, renderData(v, func(p Part) (string, string, bool) { return b.envValue(svc, p) }))
	}
	return out
}

// renderData renders a value: environment variables as env says (when
// set) or else by their defaults, flags and config fields by their
// defaults, and "{?}" for the rest.
func renderData(v Value, env func(p Part) (value, where string, ok bool)) dataText {
	var (
		t    dataText
		whys []string
	)
	t.text = v.Render(values.Style{
		Defaults: true,
		Part: func(p Part) (string, bool) {
			if (p.Env == "" || p.Env == "?") && p.Key == "" || env == nil {
				return "", false
			}
			if val, where, ok := env(p); ok {
				whys = append(whys, cmp.Or(p.Env, p.Key)+" in "+where)
				t.deployed = true
				return val, true
			}
			if p.HasDefault {
				whys = append(whys, p.Env+" unset, its default")
			}
			return "", false
		},
		Unknown: func(p Part) { t.from = appendNew(t.from, partSource(p)) },
	})
	t.why = strings.Join(whys, ", ")
	return t
}

// fillMongoHosts completes each service's MongoDB edges: a database or
// collection named on a client whose origin is out of sight takes the
// host of the service's one MongoDB deployment, when it has one; a
// client's edge is dropped when the service names databases on its
// host, and a database's when the service names collections in it.
func fillMongoHosts(edges []*DataEdge) []*DataEdge {
	hosts := make(map[string][]string) // service → known MongoDB hosts
	for _, e := range edges {
		if e.Protocol == "mongo" && e.ref.host != "?" && !slices.Contains(hosts[e.From], e.ref.host) {
			hosts[e.From] = append(hosts[e.From], e.ref.host)
		}
	}
	for _, e := range edges {
		if e.Protocol == "mongo" && e.ref.host == "?" && len(hosts[e.From]) == 1 {
			e.ref.host = hosts[e.From][0]
		}
	}
	type key struct{ svc, host, db string }
	named := make(map[key]bool) // a database named, or a collection in it
	hasColl := make(map[key]bool)
	for _, e := range edges {
		if e.Protocol != "mongo" || e.Conn.Role == catalog.DataConnect {
			continue
		}
		named[key{e.From, e.ref.host, ""}] = true
		if e.Conn.Role == catalog.DataCollection {
			hasColl[key{e.From, e.ref.host, e.ref.db}] = true
		}
	}
	return slices.DeleteFunc(edges, func(e *DataEdge) bool {
		if e.Protocol != "mongo" {
			return false
		}
		switch e.Conn.Role {
		case catalog.DataConnect:
			return named[key{e.From, e.ref.host, ""}]
		case catalog.DataDatabase:
			return hasColl[key{e.From, e.ref.host, e.ref.db}]
		}
		return false
	})
}
