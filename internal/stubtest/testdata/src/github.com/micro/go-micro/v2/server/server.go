// Package server is a minimal stub of github.com/micro/go-micro/v2/server (checked against v2.9.1).
package server

// Server is a simple micro server abstraction.
type Server interface {
	Handle(Handler) error
	NewHandler(interface{}, ...HandlerOption) Handler
}

// Handler is the interface of a registered handler.
type Handler interface {
	Name() string
}

// HandlerOption sets an option of a handler.
type HandlerOption func(*HandlerOptions)

// HandlerOptions are the options of a handler.
type HandlerOptions struct{}
