// Package rpc_gokit makes go-kit clients: gRPC on a dialled connection,
// HTTP on URLs parsed, copied with a new path, or written as a literal.
package rpc_gokit

import (
	"net/url"
	"os"
	"strings"

	"github.com/go-kit/kit/endpoint"
	grpctransport "github.com/go-kit/kit/transport/grpc"
	httptransport "github.com/go-kit/kit/transport/http"
	"google.golang.org/grpc"

	"rpc_gokit/lookalike"
)

func sum() endpoint.Endpoint {
	conn, _ := grpc.Dial("addsvc:8082")
	return grpctransport.NewClient(conn, "pb.Add", "Sum", nil, nil, nil).Endpoint() //@call("grpc /pb.Add/Sum target=addsvc:8082")
}

func concat() endpoint.Endpoint {
	u, _ := url.Parse(os.Getenv("ADDSVC_URL"))
	return httptransport.NewClient("POST", copyURL(u, "/concat"), nil, nil).Endpoint() //@call("http POST ${ADDSVC_URL}/concat")
}

// copyURL is go-kit's addsvc helper: a copy of base with another path.
func copyURL(base *url.URL, path string) *url.URL {
	next := *base
	next.Path = path
	return &next
}

// factory builds a client per instance that service discovery finds: the
// host is not known.
func factory(method, path string) func(instance string) endpoint.Endpoint {
	return func(instance string) endpoint.Endpoint {
		if !strings.HasPrefix(instance, "http") {
			instance = "http://" + instance
		}
		tgt, _ := url.Parse(instance)
		tgt.Path = path
		return httptransport.NewClient(method, tgt, nil, nil).Endpoint() //@call("http GET {?}/uppercase")
	}
}

var uppercase = factory("GET", "/uppercase")

func count() endpoint.Endpoint {
	tgt := &url.URL{Scheme: "http", Host: "stringsvc:8080", Path: "/count"}
	return httptransport.NewClient("GET", tgt, nil, nil).Endpoint() //@call("http GET http://stringsvc:8080/count")
}

// lookalikes calls a NewClient that is not go-kit's: no call.
func lookalikes() {
	lookalike.NewClient("POST", &url.URL{Scheme: "http", Host: "other:80", Path: "/x"})
}

const healthPath = "/health"

// health replaces the path the URL was parsed with by a constant's.
func health() endpoint.Endpoint {
	u, _ := url.Parse("http://addsvc:8081/ignored")
	u.Path = healthPath
	return httptransport.NewClient("GET", u, nil, nil).Endpoint() //@call("http GET http://addsvc:8081/health")
}
