// Package orders calls billing from code that runs (Create, Mailer.Notify
// through an interface, Reports.Monthly of a type handed to a registry),
// from code that never runs (an unexported method nothing calls), and
// from an exported function nothing here names (code out of sight may).
package orders

import "net/http"

type Server struct{}

func (s *Server) Create() { http.Get("http://billing:8080/charges") }

// audit is never called.
func (s *Server) audit() { http.Get("http://billing:8080/audit") }

type Notifier interface{ Notify() }

type Mailer struct{}

func (Mailer) Notify() { http.Get("http://billing:8080/notices") }

type Reports struct{}

func (Reports) Monthly() { http.Get("http://billing:8080/monthly") }

// Legacy is named by nothing the analysis sees.
func Legacy() { http.Get("http://billing:8080/legacy") }
