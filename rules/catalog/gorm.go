package catalog

import (
	"slices"
	"strings"
	"unicode"
)

// This file is gorm's naming of tables: what table a model type's name
// becomes by gorm's default naming strategy (snake case, the English
// plural of jinzhu/inflection, the library gorm uses), and as a
// schema.NamingStrategy changes it. The collector reads the strategy from
// the code; the rules are here, beside the rest of gorm's knowledge.

// A GormNaming is the part of a gorm schema.NamingStrategy that names
// tables: TablePrefix, SingularTable, NoLowerCase. The zero value is
// gorm's default.
type GormNaming struct {
	Prefix   string
	Singular bool
	NoLower  bool
}

// Table is gorm's table name for a struct type named name.
func (ns GormNaming) Table(name string) string {
	t := name
	if !ns.NoLower {
		t = snake(name)
	}
	if !ns.Singular {
		t = plural(t)
	}
	return ns.Prefix + t
}

// snake is gorm's snake case of a Go name: "OrderItem" → "order_item",
// "HTTPLog" → "http_log", "UserID" → "user_id".
func snake(name string) string {
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) ||
				(i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// irregular plurals, after jinzhu/inflection's table; and words that
// are their own plural.
var (
	irregular = map[string]string{
		"person": "people", "man": "men", "woman": "women", "child": "children", "tooth": "teeth",
		"foot": "feet", "mouse": "mice", "goose": "geese", "ox": "oxen", "move": "moves",
		"zombie": "zombies", "datum": "data", "index": "indices", "matrix": "matrices", "vertex": "vertices",
		"quiz": "quizzes", "bus": "buses", "analysis": "analyses", "crisis": "crises", "leaf": "leaves",
		"life": "lives", "wife": "wives", "knife": "knives", "half": "halves", "status": "statuses",
	}
	uncountable = []string{"equipment", "information", "rice", "money", "species", "series", "fish", "sheep",
		"jeans", "police", "news", "data", "metadata", "feedback"}
)

// plural pluralises the last word of a snake-case name, by the common
// English rules of jinzhu/inflection (the library gorm uses): an
// irregular or uncountable word; -es after s, x, z, ch and sh;
// consonant+y → -ies; -s else. Not covered: inflection's Latin and Greek
// endings beyond the table above (-um → -a, -us → -i, -on → -a), -o →
// -oes (hero, potato), -f/-fe → -ves outside the table, and words it
// singularises first (a name already plural stays as inflection leaves
// it only for the -s rule: "orders" → "orders").
func plural(name string) string {
	head, word := "", name
	if i := strings.LastIndexByte(name, '_'); i >= 0 {
		head, word = name[:i+1], name[i+1:]
	}
	lower := strings.ToLower(word)
	if p, ok := irregular[lower]; ok {
		return head + word[:1] + p[1:]
	}
	if slices.Contains(uncountable, lower) || lower == "" {
		return name
	}
	switch {
	case strings.HasSuffix(lower, "ss") || strings.HasSuffix(lower, "x") || strings.HasSuffix(lower, "z") ||
		strings.HasSuffix(lower, "ch") || strings.HasSuffix(lower, "sh"):
		return name + "es"
	case strings.HasSuffix(lower, "s"):
		return name // already plural: inflection keeps "orders"
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		return name[:len(name)-1] + "ies"
	}
	return name + "s"
}
