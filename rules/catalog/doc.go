// Package catalog is what boundcheck knows of the libraries a service uses
// to reach others: the outbound calls (net/http, grpc, database drivers, ...;
// outbound.go), the HTTP requests they send (requests.go), the messaging calls
// (kafka-go, sarama, NATS, AMQP, Redis, Pub/Sub, watermill; messaging.go), the
// datastore connections (database/sql, pgx, gorm, mongo, redis; datastores.go),
// the statements and collection operations run on them (database/sql, sqlx,
// pgx, mongo; queries.go) and the route registrations of HTTP routers (endpoints.go). Entries are
// keyed by the full name go/types gives a function, so they match by package
// path and receiver type. The catalog knows nothing of services or of the
// config.
//
// Some of its vocabulary serves one analyzer only: Limit (and Outbound.Limit,
// what besides a context can bound an outbound call) is read by notimeout
// alone; it stays here because the catalog's entries carry it.
package catalog
