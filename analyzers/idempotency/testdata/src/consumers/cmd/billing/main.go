package main

import "consumers/services/billing"

func main() { billing.Run() }
