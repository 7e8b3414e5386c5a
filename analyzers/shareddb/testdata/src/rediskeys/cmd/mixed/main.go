package main

import "rediskeys/services/mixed"

func main() { mixed.Run() }
