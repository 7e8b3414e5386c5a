package main

import "brokers/services/events"

func main() { events.Run() }
