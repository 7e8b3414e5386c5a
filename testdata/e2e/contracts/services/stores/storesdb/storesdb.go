// Package storesdb is stores' database code: "db" is no contract suffix.
package storesdb

// Row is a row of the stores table.
type Row struct{ ID string }
