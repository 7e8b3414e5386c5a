// Package basketsdb looks like a contract's name but is baskets' database
// code: "db" is no contract suffix, so it is internal.
package basketsdb

// Row is a row of the baskets table.
type Row struct{ ID string }
