// Command tracker calls vessel through go-micro by a name from the
// environment, which no deployment file sets.
package main

import (
	"context"
	"os"

	micro "github.com/micro/go-micro/v2"

	"rpcfw/api/vesselpb"
)

func main() {
	service := micro.NewService(micro.Name("shippy.service.tracker"))
	vesselpb.NewVesselService(os.Getenv("VESSEL_NAME"), service.Client()).FindAvailable(context.Background(), nil)
	service.Run()
}
