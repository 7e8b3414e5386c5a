// Package rpc_micro is a go-micro service that registers a handler and
// calls another service by its registry name.
package rpc_micro

import (
	"context"

	micro "github.com/micro/go-micro/v2"
	"github.com/micro/go-micro/v2/client"

	"rpc_micro/vesselpb"
)

type handler struct {
	vessels vesselpb.VesselService
}

func (h *handler) FindAvailable(ctx context.Context, s *vesselpb.Specification, r *vesselpb.Response) error {
	_, err := h.vessels.FindAvailable(ctx, s)
	return err
}

func (h *handler) Create(ctx context.Context, s *vesselpb.Specification, r *vesselpb.Response) error {
	req := client.NewRequest("go.micro.srv.user", "User.Get", s)
	return client.Call(ctx, req, r) //@call("micro User.Get target=go.micro.srv.user")
}

func main() {
	service := micro.NewService(micro.Name("shippy.service.vessel"))
	h := &handler{vessels: vesselpb.NewVesselService("shippy.service.consignment", service.Client())}
	vesselpb.RegisterVesselServiceHandler(service.Server(), h)
	RegisterLocalHandler(local{}, h)
	service.Run()
}

// local is a server that is not go-micro's.
type local struct{}

func (local) Handle(interface{}) error { return nil }

// RegisterLocalHandler has the shape of a generated RegisterXHandler on
// another server type: it registers nothing.
func RegisterLocalHandler(s local, h vesselpb.VesselServiceHandler) error { return s.Handle(h) }
