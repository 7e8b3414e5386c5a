// want package:"has sinks"

// Package grpcclient covers calls on generated gRPC clients: the context
// each unary call gets decides, since the connection carries no timeout
// interceptor. Streams are long-lived and are not requests.
package grpcclient

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"

	"ordersapi/pb"
)

func dial(target string) (*grpc.ClientConn, error) {
	return grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func orderStatus(id string) (string, error) {
	conn, err := dial("orders.internal:9090")
	if err != nil {
		return "", err
	}
	defer conn.Close()
	client := pb.NewOrdersClient(conn)
	resp, err := client.GetOrder(context.Background(), &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.Background\(\), which has no deadline; give the call a context with a deadline \(context.WithTimeout\) or the connection a timeout interceptor`
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Clean: the call's context has a deadline.
func orderStatusTimed(id string) (string, error) {
	conn, err := dial("orders.internal:9090")
	if err != nil {
		return "", err
	}
	defer conn.Close()
	client := pb.NewOrdersClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	resp, err := client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// A ctx parameter: fetchOrder is as bounded as its callers' contexts.
func fetchOrder(ctx context.Context, client pb.OrdersClient, id string) (*pb.GetOrderResponse, error) { // want fetchOrder:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	return client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
}

func printOrder(id string) {
	conn, err := dial("orders.internal:9090")
	if err != nil {
		return
	}
	defer conn.Close()
	fetchOrder(context.Background(), pb.NewOrdersClient(conn), id) // want `fetchOrder is given context.Background\(\), which has no deadline; it reaches \(pb.OrdersClient\).GetOrder at grpcclient.go:\d+; pass a context with a deadline`
}

// Clean: this caller bounds the context it passes.
func printOrderTimed(client pb.OrdersClient, id string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fetchOrder(ctx, client, id)
}

// Clean: a server-streaming call lives as long as the watcher wants it to;
// it is not a request that waits for one answer.
func watch(client pb.OrdersClient, id string) error {
	stream, err := client.WatchOrders(context.Background(), &pb.GetOrderRequest{Id: id})
	if err != nil {
		return err
	}
	for {
		if _, err := stream.Recv(); err != nil {
			return err
		}
	}
}

// Store keeps the generated client in a field, filled by its constructor.
type Store struct {
	orders pb.OrdersClient
}

func NewStore(conn *grpc.ClientConn) *Store {
	return &Store{orders: pb.NewOrdersClient(conn)}
}

func (s *Store) Status(id string) (string, error) {
	resp, err := s.orders.GetOrder(context.TODO(), &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.TODO\(\), which has no deadline`
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Clean: the method puts a deadline on the context before the call.
func (s *Store) StatusTimed(id string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	resp, err := s.orders.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Lookup passes its ctx on: a sink, judged where it is called.
func (s *Store) Lookup(ctx context.Context, id string) (*pb.GetOrderResponse, error) { // want Lookup:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	return s.orders.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
}

func (s *Store) Refresh(ids []string) {
	for _, id := range ids {
		s.Lookup(context.Background(), id) // want `\(\*grpcclient.Store\).Lookup is given context.Background\(\), which has no deadline; it reaches \(pb.OrdersClient\).GetOrder at grpcclient.go:\d+`
	}
}

// A client held in a variable of the interface type, on a connection made
// elsewhere. gRPC deadlines are set per call, by convention; a timeout
// interceptor on the connection is the exception, so a call with
// context.Background() is reported even when the connection is not seen.
func statusVia(conn grpc.ClientConnInterface, id string) {
	var client pb.OrdersClient = pb.NewOrdersClient(conn)
	client.GetOrder(context.Background(), &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.Background\(\), which has no deadline`
}

// Invoke on the connection, as hand-written clients do.
func invokeRaw(conn *grpc.ClientConn, id string) error {
	out := new(pb.GetOrderResponse)
	return conn.Invoke(context.Background(), pb.Orders_GetOrder_FullMethodName, &pb.GetOrderRequest{Id: id}, out) // want `\(\*grpc.ClientConn\).Invoke uses context.Background\(\), which has no deadline`
}

// Clean: Invoke with a deadline.
func invokeTimed(conn *grpc.ClientConn, id string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	out := new(pb.GetOrderResponse)
	return conn.Invoke(ctx, pb.Orders_GetOrder_FullMethodName, &pb.GetOrderRequest{Id: id}, out)
}

// Metadata derives a context: it keeps its parent's deadline, or lack of one.

func withRequestID(client pb.OrdersClient, id, requestID string) {
	ctx := metadata.AppendToOutgoingContext(context.Background(), "x-request-id", requestID)
	client.GetOrder(ctx, &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.Background\(\), which has no deadline`
}

// Clean: the metadata is added to a context with a deadline.
func withRequestIDTimed(client pb.OrdersClient, id, requestID string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	ctx = metadata.AppendToOutgoingContext(ctx, "x-request-id", requestID)
	client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
}

// Clean: the deadline is set after the metadata; it applies all the same.
func withAuthTimed(client pb.OrdersClient, id, token string) {
	md := metadata.Pairs("authorization", "Bearer "+token)
	ctx := metadata.NewOutgoingContext(context.Background(), md)
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
}

func withAuth(client pb.OrdersClient, id, token string) {
	ctx := metadata.NewOutgoingContext(context.TODO(), metadata.New(map[string]string{"authorization": "Bearer " + token}))
	client.GetOrder(ctx, &pb.GetOrderRequest{Id: id}) // want `\(pb.OrdersClient\).GetOrder uses context.TODO\(\), which has no deadline`
}

// A ctx parameter through metadata: still the caller's context.
func tagged(ctx context.Context, client pb.OrdersClient, id string) error { // want tagged:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	ctx = metadata.AppendToOutgoingContext(ctx, "x-source", "batch")
	_, err := client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
	return err
}

func nightly(client pb.OrdersClient, ids []string) {
	for _, id := range ids {
		tagged(context.Background(), client, id) // want `tagged is given context.Background\(\), which has no deadline; it reaches \(pb.OrdersClient\).GetOrder`
	}
}

// Clean: a client of unknown origin called with a context of unknown
// origin (a context parameter of an exported function nobody here calls)
// is left to its callers.
func Lookup(ctx context.Context, client pb.OrdersClient, id string) error { // want Lookup:`sink\(0 ctx`
	_, err := client.GetOrder(ctx, &pb.GetOrderRequest{Id: id})
	return err
}
