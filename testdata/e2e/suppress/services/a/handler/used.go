// Package handler belongs to service a.
package handler

import (
	//boundcheck:ignore crossimport moving to b's api in #42; until then a reads b's model
	"example.com/suppress/services/b/domain"
)

// ID reads an order's id.
func ID(o domain.Order) string { return o.ID }
