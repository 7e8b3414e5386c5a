// Package handler belongs to service a.
package handler

import "example.com/broken/services/b/domain"

// ID reaches into service b's internals.
func ID(o domain.Order) string { return o.ID }
