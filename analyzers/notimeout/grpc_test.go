package notimeout_test

import (
	"testing"
)

// TestGRPC covers generated gRPC clients, Invoke, timeout interceptors on
// the connection, grpc.Dial with WithBlock, and server handlers that call
// other services; and a generated client whose package has sinks of its
// own (a grpc-gateway handler beside it), whose calls are judged where
// they are made all the same (grpcsinky).
func TestGRPC(t *testing.T) {
	shared.Run(t, "grpcclient", "grpcinterceptor", "grpcdial", "grpcserver", "grpcsinky/...")
}

// TestDial covers raw net and crypto/tls dials.
func TestDial(t *testing.T) {
	shared.Run(t, "netdial")
}
