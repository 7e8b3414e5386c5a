// want package:"impls "

// Package notwirp has a constructor of a twirp client's shape in a
// package that does not import twirp.
package notwirp

import (
	"context"
	"net/http"
)

// Doer sends requests.
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

// Maker makes things.
type Maker interface {
	MakeHat(context.Context, int) (string, error)
}

type local struct{}

func (local) MakeHat(context.Context, int) (string, error) { // want MakeHat:"returns "
	return "", nil
}

// NewMakerProtobufClient returns a local maker.
func NewMakerProtobufClient(addr string, client Doer) Maker { return local{} }
