// Package hipstershop holds the gRPC clients of the demo's cart and ad
// services, written by hand in the shape protoc-gen-go-grpc v1.3 writes
// (the messages are plain structs; nothing here is run).
package hipstershop

import (
	context "context"

	grpc "google.golang.org/grpc"
)

const (
	CartService_GetCart_FullMethodName = "/hipstershop.CartService/GetCart"
	AdService_GetAds_FullMethodName    = "/hipstershop.AdService/GetAds"
)

type GetCartRequest struct{ UserID string }

type Cart struct{ UserID string }

type AdRequest struct{ ContextKeys []string }

type AdResponse struct{ Ads []string }

// CartServiceClient is the client API for CartService service.
type CartServiceClient interface {
	GetCart(ctx context.Context, in *GetCartRequest, opts ...grpc.CallOption) (*Cart, error)
}

type cartServiceClient struct {
	cc grpc.ClientConnInterface
}

func NewCartServiceClient(cc grpc.ClientConnInterface) CartServiceClient {
	return &cartServiceClient{cc}
}

func (c *cartServiceClient) GetCart(ctx context.Context, in *GetCartRequest, opts ...grpc.CallOption) (*Cart, error) {
	out := new(Cart)
	err := c.cc.Invoke(ctx, CartService_GetCart_FullMethodName, in, out, opts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// AdServiceClient is the client API for AdService service.
type AdServiceClient interface {
	GetAds(ctx context.Context, in *AdRequest, opts ...grpc.CallOption) (*AdResponse, error)
}

type adServiceClient struct {
	cc grpc.ClientConnInterface
}

func NewAdServiceClient(cc grpc.ClientConnInterface) AdServiceClient {
	return &adServiceClient{cc}
}

func (c *adServiceClient) GetAds(ctx context.Context, in *AdRequest, opts ...grpc.CallOption) (*AdResponse, error) {
	out := new(AdResponse)
	err := c.cc.Invoke(ctx, AdService_GetAds_FullMethodName, in, out, opts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}
