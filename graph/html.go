package graph

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
)

// page is what the HTML page knows besides the SVG.
type page struct {
	Title    string        `json:"title"`
	Services []pageService `json:"services"`
}

// pageService is one service as the page lists it.
type pageService struct {
	Name      string   `json:"name"`
	Node      string   `json:"node"`     // id of its <g class="node"> in the SVG ("" when not drawn)
	Findings  []string `json:"findings"` // "analyzer: message (file:line)"
	Endpoints []string `json:"endpoints"`
	Chain     []string `json:"chain"` // ids of the <g class="edge"> of its longest synchronous call chain, in order
	// ChainServices are the services along that chain, which the panel
	// spells out: at endpoint level the edges' ends are endpoints.
	ChainServices []string `json:"chain_services"`
	// Cochange are the services it changes together with (graph
	// --cochange): "billing: degree 73%, 7 changes, no edge in the model";
	// nil, and not listed, without the overlay.
	Cochange []string `json:"cochange,omitempty"`
}

// The page's parts, kept as files of their own so that each reads as what it
// is: graph/html/page.tmpl, page.css and page.js.
var (
	//go:embed html/page.tmpl
	pageTmpl string
	//go:embed html/page.css
	pageCSS string
	//go:embed html/page.js
	pageJS string
)

// writeHTML writes one self-contained page: the SVG inline, the data as
// JSON, the style and the script; nothing is fetched from the network.
//
// The page is put together by replacing the template's five fields, not
// with html/template: its reflection-driven execution keeps every
// exported method of every linked type in the binary (8 MB more, and a
// slower start for each package go vet runs boundcheck on).
func writeHTML(w io.Writer, svg []byte, p page) error {
	// json.Marshal escapes <, >, & and U+2028/U+2029 in strings, so the
	// data cannot close its <script> element or start a comment there.
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("writing the HTML page: %w", err)
	}
	// A Replacer does not scan what it puts in, so the SVG and data cannot
	// hold a field that is replaced again.
	page := strings.NewReplacer(
		"{{.Title}}", html.EscapeString(p.Title), // text in the page
		"{{.SVG}}", string(svg), // the renderer escapes every name in it
		"{{.CSS}}", pageCSS, // our own file
		"{{.JS}}", pageJS, // our own file
		"{{.Data}}", string(data), // escaped by json.Marshal, above
	).Replace(pageTmpl)
	if _, err := io.WriteString(w, page); err != nil {
		return fmt.Errorf("writing the HTML page: %w", err)
	}
	return nil
}
