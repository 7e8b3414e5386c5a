package main

import "buntables/services/billing"

func main() { _ = billing.Open() }
