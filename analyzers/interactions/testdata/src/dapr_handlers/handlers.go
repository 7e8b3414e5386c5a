// Package dapr_handlers serves methods that other apps invoke through
// Dapr: AddServiceInvocationHandler on the common.Service the HTTP and
// gRPC services return, and on the *Server of each; the name with or
// without its leading "/". A type of its own with a method of that name
// serves nothing.
package dapr_handlers

import (
	"context"
	"log"

	"github.com/dapr/go-sdk/service/common"
	daprgrpc "github.com/dapr/go-sdk/service/grpc"
	daprd "github.com/dapr/go-sdk/service/http"
)

func getOrder(ctx context.Context, in *common.InvocationEvent) (*common.Content, error) {
	return nil, nil
}

type stock struct{}

func (stock) reserve(ctx context.Context, in *common.InvocationEvent) (*common.Content, error) {
	return nil, nil
}

func Serve() {
	s := daprd.NewService(":6006")
	_ = s.AddServiceInvocationHandler("orders", getOrder)                //@endpoint("/orders -> getOrder")
	_ = s.AddServiceInvocationHandler("/stock/reserve", stock{}.reserve) //@endpoint("/stock/reserve -> reserve")
	log.Fatal(s.Start())
}

func ServeGRPC() error {
	s, err := daprgrpc.NewService(":50001")
	if err != nil {
		return err
	}
	if err := s.AddServiceInvocationHandler("echo", func(ctx context.Context, in *common.InvocationEvent) (*common.Content, error) { //@endpoint("/echo -> <closure>")
		return nil, nil
	}); err != nil {
		return err
	}
	return s.Start()
}

// registry is not a Dapr service: its AddServiceInvocationHandler serves
// nothing.
type registry map[string]common.ServiceInvocationHandler

func (r registry) AddServiceInvocationHandler(name string, fn common.ServiceInvocationHandler) error {
	r[name] = fn
	return nil
}

func lookalike() {
	r := registry{}
	_ = r.AddServiceInvocationHandler("orders", getOrder)
}
