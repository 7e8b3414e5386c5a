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
// A table that the SQL statements of two or more services touch, on one
// database, is reported at each statement of a service that does not own
// it, saying who reads and who writes it. The tables come from the
// statements' text (database/sql, sqlx, pgx, sqlc's constants, gorm's Raw
// and Exec, bun's NewRaw), parsed as SQL, from the builders of squirrel
// and goqu, from gorm's models (TableName, else gorm's naming with the
// package's NamingStrategy; Table and Model in the chain), from bun's
// queries (Table, TableExpr, ModelTableExpr and Model in the chain; a
// model's bun.BaseModel tag, else bun's naming), and from ent's generated
// builders (the entity's Table constant); a statement the parser
// rejects is scanned for table names, and the finding says so. A MongoDB
// collection two or more services' operations read or write is reported the
// same way, at each operation, and so is a Redis key prefix ("orders:" of
// "orders:"+id) that two or more services' go-redis commands read or write
// on one Redis database; a service that only publishes or subscribes
// through a Redis uses it as a broker, not as a database. A database
// (engine, host and name, as the connection's address resolves through the
// code, the environment and the deployment files) or a MongoDB collection
// that two or more services connect to is reported, more weakly, at each
// connection of a service that does not own it and has no table finding
// there: their tables may be disjoint, their schema and outages are not.
//
// The owner is the service whose boundcheck.yaml entry lists the
// datastore under owns (databases, tables, collections); else the service
// whose schema or migration files (.sql in its own folders) create it;
// for a table, else the one service whose code creates it with gorm's
// AutoMigrate or bun's CreateTable; else its only writer. A datastore no service owns is
// reported at every service that uses it. The same server with separate
// databases is not shared, nor is a table name in two databases. An
// address or a statement's database that could not be resolved is never
// taken to be another one.
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
