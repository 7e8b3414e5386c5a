// want package:"has sinks"

// Package entquery runs ent queries: on a context with no deadline, on one
// with a deadline, and on the caller's context (a sink for its callers).
package entquery

import (
	"context"
	"time"

	"entquery/ent"
)

func Unbounded(c *ent.Client) error {
	ctx := context.Background()
	_, err := c.User.Query().Only(ctx) // want `\(\*ent.UserQuery\).Only uses context.Background\(\), which has no deadline`
	if err != nil {
		return err
	}
	_, err = c.User.Create().Save(context.TODO()) // want `\(\*ent.UserCreate\).Save uses context.TODO\(\), which has no deadline`
	return err
}

func Begin(c *ent.Client) error {
	_, err := c.Tx(context.Background()) // want `\(\*ent.Client\).Tx uses context.Background\(\), which has no deadline`
	return err
}

func Bounded(c *ent.Client) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := c.User.Query().All(ctx)
	return err
}

func Passed(ctx context.Context, c *ent.Client) error { // want Passed:`sink\(0 ctx → \(\*ent.UserQuery\).All\)`
	_, err := c.User.Query().All(ctx)
	return err
}
