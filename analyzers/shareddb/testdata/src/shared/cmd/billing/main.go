package main

import "shared/services/billing"

func main() { _ = billing.Open }
