// Package handler serves Shelf through the domain's interface, on a span's
// context derived from the caller's: it only passes contexts on.
package handler

import (
	"context"

	"upstreamgrpc/pb"
	"upstreamgrpc/shelf/domain"
	"upstreamgrpc/trace"
)

type Implementation struct{ svc domain.Service }

func New(svc domain.Service) *Implementation { return &Implementation{svc: svc} }

func (i *Implementation) Put(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want `\(\*handler.Implementation\).Put serves /Shelf/Put with its caller's context, which has a deadline only if the caller sends one \(no analysed service calls it, and service shelf installs no server interceptor that sets one\); it reaches \(txn.QueryEngine\).Exec at store.go:\d+`
	span, ctx := trace.StartSpanFromContext(ctx, "handler.Put")
	defer span.Finish()
	return &pb.Resp{}, i.svc.Put(ctx, "x")
}

func (i *Implementation) List(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want `\(\*handler.Implementation\).List serves /Shelf/List with its caller's context, which has a deadline only if the caller sends one \(no analysed service calls it, and service shelf installs no server interceptor that sets one\); it reaches pgxscan.Select at scan.go:\d+`
	_, err := i.svc.List(ctx)
	return &pb.Resp{}, err
}
