package main

import (
	"net/http"

	"ifaces/services/trainings/adapters"
	"ifaces/services/trainings/app"
	"ifaces/services/trainings/ports"
)

func main() {
	a := app.New(adapters.NewTrainerHTTP("http://trainer:8080"))
	http.ListenAndServe(":8080", ports.Routes(a))
}
