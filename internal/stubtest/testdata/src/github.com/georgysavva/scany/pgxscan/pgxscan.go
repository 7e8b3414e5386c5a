// Package pgxscan is a minimal stub of github.com/georgysavva/scany/pgxscan
// (checked against v1.2.1).
package pgxscan

import (
	"context"

	"github.com/jackc/pgx/v4"
)

// Querier is something that pgxscan can query and get the pgx.Rows from.
type Querier interface {
	Query(ctx context.Context, query string, args ...interface{}) (pgx.Rows, error)
}

// API is a wrapper around the dbscan.API type.
type API struct{}

// DefaultAPI is the default instance of API with all configuration settings set to default.
var DefaultAPI = &API{}

// Select is a package-level helper function that uses the DefaultAPI object.
func Select(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return DefaultAPI.Select(ctx, db, dst, query, args...)
}

// Get is a package-level helper function that uses the DefaultAPI object.
func Get(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return DefaultAPI.Get(ctx, db, dst, query, args...)
}

// Select is a high-level function that queries rows from Querier and calls the ScanAll function.
func (api *API) Select(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	_, err := db.Query(ctx, query, args...)
	return err
}

// Get is a high-level function that queries rows from Querier and calls the ScanOne function.
func (api *API) Get(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	_, err := db.Query(ctx, query, args...)
	return err
}
