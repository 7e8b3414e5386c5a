package main

import (
	"net/http"

	"incoming/services/custom"
)

func main() {
	http.ListenAndServe(":8082", custom.Routes())
}
