// Package http is a minimal stub of github.com/dapr/go-sdk/service/http
// (checked against the Dapr Go SDK v1.14.2).
package http

import "github.com/dapr/go-sdk/service/common"

// NewService creates new Service.
func NewService(address string) common.Service {
	return newServer(address)
}

// Server is the HTTP server wrapping many Dapr helpers.
type Server struct {
	address string
	topics  map[string]common.TopicEventSubscriber
}

func newServer(address string) *Server {
	return &Server{address: address, topics: make(map[string]common.TopicEventSubscriber)}
}

// AddHealthCheckHandler appends provided app health check handler.
func (s *Server) AddHealthCheckHandler(name string, fn common.HealthCheckHandler) error { return nil }

// AddServiceInvocationHandler appends provided service invocation handler with its method to the service.
func (s *Server) AddServiceInvocationHandler(name string, fn common.ServiceInvocationHandler) error {
	return nil
}

// AddTopicEventHandler appends provided event handler with it's name to the service.
func (s *Server) AddTopicEventHandler(sub *common.Subscription, fn common.TopicEventHandler) error {
	return s.AddTopicEventSubscriber(sub, fn)
}

// AddTopicEventSubscriber appends the provided subscriber to the service.
func (s *Server) AddTopicEventSubscriber(sub *common.Subscription, subscriber common.TopicEventSubscriber) error {
	s.topics[sub.Topic] = subscriber
	return nil
}

// Start starts the server.
func (s *Server) Start() error { return nil }

// Stop stops the previously started service.
func (s *Server) Stop() error { return nil }

// GracefulStop stops the previously started service.
func (s *Server) GracefulStop() error { return nil }
