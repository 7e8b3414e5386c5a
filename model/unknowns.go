package model

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/rules/deploy"
)

// Unknowns stay unknown, and apart (DESIGN.md, "Unknowns"): a
// call target, datastore or broker destination that cannot be resolved is
// never merged with another service's, never matched to a subscriber, and
// never made a shared resource. Each is one resource per service and per
// what is known of it, with the id
//
//	unknown:SERVICE/KIND/WHAT
//
// KIND is the protocol ("http", "grpc", "nats", "kafka", ...) or the
// datastore's engine ("postgres", "mongo", "redis", "sql"); WHAT is what
// is known, as the code names it: the proto service
// ("unknown:web/grpc/hipstershop.CartService"), the variable the host comes
// from or else the request ("unknown:web/http/host from CART_URL",
// "unknown:web/http/GET /carts/{?}"), what the DSN names and where it comes
// from ("unknown:orders/postgres/db orders, DSN from ORDERS_DB_URL"), the
// direction and destination ("unknown:billing/nats/published, from
// SUBJECT"); "?" when nothing is.
// No other id starts with "unknown:": services are names without a colon
// in every layout boundcheck discovers, and every other resource id starts
// with its protocol or engine, which is never "unknown" (a database/sql
// driver of that name is read as "sql"). The id depends on the code and the
// deployment only, so it is the same on every run.

// UnknownPrefix starts the id of every unresolved resource.
const UnknownPrefix = "unknown:"

// IsUnknown reports whether id is an unresolved resource's.
func IsUnknown(id string) bool { return strings.HasPrefix(id, UnknownPrefix) }

// An Unresolved is a call target, datastore or broker destination that a
// service uses and that could not be resolved, with every place its code
// uses it.
type Unresolved struct {
	ID      string // "unknown:web/grpc/hipstershop.CartService"
	Service string
	// Kind is the protocol or the datastore's engine.
	Kind string
	// What is what is known of it ("hipstershop.CartService", "host from
	// CART_URL", "DSN from ORDERS_DB_URL"), "?" when nothing is.
	What string
	// Label is how it is drawn: "? (grpc hipstershop.CartService)".
	Label string
	// Sites are the calls, connections, publishes and subscriptions whose
	// target is this, by file and offset: where the value that could not be
	// resolved is used, in a shared package too, not where the service's
	// own code calls into that package (the edge's Site).
	Sites []token.Pos
}

// unknown returns the id of what service svc uses of kind that could not
// be resolved, known as what ("" when nothing is), and records it with
// the label it is drawn with (see unknownLabel).
func (b *builder) unknown(svc, kind, what, label string) string {
	if what == "" {
		what = "?"
	}
	id := UnknownPrefix + svc + "/" + kind + "/" + what
	if b.unresolved == nil {
		b.unresolved = make(map[string]*Unresolved)
	}
	if _, ok := b.unresolved[id]; !ok {
		b.unresolved[id] = &Unresolved{ID: id, Service: svc, Kind: kind, What: what, Label: label}
	}
	return id
}

// unknownLabel is how an unresolved resource is drawn: "? (HEAD)", or
// "? (HEAD" + sep + "WHAT)" when something is known: "? (grpc
// hipstershop.CartService)", "? (postgres, DSN from ORDERS_DB_URL)".
func unknownLabel(head, sep, what string) string {
	if what == "" || what == "?" {
		return "? (" + head + ")"
	}
	return "? (" + head + sep + what + ")"
}

// unknownAt records that a call, connection or message at pos, made for
// the service, uses unresolved id.
func (b *builder) unknownAt(id string, pos token.Pos) {
	if u := b.unresolved[id]; u != nil && pos.IsValid() {
		u.Sites = append(u.Sites, pos)
	}
}

// unresolvedList puts what could not be resolved in the model: by id,
// each with its sites in order, leaving out the candidates that another,
// resolved one replaced and so no site uses.
func (b *builder) unresolvedList() {
	for _, u := range b.unresolved {
		if len(u.Sites) == 0 {
			continue
		}
		slices.SortFunc(u.Sites, b.m.Compare)
		u.Sites = slices.Compact(u.Sites)
		b.m.Unresolved = append(b.m.Unresolved, u)
	}
	slices.SortFunc(b.m.Unresolved, func(x, y *Unresolved) int { return cmp.Compare(x.ID, y.ID) })
}

// sources names what the unknown parts of v are read from: environment
// variables, flags and config fields without a default, in order.
func sources(v Value) []string {
	var out []string
	for _, p := range v.Parts {
		s := partSource(p)
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// partSource names what an unknown part is read from, or "".
func partSource(p Part) string {
	switch {
	case p.HasDefault:
		return ""
	case p.Env != "" && p.Env != "?":
		return p.Env
	case p.Flag != "":
		return "flag " + p.Flag
	case p.Field != "":
		return p.Field
	}
	return ""
}

// unresolvedName reports whether a broker destination's name has parts
// that are not known: a subscriber to it cannot be told.
func unresolvedName(name string) bool {
	return name == "" || name == "?" || strings.Contains(name, unknownPart)
}

// unresolvedTopic reports whether the resource a destination names is
// unknown: its name, or for AMQP its exchange (a publish to a known
// exchange with an unknown routing key still reaches that exchange).
func unresolvedTopic(protocol, name string) bool {
	if protocol == "amqp" {
		if ex, key, ok := strings.Cut(name, "/"); ok {
			if ex == "" {
				return unresolvedName(key) // the default exchange: the queue named by the key
			}
			return unresolvedName(ex)
		}
	}
	return unresolvedName(name)
}

// destinationNoun names a broker destination in a label.
func destinationNoun(protocol string) string {
	switch protocol {
	case "nats":
		return "subject"
	case "amqp", "sqs":
		return "queue"
	case "redis":
		return "channel"
	}
	return "topic"
}

// topicWhat says what is known of an unresolved destination name: the
// name with "{?}" for its unknown parts, and what those are read from.
func topicWhat(name string, v Value) string {
	src := sources(v)
	switch {
	case len(src) == 0:
		if name == unknownPart || name == "" {
			return "?"
		}
		return name
	case name == unknownPart:
		return "from " + strings.Join(src, ", ")
	}
	return name + " from " + strings.Join(src, ", ")
}

// byProtoName resolves a gRPC call whose dial target is not known, and
// whose proto service no analysed service registers, by the proto service's
// name: to the one service the deployment declares under the same name
// (hipstershop.CartService → a compose service or Kubernetes Service
// "cartservice", "cart-service" or "cart"), compared without case, '-',
// '_' and '.', with or without a "service" or "svc" suffix. It is the
// analysed service that unit runs, or the deployed program as
// "external:NAME". Several fitting, or none, resolve nothing.
func (b *builder) byProtoName(protoService string) (to, why string, ok bool) {
	if b.set.Deploy == nil || protoService == "" {
		return "", "", false
	}
	want := deploy.NameKey(lastDot(protoService))
	if want == "" {
		return "", "", false
	}
	targets := make(map[string]string) // target → why, the first unit's
	for _, u := range b.set.Deploy.Units {
		target := ""
		if u.Service != "" {
			if deploy.NameKey(u.Name) == want || slices.ContainsFunc(u.Hosts, func(h string) bool { return deploy.NameKey(h) == want }) {
				target = u.Service
			}
		} else {
			// A program that is none of the analysed services: reached by
			// one of its host names (a workload without a Service has none).
			for _, h := range u.Hosts {
				if !strings.Contains(h, ".") && deploy.NameKey(h) == want {
					target = "external:" + strings.ToLower(h)
					break
				}
			}
		}
		if target == "" {
			continue
		}
		if _, seen := targets[target]; !seen {
			targets[target] = fmt.Sprintf("via proto service name %s: %s %s at %s:%d", protoService, u.Kind, u.Name, u.File, u.Line)
		}
	}
	if len(targets) != 1 {
		return "", "", false
	}
	for t, w := range targets {
		to, why = t, w
	}
	return to, why, true
}

// appendNew appends s to list unless it is empty or there already.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
