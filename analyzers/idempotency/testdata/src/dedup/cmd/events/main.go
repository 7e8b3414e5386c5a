package main

import "dedup/services/events"

func main() { events.Run() }
