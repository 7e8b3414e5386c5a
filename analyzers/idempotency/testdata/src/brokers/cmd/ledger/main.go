package main

import "brokers/services/ledger"

func main() { ledger.Run() }
