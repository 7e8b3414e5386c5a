// Package catalog is what boundcheck knows of the libraries a service uses
// to reach others: the outbound calls (net/http, grpc, database drivers, ...;
// outbound.go), the HTTP requests they send (requests.go), the messaging calls
// (kafka-go, sarama, NATS, AMQP, Redis, Pub/Sub, watermill; messaging.go), the
// datastore connections (database/sql, pgx, gorm, mongo, redis; datastores.go),
// the statements and collection operations run on them (database/sql, sqlx,
// pgx, gorm, squirrel, mongo; queries.go), the route registrations of HTTP
// routers (endpoints.go), the tables gorm names its models by (gorm.go), and the
// RPC frameworks that wrap HTTP or gRPC: go-kit, twirp, connect-go, go-micro (rpcfw.go).
// Entries are keyed by the full name go/types gives a function, so they match by package
// path and receiver type. The catalog knows nothing of services or of the
// config.
//
// Some of its vocabulary serves one analyzer only: Limit (and Outbound.Limit,
// what besides a context can bound an outbound call) is read by notimeout
// alone; it stays here because the catalog's entries carry it.
package catalog

import "go/types"

// Imports returns the packages pkg imports, directly or not, and pkg
// itself, by path: where a catalogued type is looked up by its package
// path.
func Imports(pkg *types.Package) map[string]*types.Package {
	out := make(map[string]*types.Package)
	var add func(p *types.Package)
	add = func(p *types.Package) {
		if out[p.Path()] != nil {
			return
		}
		out[p.Path()] = p
		for _, q := range p.Imports() {
			add(q)
		}
	}
	add(pkg)
	return out
}
