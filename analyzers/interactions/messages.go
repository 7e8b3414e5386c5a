package interactions

import (
	"go/ast"
	"go/types"
)

// message records a publish to or a consume from a broker destination.
func (c *collector) message(call *ast.CallExpr, fn *types.Func, node Node) {
}
