package graph

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/boundcheck/boundcheck/internal/atomicfile"
)

// WriteJSON writes g as indented JSON. Names are not HTML-escaped: the
// output is data, and every consumer reads it as JSON.
func WriteJSON(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(g)
}

// WriteFile writes what write produces to path whole or not at all: into
// a temporary file beside it, renamed over path once complete.
func WriteFile(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return atomicfile.Write(path, buf.Bytes())
}
