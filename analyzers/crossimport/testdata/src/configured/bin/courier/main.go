package main

import "configured/modules/shipping"

func main() { shipping.Run() }
