// Package netaddr splits the addresses code and deployment files write
// (URLs, DSNs, gRPC dial targets, host:port) into their parts. It is the
// one place that knows their shapes: the deployment reader, the service
// model and the datastore model all split with Split.
//
// It lives under rules/ because the rule set may import nothing else of
// the project (STYLE.md, "Layout"), and imports nothing itself.
package netaddr

import "strings"

// An Addr is an address split into its parts. A part the address does not
// have is "".
type Addr struct {
	// Scheme is what precedes "://" ("http", "postgres", "dns"), or a gRPC
	// resolver's name written with a colon alone ("dns:host:port").
	Scheme string
	// Authority is a gRPC resolver target's authority, the resolver to
	// ask: "8.8.8.8" in "dns://8.8.8.8/orders:9090".
	Authority string
	// User is the user information before "@", with its password.
	User string
	// Host is the host, in lower case, without IPv6 brackets or the DNS
	// root's trailing dot; the first of a comma-separated list
	// ("mongodb://a:27017,b:27017"). A Unix socket has none.
	Host string
	Port string
	// Path is the path from its "/" (for a Unix socket target, the
	// socket's path as written).
	Path     string
	Query    string // after "?", without it
	Fragment string // after "#", without it
}

// resolvers are the gRPC name resolvers whose targets are
// scheme://[authority]/endpoint: the host is the endpoint's.
var resolvers = map[string]bool{"dns": true, "passthrough": true, "kubernetes": true, "xds": true}

// Split splits s into its parts. It reads:
//
//	scheme://[user[:password]@]host[:port][,host[:port]...][/path][?query][#fragment]
//	host[:port][/path], host, [v6]:port, /path
//	dns:///host:port, dns://authority/host:port, dns:host:port (and passthrough, kubernetes, xds)
//	unix:///path, unix:path, unix-abstract:name
//
// A host with more than one colon and no brackets is a bare IPv6 address,
// without a port. Split never fails: what it cannot read stays in Host.
func Split(s string) Addr {
	var a Addr
	s = strings.TrimSpace(s)
	if scheme, rest, ok := strings.Cut(s, "://"); ok && scheme != "" && !strings.ContainsAny(scheme, "/@[") {
		a.Scheme, s = scheme, rest
		switch {
		case isUnix(scheme):
			a.Path = s
			return a
		case resolvers[strings.ToLower(scheme)]:
			if auth, endpoint, ok := strings.Cut(s, "/"); ok {
				a.Authority, s = auth, strings.TrimLeft(endpoint, "/")
			}
		}
	} else if scheme, rest, ok := strings.Cut(s, ":"); ok && (isUnix(scheme) || scheme == "dns" || scheme == "passthrough") {
		a.Scheme = scheme
		if isUnix(scheme) {
			a.Path = rest
			return a
		}
		s = strings.TrimLeft(rest, "/")
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s, a.Fragment = s[:i], s[i+1:]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		s, a.Query = s[:i], s[i+1:]
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s, a.Path = s[:i], s[i:]
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		a.User, s = s[:at], s[at+1:]
	}
	s, _, _ = strings.Cut(s, ",")
	a.Host, a.Port = hostPort(strings.TrimSpace(s))
	a.Host = strings.ToLower(strings.TrimSuffix(a.Host, "."))
	return a
}

// hostPort splits "host:port", "[v6]:port", "host" and a bare IPv6
// address.
func hostPort(s string) (host, port string) {
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return "", ""
		}
		host, port = s[1:end], strings.TrimPrefix(s[end+1:], ":")
		return host, port
	}
	if strings.Count(s, ":") == 1 {
		host, port, _ = strings.Cut(s, ":")
		return host, port
	}
	return s, ""
}

func isUnix(scheme string) bool {
	return strings.EqualFold(scheme, "unix") || strings.EqualFold(scheme, "unix-abstract")
}
