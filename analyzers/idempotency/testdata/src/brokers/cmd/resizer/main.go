package main

import "brokers/services/resizer"

func main() { resizer.Run() }
