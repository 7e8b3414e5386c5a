// Package endpoints registers HTTP routes on a ServeMux (Go 1.22 patterns)
// and a gRPC service.
package endpoints

import (
	"context"
	"net/http"

	"google.golang.org/grpc"

	"ordersapi/pb"
)

const prefix = "/api/v1"

type handler struct{}

func (h *handler) getOrder(w http.ResponseWriter, r *http.Request) {}
func (h *handler) create(w http.ResponseWriter, r *http.Request)   {}
func healthz(w http.ResponseWriter, r *http.Request)               {}

func routes(h *handler, dynamic string) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", h.getOrder)
	mux.Handle("POST "+prefix+"/orders", http.HandlerFunc(h.create))
	mux.HandleFunc("api.example.com/docs/", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc(dynamic, healthz)
	http.HandleFunc("/healthz", healthz)
	return mux
}

type ordersServer struct {
	pb.UnimplementedOrdersServer
}

func (s *ordersServer) GetOrder(ctx context.Context, in *pb.GetOrderRequest) (*pb.GetOrderResponse, error) {
	return &pb.GetOrderResponse{}, nil
}

func serve() {
	s := grpc.NewServer()
	pb.RegisterOrdersServer(s, &ordersServer{})
}

// A route table registered in a loop: one endpoint per row.
func table(h *handler, mux *http.ServeMux) {
	routes := []struct {
		pattern string
		fn      http.HandlerFunc
	}{
		{"GET /v2/orders/{id}", h.getOrder},
		{pattern: "POST /v2/orders", fn: h.create},
	}
	for _, rt := range routes {
		mux.Handle(rt.pattern, logged(rt.fn))
	}
	// A loop over names only: not a route table.
	for _, name := range []string{"a", "b"} {
		_ = name
	}
}

func logged(next http.HandlerFunc) http.Handler { return next }
