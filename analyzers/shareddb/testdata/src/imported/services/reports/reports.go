// Package reports is handed orders' own store by its main (an import the
// crossimport check reports): the code runs in reports' binary, on its
// connection, and its read of orders' table is reported where reports'
// code calls it.
package reports

import "context"

type StatusReader interface {
	Status(ctx context.Context, id int64) (string, error)
}

func Run(r StatusReader) error {
	_, err := r.Status(context.Background(), 1) // want `reports reads table orders of postgres:db/shop, which orders owns \(creates it in services/orders/migrations/001.up.sql:1\) and reads and writes`
	return err
}
