package main

import "tables/services/orders"

func main() { _, _ = orders.Open() }
