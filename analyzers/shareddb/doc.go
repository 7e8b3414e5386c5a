// Package shareddb defines a check that reports datastores used by more
// than one service.
//
// # shareddb: a datastore shared by several services
//
// "Does it own its data?" is the first test of a service boundary. Two
// services that use one database share its schema, its migrations, its
// locks and its outages: neither can change a table, or be deployed, or
// fail, without the other. The split was meant to remove that coupling; a
// shared database brings it back without the transactions.
//
// A database (engine, host and database name, as the connection's address
// resolves it through the code, the environment and the deployment files)
// or a MongoDB collection that two or more services connect to is
// reported at each connection of a service that does not own it, naming
// the owner and the other services. The owner is the service whose
// boundcheck.yaml entry lists it under owns (databases, collections); a
// datastore no service owns is reported at every service that uses it.
// The same server with separate databases is not shared. A datastore whose
// address could not be resolved is never taken to be another one:
// boundcheck services lists it as unresolved.
//
// It needs the whole program (boundcheck check); under go vet it does not
// run.
//
// Bad:
//
//	// inventory reads the orders table of the orders service's database
//	ordersDB, _ := sql.Open("pgx", os.Getenv("ORDERS_DATABASE_URL"))
//	rows, _ := ordersDB.QueryContext(ctx, "SELECT status FROM orders WHERE id = $1", id)
//
// Good:
//
//	// inventory asks orders, which owns its data
//	order, err := ordersClient.GetOrder(ctx, id)
//
//	// or keeps a read model of its own, fed by the events orders publishes
//	func (h *Handler) OrderPlaced(ctx context.Context, e OrderPlaced) error {
//		return h.store.SaveOrderStatus(ctx, e.ID, e.Status)
//	}
package shareddb
