package notimeout_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/rules"
)

// TestGRPC covers generated gRPC clients, Invoke, timeout interceptors on
// the connection, grpc.Dial with WithBlock, and server handlers that call
// other services.
func TestGRPC(t *testing.T) {
	analysistest.Run(t, testdata(t), notimeout.New(rules.Empty()),
		"grpcclient", "grpcinterceptor", "grpcdial", "grpcserver")
}

// TestDial covers raw net and crypto/tls dials.
func TestDial(t *testing.T) {
	analysistest.Run(t, testdata(t), notimeout.New(rules.Empty()), "netdial")
}
