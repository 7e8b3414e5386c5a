// Package client calls Users through the generated client it is handed: // want package:"has sinks"
// its context parameter reaches the call, whatever else the client's
// package holds.
package client

import (
	"context"

	"grpcsinky/userspb"
)

// Name fetches a user's name.
func Name(ctx context.Context, c userspb.UsersClient, id string) (string, error) { // want Name:`sink\(0 ctx → \(userspb.UsersClient\).GetUser`
	u, err := c.GetUser(ctx, &userspb.GetUserRequest{Id: id})
	if err != nil {
		return "", err
	}
	return u.Name, nil
}
