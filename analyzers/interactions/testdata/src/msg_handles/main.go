// Package main wires the handles into the service.
package main

import (
	"msg_handles/kafkax"
	"msg_handles/svc"
)

func main() {
	s := svc.New(kafkax.NewWriter(), kafkax.NewRouter())
	s.Reader = kafkax.NewReader("orders.created", "billing")
}
