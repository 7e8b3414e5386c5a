// Package credentials is a minimal stub of google.golang.org/grpc/credentials.
package credentials

import (
	"context"
	"net"
)

// AuthInfo defines the common interface for the auth information.
type AuthInfo interface {
	AuthType() string
}

// ProtocolInfo provides information regarding the gRPC wire protocol version,
// security protocol, security protocol version in use, server name, etc.
type ProtocolInfo struct {
	ProtocolVersion  string
	SecurityProtocol string
	SecurityVersion  string
	ServerName       string
}

// TransportCredentials defines the common interface for all the live gRPC
// wire protocols and supported transport security protocols.
type TransportCredentials interface {
	ClientHandshake(context.Context, string, net.Conn) (net.Conn, AuthInfo, error)
	ServerHandshake(net.Conn) (net.Conn, AuthInfo, error)
	Info() ProtocolInfo
	Clone() TransportCredentials
	OverrideServerName(string) error
}
