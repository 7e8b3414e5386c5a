// Package micro is a minimal stub of github.com/micro/go-micro/v2 (checked against v2.9.1).
package micro

import (
	"github.com/micro/go-micro/v2/client"
	"github.com/micro/go-micro/v2/server"
)

// Service is an interface that wraps the lower level libraries within go-micro.
type Service interface {
	Name() string
	Init(...Option)
	Client() client.Client
	Server() server.Server
	Run() error
}

// Options of a service.
type Options struct {
	Name string
}

// Option sets an option of a service.
type Option func(*Options)

// Name of the service, as the registry knows it.
func Name(n string) Option { return func(o *Options) { o.Name = n } }

// Version of the service.
func Version(v string) Option { return func(o *Options) {} }

// NewService creates and returns a new Service based on the packages within.
func NewService(opts ...Option) Service { return nil }
