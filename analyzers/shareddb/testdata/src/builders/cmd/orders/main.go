package main

import "builders/services/orders"

func main() { _, _ = orders.Open() }
