package main

import "rediskeys/services/orders"

func main() { orders.Run() }
