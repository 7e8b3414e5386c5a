package main

import "shared/services/orders"

func main() { _ = orders.Open }
