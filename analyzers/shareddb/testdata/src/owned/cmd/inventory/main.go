package main

import "owned/services/inventory"

func main() { _ = inventory.Open }
