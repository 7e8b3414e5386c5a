// Command consignment calls vessel through go-micro: by its registry
// name, and by a name no service registers.
package main

import (
	"context"

	micro "github.com/micro/go-micro/v2"

	"rpcfw/api/vesselpb"
)

func main() {
	ctx := context.Background()
	service := micro.NewService(micro.Name("shippy.service.consignment"))
	vesselpb.NewVesselService("shippy.service.vessel", service.Client()).FindAvailable(ctx, nil)
	vesselpb.NewVesselService("shippy.service.client", service.Client()).FindAvailable(ctx, nil)
	service.Run()
}
