// Package client is an ent-generated client's shape: the schema migration
// is a field of the client, of package migrate.
package client

import (
	"entgo.io/ent/dialect"

	"entmigrate/ent/migrate"
)

type Client struct {
	Schema *migrate.Schema
}

func NewClient(drv dialect.Driver) *Client {
	return &Client{Schema: migrate.NewSchema(drv)}
}
