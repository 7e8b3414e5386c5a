// Package crossimport defines an Analyzer that reports imports across
// service boundaries.
//
// # crossimport: a service imports another service's internals
//
// A service owns its code the way it owns its data: other services reach it
// through its API or its events, never by linking its packages. An import of
// another service's internal package ties the two release trains together,
// since a refactoring inside one now breaks the other's build, and it hides a
// runtime dependency inside what looks like a library call. A shared package
// that imports a service's internals is worse: every service that imports the
// shared package inherits the coupling.
//
// The check reports an import, in any file of the package including _test.go
// files, when
//   - a package of service A imports a package of service B that is neither
//     one of B's api packages nor shared, or
//   - a shared package imports a package internal to a service; the message
//     names the services it leaks into.
//
// Packages that belong to no service are not checked: a composition root (a
// main that builds several services into one binary), a tool such as a load
// generator or a migrator, and what only they import.
//
// Bad:
//
//	package checkout // in services/gateway
//
//	import "example.com/shop/services/orders/domain" // orders' internals
//
//	func total(o domain.Order) int64 { return o.TotalCents() }
//
// Good:
//
//	package checkout // in services/gateway
//
//	import ordersapi "example.com/shop/services/orders/api" // orders' contract
//
//	func total(o ordersapi.Order) int64 { return o.TotalCents }
package crossimport
