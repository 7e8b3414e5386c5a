// want package:"has sinks"

// Package grpcinterceptor covers connections whose unary client
// interceptors put a deadline on every call: calls on them are bounded
// whatever context they get. An interceptor that sets no deadline bounds
// nothing.
package grpcinterceptor

import (
	"context"
	"log"
	"time"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/timeout"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"ordersapi/pb"
)

// go-grpc-middleware's timeout interceptor, with WithUnaryInterceptor.

func newOrdersClient(target string) (pb.OrdersClient, error) {
	conn, err := grpc.NewClient(target,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(timeout.UnaryClientInterceptor(2*time.Second)),
	)
	if err != nil {
		return nil, err
	}
	return pb.NewOrdersClient(conn), nil
}

// Clean: the connection's interceptor sets a 2s deadline.
func status(id string) (string, error) {
	client, err := newOrdersClient("orders.internal:9090")
	if err != nil {
		return "", err
	}
	resp, err := client.GetOrder(context.Background(), &pb.GetOrderRequest{Id: id})
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Clean: the timeout interceptor in a chain, on a connection from the
// deprecated grpc.Dial, kept in a struct field.
type Orders struct {
	client pb.OrdersClient
	conn   *grpc.ClientConn
}

func NewOrders(target string) (*Orders, error) {
	conn, err := grpc.Dial(target,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithChainUnaryInterceptor(logCalls, timeout.UnaryClientInterceptor(time.Second)),
	)
	if err != nil {
		return nil, err
	}
	return &Orders{client: pb.NewOrdersClient(conn), conn: conn}, nil
}

func (o *Orders) Status(id string) (string, error) {
	resp, err := o.client.GetOrder(context.Background(), &pb.GetOrderRequest{Id: id})
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Clean: Invoke on the same connection goes through its interceptors too.
func (o *Orders) Raw(id string) error {
	return o.conn.Invoke(context.Background(), pb.Orders_GetOrder_FullMethodName, &pb.GetOrderRequest{Id: id}, new(pb.GetOrderResponse))
}

// A hand-written interceptor that sets a default deadline when the caller
// did not.
func defaultDeadline(d time.Duration) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if _, ok := ctx.Deadline(); !ok {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, d)
			defer cancel()
		}
		return invoker(ctx, method, req, reply, cc, opts...)
	}
}

// Clean: the package's own interceptor sets the deadline.
func statusDefault(id string) error {
	conn, err := grpc.NewClient("orders.internal:9090",
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(defaultDeadline(3*time.Second)),
	)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = pb.NewOrdersClient(conn).GetOrder(context.Background(), &pb.GetOrderRequest{Id: id})
	return err
}

// An interceptor written as a plain function.
func withDeadline(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return invoker(ctx, method, req, reply, cc, opts...)
}

// Clean: withDeadline sets the deadline.
func statusPlain(id string) error {
	conn, err := grpc.NewClient("orders.internal:9090",
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithChainUnaryInterceptor(withDeadline),
	)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = pb.NewOrdersClient(conn).GetOrder(context.Background(), &pb.GetOrderRequest{Id: id})
	return err
}

// logCalls logs every call; it sets no deadline.
func logCalls(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error { // want logCalls:`callback\[\{5 0\}\]`
	start := time.Now()
	err := invoker(ctx, method, req, reply, cc, opts...)
	log.Printf("%s took %s: %v", method, time.Since(start), err)
	return err
}

func statusLogged(id string) error {
	conn, err := grpc.NewClient("orders.internal:9090",
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(logCalls),
	)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = pb.NewOrdersClient(conn).GetOrder(context.Background(), &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.Background\(\), which has no deadline; give the call a context with a deadline \(context.WithTimeout\) or the connection a timeout interceptor`
	return err
}

// Clean: dial options collected in a slice and appended to, the way
// services build them from configuration.
func newOrdersClientFromConfig(target string, debug bool) (pb.OrdersClient, error) {
	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if debug {
		opts = append(opts, grpc.WithChainUnaryInterceptor(logCalls))
	}
	opts = append(opts, grpc.WithUnaryInterceptor(timeout.UnaryClientInterceptor(2*time.Second)))
	conn, err := grpc.NewClient(target, opts...)
	if err != nil {
		return nil, err
	}
	return pb.NewOrdersClient(conn), nil
}

func statusFromConfig(id string) error {
	client, err := newOrdersClientFromConfig("orders.internal:9090", false)
	if err != nil {
		return err
	}
	_, err = client.GetOrder(context.Background(), &pb.GetOrderRequest{Id: id})
	return err
}

// Clean: a helper's ctx parameter reaches GetOrder, so it is a sink; but
// the client handed to it here has the timeout interceptor.
func fetch(ctx context.Context, client pb.OrdersClient, id string) (*pb.GetOrderResponse, error) { // want fetch:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	return client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
}

func statusViaHelper(id string) error {
	client, err := newOrdersClient("orders.internal:9090")
	if err != nil {
		return err
	}
	_, err = fetch(context.Background(), client, id)
	return err
}
