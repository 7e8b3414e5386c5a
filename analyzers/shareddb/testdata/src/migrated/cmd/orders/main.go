package main

import "migrated/services/orders"

func main() { _ = orders.Open }
