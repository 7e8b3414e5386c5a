// Command fraud serves the Fraud gRPC service.
package main

import (
	"log"
	"net"
	"os"

	"google.golang.org/grpc"

	fraudv1 "example.com/system/api/fraud/v1"
	"example.com/system/services/fraud"
)

func main() {
	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal(err)
	}
	s := grpc.NewServer()
	fraudv1.RegisterFraudServer(s, fraud.NewServer(os.Getenv("RISKDATA_API_KEY")))
	log.Fatal(s.Serve(lis))
}
