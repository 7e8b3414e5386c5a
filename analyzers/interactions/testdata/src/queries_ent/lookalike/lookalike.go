// Package lookalike declares builders named like ent's in a package that
// ent did not generate: their calls are not recorded.
package lookalike

import "context"

// UserQuery looks like ent's query builder.
type UserQuery struct{}

// All looks like ent's All.
func (*UserQuery) All(ctx context.Context) ([]string, error) { return nil, nil }

// UserClient looks like ent's client.
type UserClient struct{}

// Get looks like ent's Get.
func (*UserClient) Get(ctx context.Context, id int) ([]string, error) { return nil, nil }

// Open looks like ent's Open.
func Open(driverName, dataSourceName string) (*UserClient, error) { return &UserClient{}, nil }
