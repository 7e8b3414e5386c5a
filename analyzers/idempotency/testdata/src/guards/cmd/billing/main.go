package main

import "guards/services/billing"

func main() { billing.Run() }
