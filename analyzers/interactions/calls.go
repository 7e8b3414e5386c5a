package interactions

import (
	"go/ast"
	"go/types"
)

// outbound records an outbound HTTP or gRPC call.
func (c *collector) outbound(call *ast.CallExpr, fn *types.Func, node Node) {
}
