package calls_grpc

import (
	"context"
	"os"

	"google.golang.org/grpc"

	"legacypb"
	"ordersapi/pb"
)

type server struct {
	orders pb.OrdersClient
	fraud  legacypb.FraudClient
}

func newServer() (*server, error) {
	conn, err := grpc.NewClient(os.Getenv("ORDERS_ADDR"))
	if err != nil {
		return nil, err
	}
	fc, err := grpc.Dial("fraud:9090")
	if err != nil {
		return nil, err
	}
	return &server{orders: pb.NewOrdersClient(conn), fraud: legacypb.NewFraudClient(fc)}, nil
}

func (s *server) handle(ctx context.Context) {
	s.orders.GetOrder(ctx, &pb.GetOrderRequest{Id: "1"}) //@call("grpc /orders.v1.Orders/GetOrder target=${ORDERS_ADDR}")
	s.fraud.Score(ctx, &legacypb.ScoreRequest{ID: "1"})  //@call("grpc /risk.Fraud/Score target=fraud:9090")
	s.orders.WatchOrders(ctx, &pb.GetOrderRequest{})     //@call("grpc /orders.v1.Orders/WatchOrders target=${ORDERS_ADDR}")
}

func raw(ctx context.Context, cc *grpc.ClientConn) {
	cc.Invoke(ctx, "/health.v1.Health/Check", nil, nil) //@call("grpc /health.v1.Health/Check")
}
