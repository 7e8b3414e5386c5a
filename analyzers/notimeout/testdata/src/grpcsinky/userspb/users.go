// Package userspb has the shape of a generated gRPC client beside a // want package:"has sinks"
// grpc-gateway handler, whose forwarding request gives the package sinks
// of its own.
package userspb

import (
	"context"
	"net/http"

	"google.golang.org/grpc"
)

// GetUserRequest asks for a user.
type GetUserRequest struct{ Id string }

// User is a user.
type User struct{ Name string }

// UsersClient is the client API for the Users service.
type UsersClient interface {
	GetUser(ctx context.Context, in *GetUserRequest, opts ...grpc.CallOption) (*User, error)
}

type usersClient struct{ cc grpc.ClientConnInterface }

// NewUsersClient returns a client on cc.
func NewUsersClient(cc grpc.ClientConnInterface) UsersClient { return &usersClient{cc} }

func (c *usersClient) GetUser(ctx context.Context, in *GetUserRequest, opts ...grpc.CallOption) (*User, error) {
	out := new(User)
	err := c.cc.Invoke(ctx, "/users.Users/GetUser", in, out, opts...)
	return out, err
}

// Forward is the gateway's: it sends the request on with its context.
func Forward(ctx context.Context, url string) error { // want Forward:`sink\(0 ctx`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	_, err := http.DefaultClient.Do(req)
	return err
}
