// Package model is the system model boundcheck builds of a program: the
// endpoints each service serves, the synchronous calls and asynchronous
// messages between services, the datastores each uses, and what could not
// be resolved.
//
// It is in two halves. The facts (Result and what it holds: Endpoint,
// Mount, Call, Message, Datastore, Edge, Binding) are what one package
// contributes; the interactions analyzer collects them, package by
// package. Build assembles the facts of every package into a Model for the
// whole program: it resolves each call's target and each destination and
// datastore through the rule set and the deployment, finds which calls the
// handler of each endpoint reaches, and keeps what cannot be resolved
// apart per service (unknowns.go). Chains follows the model's synchronous
// calls from endpoint to endpoint.
//
// The package imports no analyzer: the analyzers, the graph and the
// commands stand on it.
package model
