package notimeout_test

import (
	"testing"
)

// TestGRPC covers generated gRPC clients, Invoke, timeout interceptors on
// the connection, grpc.Dial with WithBlock, and server handlers that call
// other services.
func TestGRPC(t *testing.T) {
	shared.Run(t, "grpcclient", "grpcinterceptor", "grpcdial", "grpcserver")
}

// TestDial covers raw net and crypto/tls dials.
func TestDial(t *testing.T) {
	shared.Run(t, "netdial")
}
