// Package dapr_invoke invokes methods of other apps through the Dapr Go
// SDK's client: the app-id and the method come from constants, the
// environment or a parameter, the method with or without its leading "/",
// the verb in any case. A type of its own with a method named InvokeMethod
// is no Dapr client.
package dapr_invoke

import (
	"context"
	"os"
	"time"

	dapr "github.com/dapr/go-sdk/client"
)

const ordersApp = "order-processor"

func Checkout(ctx context.Context, c dapr.Client, body []byte) error {
	content := &dapr.DataContent{ContentType: "application/json", Data: body}
	if _, err := c.InvokeMethodWithContent(ctx, ordersApp, "orders", "post", content); err != nil { //@call("http POST /orders app-id=order-processor")
		return err
	}
	_, err := c.InvokeMethod(ctx, os.Getenv("STOCK_APP_ID"), "/stock/items", "GET") //@call("http GET /stock/items app-id=${STOCK_APP_ID}")
	return err
}

// Status asks the app its caller names, under a deadline.
func Status(c *dapr.GRPCClient, app string) error { // want Status:"params #1"
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := c.InvokeMethodWithCustomContent(ctx, app, "status", "GET", "application/json", struct{}{}) //@call("http GET /status app-id={param dapr_invoke.Status#1} deadline=1s")
	return err
}

// localClient is not a Dapr client: its InvokeMethod records nothing.
type localClient struct{}

func (localClient) InvokeMethod(ctx context.Context, appID, methodName, verb string) ([]byte, error) {
	return nil, nil
}

func lookalike(ctx context.Context) {
	var l localClient
	_, _ = l.InvokeMethod(ctx, ordersApp, "orders", "GET")
}
