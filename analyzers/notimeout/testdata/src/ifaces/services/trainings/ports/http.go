// Package ports serves HTTP with no timeout middleware.
package ports

import (
	"net/http"

	"ifaces/services/trainings/app"
)

func Routes(a *app.App) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /trainings/{id}", func(w http.ResponseWriter, r *http.Request) {
		a.Schedule(r.Context(), r.PathValue("id")) // want `\(\*app.App\).Schedule is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at trainer.go:\d+, which uses a client without Timeout \(service trainings installs no timeout middleware\)`
	})
	mux.HandleFunc("PUT /trainings/{id}", func(w http.ResponseWriter, r *http.Request) {
		a.Reschedule(r.Context(), r.PathValue("id")) // want `\(\*app.App\).Reschedule is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at trainer.go:\d+`
	})
	return mux
}
