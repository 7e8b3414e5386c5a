package main

import "tablekeys/services/ledger"

func main() { ledger.Run() }
