// Command logger serves net/rpc's RPCServer.
package main

import (
	"net"
	"net/rpc"
)

// RPCServer is the receiver net/rpc serves.
type RPCServer struct{}

// Payload is what LogInfo logs.
type Payload struct{ Name, Data string }

// LogInfo is served as "RPCServer.LogInfo".
func (r *RPCServer) LogInfo(p Payload, resp *string) error { return nil }

// Count is not: net/rpc serves only methods of two arguments, the second
// a pointer, that return an error.
func (r *RPCServer) Count(p Payload) int { return 0 }

func main() {
	rpc.Register(new(RPCServer))
	l, _ := net.Listen("tcp", ":5001")
	rpc.Accept(l)
}
