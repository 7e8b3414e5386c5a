// Command vessel is a go-micro service.
package main

import (
	"context"

	micro "github.com/micro/go-micro/v2"

	"rpcfw/api/vesselpb"
)

type handler struct{}

func (handler) FindAvailable(ctx context.Context, s *vesselpb.Specification, r *vesselpb.Response) error {
	return nil
}

func (handler) Create(ctx context.Context, s *vesselpb.Specification, r *vesselpb.Response) error {
	return nil
}

func main() {
	service := micro.NewService(micro.Name("shippy.service.vessel"))
	vesselpb.RegisterVesselServiceHandler(service.Server(), handler{})
	service.Run()
}
