package model

import (
	"cmp"
	"go/token"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules/sqltables"
)

// A TableAccess is one table a service's code reads or writes with a SQL
// statement, on a database the model resolved; or one MongoDB collection it
// reads or writes (Kind "collection").
type TableAccess struct {
	Kind    string // "table" or "collection"
	Service string
	// Resource is the database's id (a DataEdge's Resource; for a
	// collection, the collection's), never an unknown.
	Resource string
	Loopback bool   // the database's address is on the service's own machine (DataEdge.Loopback)
	Table    string // lower case; schema-qualified when written so; a collection as "db.collection"
	Write    bool
	Verb     string // Query.Verb
	// Checked, FreshKey and ConstKey are the query's (Query.Checked,
	// Query.FreshKey, Query.ConstKey).
	Checked, FreshKey, ConstKey bool
	// Scanned marks a table found by the conservative keyword scan, the
	// statement's text being one the SQL parser rejects.
	Scanned bool
	SQL     string // the statement's text, as resolved
	Pos     token.Pos
	Pkg     string // package of the query call
	// Site is where the service's own code makes the query (see
	// SyncEdge.Site).
	Site    token.Pos
	SitePkg string
	// Func is the function whose code runs the statement (Query.Func).
	Func Node
}

// UnplacedQuery is a SQL statement, or a Redis command on keys, whose
// database the model could not tell: its address is not resolved, or its
// connection is not traced to one and the service uses several.
type UnplacedQuery struct {
	Service  string
	Pos      token.Pos
	Pkg      string
	Protocol string // "sql" or "redis"
	// Tables are the tables the statement names, sorted: what it would
	// touch, on a database no one can tell.
	Tables []string
}

// tables finds the tables each service's SQL statements read and write.
// A statement's database is the one its connection was opened on, when
// the collector traced it (Query.Conn); else the service's only resolved
// SQL database; else, table by table, the database of the table's owner
// when the service uses it too (ownersDB); else it is unplaced.
func (b *builder) tables() {
	byConn := make(map[*Datastore][]*DataEdge)
	sqlDBs := make(map[string][]string)   // service → its resolved SQL databases
	redisDBs := make(map[string][]string) // service → its resolved Redis databases
	loopback := make(map[string]bool)
	for _, e := range b.m.Data {
		loopback[e.Resource] = e.Loopback
		byConn[e.Conn] = append(byConn[e.Conn], e)
		if e.Protocol == "sql" && !IsUnknown(e.Resource) && !slices.Contains(sqlDBs[e.From], e.Resource) {
			sqlDBs[e.From] = append(sqlDBs[e.From], e.Resource)
		}
		if e.Protocol == "redis" && !IsUnknown(e.Resource) && !slices.Contains(redisDBs[e.From], e.Resource) {
			redisDBs[e.From] = append(redisDBs[e.From], e.Resource)
		}
	}
	b.creators()
	for _, in := range b.inputs {
		svcs := b.set.Runners(in.Path)
		for i := range in.Result.Queries {
			q := &in.Result.Queries[i]
			if q.Protocol == "mongo" {
				b.collectionAccess(in, q, svcs, byConn)
				continue
			}
			if q.Protocol == "redis" {
				b.keyAccess(in, q, svcs, byConn, redisDBs, loopback)
				continue
			}
			if q.Protocol != "sql" {
				continue
			}
			found := accesses(q) // parsed once, placed for each service
			for _, svc := range svcs {
				site, ok := b.runs(svc, in.Path, q.Func, q.Pos)
				if !ok {
					continue
				}
				var dbs []string
				if d := in.Result.ConnOf(q); d != nil {
					dbs = connDBs(byConn[d], svc)
				} else if len(sqlDBs[svc]) == 1 {
					dbs = sqlDBs[svc]
				}
				placed := false
				for _, found := range found {
					a := *found
					db := ""
					switch {
					case len(dbs) == 1:
						db = dbs[0]
					case len(dbs) == 0 && len(sqlDBs[svc]) > 1:
						db = b.ownersDB(a.Table, sqlDBs)
						if !slices.Contains(sqlDBs[svc], db) {
							db = ""
						}
					}
					if db == "" {
						continue
					}
					placed = true
					a.Kind = "table"
					a.Service, a.Resource, a.Loopback, a.Pos, a.Pkg, a.Site, a.SitePkg, a.Func, a.Verb = svc, db, loopback[db], q.Pos, in.Path, site.pos, site.pkg, q.Func, q.Verb
					a.Checked, a.FreshKey, a.ConstKey = q.Checked, q.FreshKey, q.ConstKey
					b.m.Tables = append(b.m.Tables, &a)
				}
				if !placed {
					var tables []string
					for _, a := range found {
						tables = append(tables, a.Table)
					}
					b.m.Unplaced = append(b.m.Unplaced, &UnplacedQuery{Service: svc, Pos: q.Pos, Pkg: in.Path, Protocol: "sql",
						Tables: slices.Compact(slices.Sorted(slices.Values(tables)))})
				}
			}
		}
	}
	slices.SortStableFunc(b.m.Tables, func(x, y *TableAccess) int {
		return cmp.Or(b.m.Compare(x.Site, y.Site), strings.Compare(x.Resource, y.Resource), strings.Compare(x.Table, y.Table),
			strings.Compare(x.Service, y.Service), boolCmp(y.Write, x.Write))
	})
	b.m.Tables = slices.CompactFunc(b.m.Tables, func(x, y *TableAccess) bool {
		return x.Site == y.Site && x.Resource == y.Resource && x.Table == y.Table && x.Service == y.Service && x.Write == y.Write
	})
}

// creators fills Model.Creates: the tables each service's code creates
// with gorm's AutoMigrate or bun's CreateTable (Query.Creates), wherever
// the statement runs.
func (b *builder) creators() {
	for _, in := range b.inputs {
		for i := range in.Result.Queries {
			q := &in.Result.Queries[i]
			if !q.Creates {
				continue
			}
			created := accesses(q)
			for _, svc := range b.set.Runners(in.Path) {
				if _, ok := b.runs(svc, in.Path, q.Func, q.Pos); !ok {
					continue
				}
				for _, a := range created {
					if b.m.Creates == nil {
						b.m.Creates = make(map[string][]string)
					}
					if !slices.Contains(b.m.Creates[a.Table], svc) {
						b.m.Creates[a.Table] = append(b.m.Creates[a.Table], svc)
						slices.Sort(b.m.Creates[a.Table])
					}
				}
			}
		}
	}
}

// Creator returns the one service whose code creates table with gorm's
// AutoMigrate or bun's CreateTable, or "".
func (m *Model) Creator(table string) string {
	if c := m.Creates[table]; len(c) == 1 {
		return c[0]
	}
	return ""
}

// collectionAccess records the MongoDB operation q of package in, for the
// services that run it, on the collection its connection record names.
// An operation on a collection not traced to one adds nothing.
func (b *builder) collectionAccess(in Input, q *Query, svcs []string, byConn map[*Datastore][]*DataEdge) {
	d := in.Result.ConnOf(q)
	if d == nil || d.Kind() != "collection" {
		return
	}
	for _, svc := range svcs {
		site, ok := b.runs(svc, in.Path, q.Func, q.Pos)
		if !ok {
			continue
		}
		for _, e := range byConn[d] {
			if e.From != svc || IsUnknown(e.Resource) || e.Kind != "collection" {
				continue
			}
			b.m.Tables = append(b.m.Tables, &TableAccess{Kind: "collection", Service: svc, Resource: e.Resource, Loopback: e.Loopback,
				Table: e.Detail, Write: q.Write, Verb: q.Verb, Checked: q.Checked, FreshKey: q.FreshKey, ConstKey: q.ConstKey, Pos: q.Pos, Pkg: in.Path, Site: site.pos, SitePkg: site.pkg, Func: q.Func})
		}
	}
}

// keyAccess records the Redis command q of package in, for the services
// that run it, by the prefix of each key it names (keyPrefix), on the
// Redis database its client was made for; else on the service's only
// Redis database. A key whose prefix is not known, or a command whose
// database is not one, adds nothing: Redis databases hold no schema that
// would tell, and a guess would be a false alarm.
func (b *builder) keyAccess(in Input, q *Query, svcs []string, byConn map[*Datastore][]*DataEdge, redisDBs map[string][]string, loopback map[string]bool) {
	var prefixes []string
	for _, v := range q.Table {
		if p, ok := keyPrefix(v.String()); ok && !slices.Contains(prefixes, p) {
			prefixes = append(prefixes, p)
		}
	}
	if len(prefixes) == 0 {
		return
	}
	for _, svc := range svcs {
		site, ok := b.runs(svc, in.Path, q.Func, q.Pos)
		if !ok {
			continue
		}
		var dbs []string
		if d := in.Result.ConnOf(q); d != nil {
			dbs = connDBs(byConn[d], svc)
		} else {
			dbs = redisDBs[svc]
		}
		if len(dbs) != 1 {
			b.m.Unplaced = append(b.m.Unplaced, &UnplacedQuery{Service: svc, Pos: q.Pos, Pkg: in.Path, Protocol: "redis", Tables: slices.Sorted(slices.Values(prefixes))})
			continue
		}
		for _, p := range prefixes {
			b.m.Tables = append(b.m.Tables, &TableAccess{Kind: "key prefix", Service: svc, Resource: dbs[0], Loopback: loopback[dbs[0]],
				Table: p, Write: q.Write, Verb: q.Verb, Checked: q.Checked, FreshKey: q.FreshKey, ConstKey: q.ConstKey, Pos: q.Pos, Pkg: in.Path, Site: site.pos, SitePkg: site.pkg, Func: q.Func})
		}
	}
}

// connDBs returns the resolved datastores that service svc reaches
// through one connection record's edges, each once.
func connDBs(edges []*DataEdge, svc string) []string {
	var dbs []string
	for _, e := range edges {
		if e.From == svc && !IsUnknown(e.Resource) && !slices.Contains(dbs, e.Resource) {
			dbs = append(dbs, e.Resource)
		}
	}
	return dbs
}

// keyPrefix returns the prefix a Redis key's text names the kind of data
// by: its text up to and including the first ":", as in "orders:{?}" →
// "orders:" and "user_sessions:1" → "user_sessions:", else the first
// "-", "_", "." or "/"; a key with no separator,
// whose text is all known, is its own prefix ("leaderboard"). A key
// whose text starts unknown, or whose known start holds no separator, has
// none.
func keyPrefix(key string) (string, bool) {
	known, _, partial := strings.Cut(key, "{")
	if i := strings.IndexByte(known, ':'); i > 0 {
		return known[:i+1], true
	}
	if i := strings.IndexAny(known, "-_./"); i > 0 {
		return known[:i+1], true
	}
	if partial || known == "" || strings.Contains(known, "$") {
		return "", false
	}
	return known, true
}

// ownersDB returns the database a table lives in by its owner: the only
// SQL database of the service that owns it (the config's owns, or its
// schema and migration files, or the one service whose code creates it
// with gorm's AutoMigrate or bun's CreateTable); "" when that is not one database. A
// statement of a service that uses several databases, on a connection not
// traced, is placed on the one its table's owner uses.
func (b *builder) ownersDB(table string, sqlDBs map[string][]string) string {
	owner, _ := b.set.DataOwner("table", table)
	if owner == "" {
		owner = b.m.Creator(table)
	}
	if owner == "" || len(sqlDBs[owner]) != 1 {
		return ""
	}
	return sqlDBs[owner][0]
}

// accesses returns the tables one statement touches: the tables it names
// without SQL (pgx's CopyFrom, gorm's models), read or written as
// Query.Write says, and those of its candidate texts; a text with an
// unresolved part is parsed as it renders.
func accesses(q *Query) []*TableAccess {
	var out []*TableAccess
	for _, v := range q.Table {
		if t := strings.ToLower(v.String()); t != "" && !unresolved(t) {
			out = append(out, &TableAccess{Table: t, Write: q.Write})
		}
	}
	for _, v := range q.SQL {
		text := v.String()
		r := sqltables.Tables(text)
		for _, a := range r.Accesses {
			if unresolved(a.Table) {
				continue
			}
			out = append(out, &TableAccess{Table: a.Table, Write: a.Write, Scanned: r.Scanned, SQL: text})
		}
	}
	return out
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// unresolved reports whether a table name holds a part the values package
// could not resolve ("{?}", "{param f#0}", "${ENV}"): such a name is never
// matched to another.
func unresolved(table string) bool {
	return strings.Contains(table, values.UnknownText) || strings.ContainsAny(table, "{}$")
}
