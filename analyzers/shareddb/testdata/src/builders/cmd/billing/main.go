package main

import "builders/services/billing"

func main() { _, _ = billing.Open() }
