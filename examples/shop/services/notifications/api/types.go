// Package api is the contract of the notifications service: its HTTP request
// types and a typed client.
package api

// LowStockAlert is the body of POST /alerts/low-stock.
type LowStockAlert struct {
	SKU       string `json:"sku"`
	OnHand    int    `json:"on_hand"`
	Threshold int    `json:"threshold"`
}
