package main

import "configured/modules/billing"

func main() { billing.Run() }
