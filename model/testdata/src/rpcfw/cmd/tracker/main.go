// Command tracker calls vessel through go-micro by a name from the
// environment, which no deployment file sets, and does so for each
// message it consumes.
package main

import (
	"context"
	"os"

	micro "github.com/micro/go-micro/v2"
	"github.com/nats-io/nats.go"

	"rpcfw/api/vesselpb"
)

func main() {
	service := micro.NewService(micro.Name("shippy.service.tracker"))
	vessels := vesselpb.NewVesselService(os.Getenv("VESSEL_NAME"), service.Client())
	vessels.FindAvailable(context.Background(), nil)
	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("cargo.booked", func(m *nats.Msg) {
		vessels.Create(context.Background(), nil)
	})
	service.Run()
}
