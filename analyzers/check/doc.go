package check

import (
	"go/parser"
	"go/token"
	"strings"
)

// DocFromSource returns an analyzer's documentation from the source of its
// doc.go: the package comment from its first "# " heading on, with the heading
// as the first line. The heading is the title; the rest is why it matters and
// the bad and good code that `boundcheck explain` prints.
func DocFromSource(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("check.DocFromSource: doc.go has no package comment")
	}
	text := f.Doc.Text()
	i := strings.Index(text, "\n# ")
	if i < 0 {
		panic("check.DocFromSource: the package comment has no \"# name: title\" heading")
	}
	return strings.TrimSpace(text[i+3:]) + "\n"
}
