package legacyserver

import (
	"context"

	"google.golang.org/grpc"

	"legacypb"
)

type server struct {
	legacypb.UnimplementedFraudServer
}

func (s *server) Score(ctx context.Context, in *legacypb.ScoreRequest) (*legacypb.ScoreReply, error) {
	return &legacypb.ScoreReply{}, nil
}

func (s *server) CheckLimit(ctx context.Context, in *legacypb.ScoreRequest) (*legacypb.ScoreReply, error) {
	return &legacypb.ScoreReply{}, nil
}

func main() {
	s := grpc.NewServer()
	legacypb.RegisterFraudServer(s, &server{})
}
