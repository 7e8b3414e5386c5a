package main

import "order/services/stock"

func main() { stock.Run() }
