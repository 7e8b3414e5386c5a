package main

import "keys/services/wallet"

func main() { wallet.Run() }
