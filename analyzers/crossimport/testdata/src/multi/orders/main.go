// Command orders is the only main of module multi/orders, so the module is
// service orders.
package main

import (
	"multi/common/log"
	"multi/orders/domain"
)

func main() { log.Print(domain.Order{}.ID) }
