package orders

import (
	"net/http"
	"testing"
)

func TestAudit(t *testing.T) {
	NewAudit(&http.Client{}).Send()
}
