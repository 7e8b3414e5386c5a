package values

import (
	"go/ast"
	"strings"
	"testing"
)

const rangeSrc = `package p

import (
	"fmt"
	"os"
	"strings"
)

func use(string) {}

const prefix = "orders."

var states = []string{"shipped", "cancelled"}

var grown = []string{"a"}

func init() { grown = append(grown, os.Args[1]) }

var byKind = map[string]int{"billing.created": 1, "billing.voided": 2}

func f(names []string, id string) {
	for _, t := range []string{"created", "paid"} {
		use(fmt.Sprintf("orders.%s", t)) // want orders.created | orders.paid
		use(prefix + t + "." + id)       // want orders.created.{?} | orders.paid.{?}
	}
	for _, s := range states {
		use("orders." + s) // want orders.shipped | orders.cancelled
	}
	for _, a := range [...]string{"x", prefix + "y"} {
		use(a) // want x | orders.y
	}
	for k := range byKind {
		use(k) // want billing.created | billing.voided
	}
	for _, g := range grown {
		use(g) // want {?}
	}
	for _, n := range names {
		use(fmt.Sprintf("orders.%s", n)) // want orders.{?}
	}
	for i := range []string{"a", "b"} {
		use(fmt.Sprintf("part.%d", i)) // want part.{?}
	}
	var t string
	for _, t = range []string{"one", "two"} {
	}
	use(t)                                                // want one | two
	use(strings.Join([]string{prefix + "v1", "created"}, ".")) // want orders.v1.created
	use(strings.Join(states, ","))                        // want shipped,cancelled
	use(strings.Join(names, "."))                         // want {?}
	use(strings.Join([]string{"orders", id}, "."))        // want orders.{?}
}
`

// TestRange resolves range variables: the elements of a slice, array or
// map literal ranged over directly or through a package variable that
// only a literal sets, each a value; a list that is appended to, a
// parameter and an index stay unknown; strings.Join of such a list with a
// known separator joins its values, of a parameter it is unknown.
func TestRange(t *testing.T) {
	checkUses(t, rangeSrc, func(r *Resolver, arg ast.Expr) string {
		var got []string
		for _, v := range r.Strings(arg) {
			got = append(got, v.String())
		}
		return strings.Join(got, " | ")
	})
}
