package handler

import (
	//boundcheck:ignore crossimport
	bdomain "example.com/suppress/services/b/domain"
)

// Same reports whether two orders are the same.
func Same(a, b bdomain.Order) bool { return a.ID == b.ID }
