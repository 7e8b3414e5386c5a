package main

import "migrated/services/inventory"

func main() { _ = inventory.Open }
