package main

import "tables/services/inventory"

func main() { _, _ = inventory.Open() }
