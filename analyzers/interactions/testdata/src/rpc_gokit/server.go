package rpc_gokit

import (
	"context"
	"net/http"

	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"
)

// routes mounts go-kit servers on gorilla/mux and on a ServeMux.
func routes(sum endpoint) http.Handler {
	r := mux.NewRouter()
	r.Methods("POST").Path("/sum").Handler(httptransport.NewServer(sum.call, decode, encode))
	m := http.NewServeMux()
	m.Handle("/concat", httptransport.NewServer(sum.call, decode, encode))
	r.PathPrefix("/v2").Handler(m)
	return r
}

type endpoint struct{}

func (endpoint) call(ctx context.Context, req interface{}) (interface{}, error) { return nil, nil }

func decode(context.Context, *http.Request) (interface{}, error) { return nil, nil }

func encode(context.Context, http.ResponseWriter, interface{}) error { return nil }
