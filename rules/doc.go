// Package rules is the service model: it compiles a config (package
// rules/config) and a scanned source tree (rules/tree) into a Set, the
// services, the place of every package (Role), the services discovered by
// convention when there is no config, the api contracts, which services run
// a package, and the checks' settings. It reads the deployment files through
// rules/deploy, handing it the services' names, hosts and folders.
//
// Its subpackages hold the rest of what the checks are configured by, each
// importing no other package of the project than its siblings: rules/config
// (the config file), rules/tree (the source tree scan and its cache),
// rules/deploy (compose files and Kubernetes manifests) and rules/catalog
// (what boundcheck knows of the libraries: net/http, grpc, database drivers,
// brokers, routers).
package rules
