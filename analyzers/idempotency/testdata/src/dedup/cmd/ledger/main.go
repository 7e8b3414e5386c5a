package main

import "dedup/services/ledger"

func main() { ledger.Run() }
