package main

import "rediskeys/services/sessions"

func main() { sessions.Run() }
