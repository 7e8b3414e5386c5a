// Command task serves its receiver under a name of its own.
package main

import (
	"net"
	"net/rpc"
)

type server struct{}

// Create is served as "Tasks.Create".
func (s *server) Create(name string, id *int) error { return nil }

func main() {
	rpc.RegisterName("Tasks", &server{})
	l, _ := net.Listen("tcp", ":5002")
	rpc.Accept(l)
}
