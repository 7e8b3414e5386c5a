// Command ledger serves the ledger API.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	amqp "github.com/rabbitmq/amqp091-go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	fraudv1 "example.com/system/api/fraud/v1"
	"example.com/system/services/ledger"
)

func main() {
	conn, err := grpc.NewClient(os.Getenv("FRAUD_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()

	mq, err := amqp.Dial(os.Getenv("AMQP_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer mq.Close()
	invoices, err := ledger.NewInvoices(mq)
	if err != nil {
		log.Fatal(err)
	}

	e := echo.New()
	e.Use(middleware.Recover())
	ledger.NewHandler(fraudv1.NewFraudClient(conn), invoices).Register(e)

	server := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(e.StartServer(server))
}
