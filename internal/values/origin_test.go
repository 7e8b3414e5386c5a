package values

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
	"testing"
)

const originSrc = `package p

import (
	"bytes"
	"os"
	"strings"
)

type Writer struct {
	Addr  string
	Topic string
}

type Config struct{ Topic, Group string }

func newWriter(topic string) *Writer { return &Writer{Topic: topic} }

func newWriterErr(topic string) (*Writer, error) {
	w := &Writer{Addr: "kafka:9092", Topic: "events." + topic}
	return w, nil
}

func wrapped(topic string) (*Writer, error) { return newWriterErr(topic) }

type service struct {
	w   *Writer
	buf *bytes.Buffer
}

var global = &Writer{Topic: os.Getenv("TOPIC")}

func use(any) {}

func run(w *Writer) { use(w) } // want Writer{…} Topic=runs

func Exported(w *Writer) { use(w) } // want

func f() {
	s := &service{w: newWriter("orders"), buf: bytes.NewBufferString("x")}
	use(s.w)   // want Writer{…} Topic=orders
	use(s.buf) // want bytes.NewBufferString("x")
	w2, err := newWriterErr("paid")
	use(w2)  // want Writer{…} Topic=events.paid
	use(err) // want
	w3, _ := wrapped("shipped")
	use(w3)     // want Writer{…} Topic=events.shipped
	use(global) // want Writer{…} Topic=${TOPIC}
	_, after, _ := strings.Cut("a.b", ".")
	use(after) // want strings.Cut("a.b", ".")#1
	var c Config
	c = Config{"billing", "g"}
	use(&c) // want Config{…} Topic=billing
	run(&Writer{Topic: "runs"})
	var v Writer
	use(v) // want
}
`

// TestOrigins checks the expressions Origins finds for each use(x), each
// rendered with the Topic its struct literal sets, if it sets one.
func TestOrigins(t *testing.T) {
	checkUses(t, originSrc, func(r *Resolver, arg ast.Expr) string {
		var got []string
		for _, o := range r.Origins(arg) {
			s := types.ExprString(o.Expr)
			if o.Index >= 0 {
				s += "#" + strconv.Itoa(o.Index)
			}
			if lit, ok := o.Expr.(*ast.CompositeLit); ok {
				if topic := r.LitField(lit, "Topic"); topic != nil {
					for _, v := range r.StringsAt(o, topic) {
						s += " Topic=" + v.String()
					}
				}
			}
			got = append(got, s)
		}
		return strings.Join(got, " | ")
	})
}

func TestConcat(t *testing.T) {
	got := Concat([]Value{Lit("stream:")}, []Value{Lit("orders"), {Parts: []Part{{Env: "TOPIC"}}}})
	var s []string
	for _, v := range got {
		s = append(s, v.String())
	}
	if g := strings.Join(s, " | "); g != "stream:orders | stream:${TOPIC}" {
		t.Errorf("Concat: got %q", g)
	}
}

const openSrc = `package p

type W struct{}

type S struct {
	w   *W
	own *W
	Pub *W
}

func New(w *W) *S { return &S{w: w, own: &W{}} }

func newS(w *W) *S { return &S{w: w} }

func use(any) {}

func (s *S) F(x *W) {
	use(s.w)   // want p.New#0
	use(s.own) // want
	use(s.Pub) // want field p.Pub
	use(x)     // want (*p.S).F#0
}
`

// TestOpenAt checks where origins stop at what other packages give: an
// exported constructor's parameter (not an unexported one's, whose callers
// the package has), an exported field the package never sets, a method's
// parameter; a field the package sets to a literal gives none.
func TestOpenAt(t *testing.T) {
	checkUses(t, openSrc, func(r *Resolver, arg ast.Expr) string {
		var got []string
		for _, k := range r.OpenAt(Origin{}, arg) {
			k, _, _ = strings.Cut(k, "@")
			got = append(got, k)
		}
		return strings.Join(got, " | ")
	})
}
