package main

import "shared/services/inventory"

func main() { _ = inventory.Open }
