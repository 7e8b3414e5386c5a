// Package cochange defines the cochange check: services that change
// together in the repository's history.
//
// # cochange: services that always change together
//
// The second test of a service boundary is whether the service can change
// alone. If most changes to one service touch two others, or two services
// change together in most of their commits, the team pays for separate
// deployments and gets none of the autonomy. cochange reads the git
// history, maps each changed file to the service that owns it (a file of a
// shared package counts for none; a config or deployment file under a
// service's folder counts for that service), and measures, like code-maat's
// logical coupling, the degree of each pair: the change sets they share
// over the mean of their change sets, in percent.
//
// Noise is dropped first, and counted: merge commits, commits by bots
// (rules.cochange.bots), commits changing more than max-files files,
// commits that change only dependency manifests, lock files, CI files or
// generated code, and sweeping changes that touch four or more services and
// more than sweep-share percent of them. With logical set to author-day or ticket, the
// commits of one author on one day, or naming one ticket, count as one
// change.
//
// Two findings, each with the counts, the period and three example
// commits:
//
//   - a hidden pair: two services that change together (at least
//     min-shared change sets, min-revisions each, degree at least
//     min-degree) with no call, message or shared datastore between them
//     in the model: they are coupled through something the code does not
//     show (a copied type, a table both read, a contract passed by hand);
//   - a service whose change sets touch two or more other services in more
//     than wide-share percent of them: it cannot change alone.
//
// It needs the history (boundcheck check in a git repository; under go vet
// it does nothing). `boundcheck cochange` prints the whole table, pairs with
// an edge included.
//
// Bad:
//
//	commit 1a2b3c4 "add discount": services/orders/price.go, services/invoices/price.go
//	commit 5d6e7f8 "round to cents": services/orders/price.go, services/invoices/price.go
//	// orders and invoices never call each other: the price rule is copied
//
// Good:
//
//	// the price rule lives in one service, which the other calls or
//	// hears from; each change touches one service
package cochange
