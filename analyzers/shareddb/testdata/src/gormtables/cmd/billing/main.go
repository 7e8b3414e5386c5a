package main

import "gormtables/services/billing"

func main() { _, _ = billing.Open() }
