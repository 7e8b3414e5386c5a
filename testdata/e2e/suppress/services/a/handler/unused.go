package handler

import (
	//boundcheck:ignore crossimport left over from before the move to b's api
	"example.com/suppress/services/b/api"
)

// FromAPI converts b's api order.
func FromAPI(o api.Order) string { return o.ID }
