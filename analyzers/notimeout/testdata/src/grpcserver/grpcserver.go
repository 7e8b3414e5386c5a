// want package:"has sinks"

// Package grpcserver is an orders edge service: a gRPC server whose
// handlers call the backend Orders service. A handler's ctx is the incoming
// call's context, which carries the caller's deadline (grpc-timeout); the
// framework calls the handler, nobody in the program does, so passing it
// on is clean. Replacing it with context.Background() drops that deadline.
package grpcserver

import (
	"context"
	"log"
	"net"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"ordersapi/pb"
)

type ordersServer struct {
	pb.UnimplementedOrdersServer
	backend pb.OrdersClient
}

func newOrdersServer(conn *grpc.ClientConn) *ordersServer {
	return &ordersServer{backend: pb.NewOrdersClient(conn)}
}

// Clean: the handler passes the incoming call's context on.
func (s *ordersServer) GetOrder(ctx context.Context, req *pb.GetOrderRequest) (*pb.GetOrderResponse, error) { // want GetOrder:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	resp, err := s.backend.GetOrder(ctx, req)
	if err != nil {
		return nil, err
	}
	// WithoutCancel keeps the audit running after the reply, but drops the
	// deadline with the cancellation: the backend call can hang forever.
	go s.audit(context.WithoutCancel(ctx), req.Id) // want `\(\*grpcserver.ordersServer\).audit is given context.WithoutCancel, which drops the deadline; it reaches \(pb.OrdersClient\).GetOrder at grpcserver.go:\d+`
	return resp, nil
}

// audit re-reads the order after the reply has gone out.
func (s *ordersServer) audit(ctx context.Context, id string) { // want audit:`sink\(0 ctx → \(pb.OrdersClient\).GetOrder\)`
	if _, err := s.backend.GetOrder(ctx, &pb.GetOrderRequest{Id: id}); err != nil {
		log.Printf("audit %s: %v", id, err)
	}
}

// Clean: the stream's context is the incoming call's context.
func (s *ordersServer) WatchOrders(req *pb.GetOrderRequest, stream pb.Orders_WatchOrdersServer) error {
	for {
		resp, err := s.backend.GetOrder(stream.Context(), req)
		if err != nil {
			return err
		}
		if err := stream.Send(resp); err != nil {
			return err
		}
		time.Sleep(time.Second)
	}
}

// legacyServer serves the same API but detaches the backend call from the
// caller: Background drops the caller's deadline.
type legacyServer struct {
	pb.UnimplementedOrdersServer
	backend pb.OrdersClient
}

func (s *legacyServer) GetOrder(ctx context.Context, req *pb.GetOrderRequest) (*pb.GetOrderResponse, error) {
	return s.backend.GetOrder(context.Background(), req) // want `\(pb.OrdersClient\).GetOrder uses context.Background\(\), which has no deadline; give the call a context with a deadline`
}

// Clean: the handler caps the backend call at its own deadline.
type cappedServer struct {
	pb.UnimplementedOrdersServer
	backend pb.OrdersClient
}

func (s *cappedServer) GetOrder(ctx context.Context, req *pb.GetOrderRequest) (*pb.GetOrderResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, 800*time.Millisecond)
	defer cancel()
	return s.backend.GetOrder(ctx, req)
}

func serve(lis net.Listener, backendAddr string) error {
	conn, err := grpc.NewClient(backendAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	srv := grpc.NewServer()
	pb.RegisterOrdersServer(srv, newOrdersServer(conn))
	pb.RegisterOrdersServer(srv, &legacyServer{backend: pb.NewOrdersClient(conn)})
	pb.RegisterOrdersServer(srv, &cappedServer{backend: pb.NewOrdersClient(conn)})
	return srv.Serve(lis)
}
