package main

import "rediskeys/services/carts"

func main() { carts.Run() }
