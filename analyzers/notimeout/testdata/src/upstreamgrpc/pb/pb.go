// Package pb is generated-shape gRPC code for two services, Ledger and
// Stock, one method each.
package pb

import (
	"context"

	"google.golang.org/grpc"
)

type Req struct{}
type Resp struct{}

const (
	Ledger_Record_FullMethodName = "/ledger.v1.Ledger/Record"
	Stock_Count_FullMethodName   = "/stock.v1.Stock/Count"
)

type LedgerClient interface {
	Record(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error)
}

type ledgerClient struct{ cc grpc.ClientConnInterface }

func NewLedgerClient(cc grpc.ClientConnInterface) LedgerClient { return &ledgerClient{cc} }

func (c *ledgerClient) Record(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error) {
	out := new(Resp)
	err := c.cc.Invoke(ctx, Ledger_Record_FullMethodName, in, out, opts...)
	return out, err
}

type LedgerServer interface {
	Record(context.Context, *Req) (*Resp, error)
}

func RegisterLedgerServer(s grpc.ServiceRegistrar, srv LedgerServer) {}

type StockClient interface {
	Count(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error)
}

type stockClient struct{ cc grpc.ClientConnInterface }

func NewStockClient(cc grpc.ClientConnInterface) StockClient { return &stockClient{cc} }

func (c *stockClient) Count(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error) {
	out := new(Resp)
	err := c.cc.Invoke(ctx, Stock_Count_FullMethodName, in, out, opts...)
	return out, err
}

type StockServer interface {
	Count(context.Context, *Req) (*Resp, error)
}

func RegisterStockServer(s grpc.ServiceRegistrar, srv StockServer) {}

// Audit and Vault are served, and called by no analysed service.

type AuditServer interface {
	Log(context.Context, *Req) (*Resp, error)
}

func RegisterAuditServer(s grpc.ServiceRegistrar, srv AuditServer) {}

type VaultServer interface {
	Get(context.Context, *Req) (*Resp, error)
}

func RegisterVaultServer(s grpc.ServiceRegistrar, srv VaultServer) {}

// Zero is served by a go-zero server; front calls it with no deadline.

type ZeroClient interface {
	Put(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error)
}

type zeroClient struct{ cc grpc.ClientConnInterface }

func NewZeroClient(cc grpc.ClientConnInterface) ZeroClient { return &zeroClient{cc} }

func (c *zeroClient) Put(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error) {
	out := new(Resp)
	err := c.cc.Invoke(ctx, "/Zero/Put", in, out, opts...)
	return out, err
}

type ZeroServer interface {
	Put(context.Context, *Req) (*Resp, error)
}

func RegisterZeroServer(s grpc.ServiceRegistrar, srv ZeroServer) {}

// Accounts is served by accounts, whose package also holds the client
// that gateway calls it with.

const Accounts_Get_FullMethodName = "/accounts.v1.Accounts/Get"

type AccountsClient interface {
	Get(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error)
}

type accountsClient struct{ cc grpc.ClientConnInterface }

func NewAccountsClient(cc grpc.ClientConnInterface) AccountsClient { return &accountsClient{cc} }

func (c *accountsClient) Get(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error) {
	out := new(Resp)
	err := c.cc.Invoke(ctx, Accounts_Get_FullMethodName, in, out, opts...)
	return out, err
}

type AccountsServer interface {
	Get(context.Context, *Req) (*Resp, error)
}

func RegisterAccountsServer(s grpc.ServiceRegistrar, srv AccountsServer) {}

// Books is served by books through a constructor that returns the
// server interface; front calls it with no deadline.

type BooksClient interface {
	Find(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error)
}

type booksClient struct{ cc grpc.ClientConnInterface }

func NewBooksClient(cc grpc.ClientConnInterface) BooksClient { return &booksClient{cc} }

func (c *booksClient) Find(ctx context.Context, in *Req, opts ...grpc.CallOption) (*Resp, error) {
	out := new(Resp)
	err := c.cc.Invoke(ctx, "/books.v1.Books/Find", in, out, opts...)
	return out, err
}

type BooksServer interface {
	Find(context.Context, *Req) (*Resp, error)
}

func RegisterBooksServer(s grpc.ServiceRegistrar, srv BooksServer) {}

// Shelf is served through layers: a handler, a domain and a store behind
// interfaces, each deriving a tracing span's context from the one it is
// given.

type ShelfServer interface {
	Put(context.Context, *Req) (*Resp, error)
	List(context.Context, *Req) (*Resp, error)
}

func RegisterShelfServer(s grpc.ServiceRegistrar, srv ShelfServer) {}
