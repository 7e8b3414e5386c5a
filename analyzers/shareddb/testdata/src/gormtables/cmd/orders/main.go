package main

import "gormtables/services/orders"

func main() { _, _ = orders.Open() }
