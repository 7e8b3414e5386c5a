package main

import "rediskeys/services/events"

func main() { events.Run() }
