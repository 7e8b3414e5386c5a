package main

import "owned/services/orders"

func main() { _ = orders.Open }
