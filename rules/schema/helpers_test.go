package schema_test

import (
	"fmt"
	"strings"
)

func splitLines(s string) []string { return strings.Split(s, "\n") }

func sscan(line string, kind, name *string) (int, error) {
	var create string
	n, err := fmt.Sscan(line, &create, kind, name)
	if create != "CREATE" {
		return 0, err
	}
	return n - 1, err
}
