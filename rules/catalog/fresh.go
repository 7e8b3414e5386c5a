package catalog

import (
	"go/types"
	"slices"
)

// This file is the catalog of fresh ids: the library functions that return
// a new id at each call (uuid.New, primitive.NewObjectID, ksuid.New), by
// which a write keyed by one adds a new row or document each time it
// runs, a message delivered twice too; and the wrappers that hand one on
// (uuid.Must(uuid.NewRandom())). Entries are package-level functions,
// keyed by import path and name.

// freshIDs are the functions that return a new id, by package path.
var freshIDs = map[string][]string{
	"github.com/google/uuid":                     {"New", "NewString", "NewRandom", "NewV7"},
	"github.com/gofrs/uuid":                      {"NewV4", "NewV7"},
	"github.com/gofrs/uuid/v5":                   {"NewV4", "NewV7"},
	"github.com/satori/go.uuid":                  {"NewV4"},
	"go.mongodb.org/mongo-driver/bson/primitive": {"NewObjectID"},
	"go.mongodb.org/mongo-driver/v2/bson":        {"NewObjectID"},
	"github.com/segmentio/ksuid":                 {"New"},
	"github.com/rs/xid":                          {"New"},
	"github.com/oklog/ulid":                      {"Make", "New", "MustNew"},
	"github.com/oklog/ulid/v2":                   {"Make", "New", "MustNew"},
}

// freshWrappers are the functions that return the id their argument holds:
// uuid.Must(uuid.NewRandom()) is fresh, uuid.Must(uuid.Parse(s)) is not.
var freshWrappers = map[string][]string{
	"github.com/google/uuid":   {"Must"},
	"github.com/gofrs/uuid":    {"Must"},
	"github.com/gofrs/uuid/v5": {"Must"},
}

// FreshID reports whether fn, a package-level function, returns a new id
// at each call.
func FreshID(fn *types.Func) bool {
	return packageFunc(fn, freshIDs)
}

// FreshWrapper reports whether fn returns the id its argument holds
// (uuid.Must): fresh when the argument is.
func FreshWrapper(fn *types.Func) bool {
	return packageFunc(fn, freshWrappers)
}

// packageFunc reports whether fn is a package-level function that names
// lists under its package's path.
func packageFunc(fn *types.Func, names map[string][]string) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	return slices.Contains(names[fn.Pkg().Path()], fn.Name())
}
