package main

import "reach/services/mail"

func main() { mail.Run() }
