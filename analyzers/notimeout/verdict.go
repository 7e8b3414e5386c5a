package notimeout

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// A state says whether a time limit applies to a value (a context, a
// client, a request), ordered from harmless to reportable.
type state int

const (
	bounded   state = iota // a deadline or timeout applies
	unknown                // cannot tell: never reported
	param                  // it comes from a parameter: the callers decide
	incoming               // the context of an incoming HTTP request
	unbounded              // nothing limits it
)

// A verdict is what the analyzer concluded about one value.
type verdict struct {
	state state
	why   string    // unbounded: where it came from, as a phrase ("context.Background()")
	pos   token.Pos // unbounded: where that is
	// param: the function and the index of the parameter in its signature.
	fn    *ssa.Function
	index int
	kind  string // param: what the parameter carries (kindCtx, ...)
	// incoming: a *gin.Context used as a context.Context, which carries
	// the request's deadline only when the engine sets ContextWithFallback.
	gin bool
	// incoming: the handler whose request it is, when known: the model
	// names the endpoint it serves and that endpoint's callers.
	handler *ssa.Function
	// unbounded: what pos is, for the finding's related position ("the
	// request is made here"); empty means a context.
	made string
	// unbounded: pos is an http.NewRequest call, which the suggested fix
	// turns into NewRequestWithContext.
	newRequest bool
}

// The kinds of value a sink parameter carries; each has its own evaluator.
const (
	kindCtx     = "ctx"     // a context.Context
	kindRequest = "request" // an *http.Request or a wrapper of one
	kindGorm    = "gorm"    // a *gorm.DB
	kindSQLTx   = "sqltx"   // an *sql.Tx or *sqlx.Tx
)

var (
	isBounded = verdict{state: bounded}
	isUnknown = verdict{state: unknown}
)

func noLimit(why string, pos token.Pos) verdict {
	return verdict{state: unbounded, why: why, pos: pos}
}

// merge combines the verdicts of the values something may come from: the
// worst one wins, since a limit must apply on every path. Among equals the
// first in source order wins, so messages are stable.
func merge(vs []verdict) verdict {
	if len(vs) == 0 {
		return isUnknown
	}
	best := vs[0]
	for _, v := range vs[1:] {
		if v.state > best.state || v.state == best.state && v.pos.IsValid() && (!best.pos.IsValid() || v.pos < best.pos) {
			best = v
		}
	}
	return best
}
