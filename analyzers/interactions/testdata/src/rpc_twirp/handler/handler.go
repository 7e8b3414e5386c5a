// Package handler holds a twirp client that another package makes.
package handler

import (
	"context"

	"rpc_twirp/hatpb"
)

// Handler sells hats.
type Handler struct {
	hats hatpb.Haberdasher
}

// New returns a handler calling hats.
func New(hats hatpb.Haberdasher) *Handler { return &Handler{hats: hats} }

// Sell asks for a hat: a client call, though the client's address is not
// seen here.
func (h *Handler) Sell(ctx context.Context) {
	h.hats.MakeHat(ctx, &hatpb.Size{Inches: 7}) //@call("twirp /twitch.twirp.example.Haberdasher/MakeHat")
}
