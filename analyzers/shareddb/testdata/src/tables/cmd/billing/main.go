package main

import "tables/services/billing"

func main() { _, _ = billing.Open() }
