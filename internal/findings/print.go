package findings

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// Formats are the output formats of `boundcheck check`.
var Formats = []string{"text", "json", "sarif", "github", "checkstyle", "junit"}

// A Printer writes sorted findings. Paths are printed relative to Dir.
type Printer struct {
	Dir     string // working directory
	Format  string
	Version string            // tool version, for SARIF
	Docs    map[string]string // analyzer name → doc, for SARIF rule descriptions
}

// Print writes fs in p.Format.
func (p *Printer) Print(w io.Writer, fs []Finding) error {
	switch p.Format {
	case "", "text":
		return p.text(w, fs)
	case "json":
		return p.json(w, fs)
	case "github":
		return p.github(w, fs)
	case "sarif":
		return p.sarif(w, fs)
	case "checkstyle":
		return p.checkstyle(w, fs)
	case "junit":
		return p.junit(w, fs)
	}
	return fmt.Errorf("unknown format %q; use one of %s", p.Format, strings.Join(Formats, ", "))
}

// rel returns filename relative to the working directory, slash-separated
// ("../x.go" for a file beside it), so no output carries an absolute path.
func (p *Printer) rel(filename string) string { return RelPath(p.Dir, filename) }

// RelPath makes path p relative to the working directory wd, slash-separated.
// A relative p, or one that cannot be made relative (another volume), is
// returned as it is.
func RelPath(wd, p string) string {
	if p == "" || !filepath.IsAbs(p) {
		return filepath.ToSlash(p)
	}
	if r, err := filepath.Rel(wd, p); err == nil {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

func (p *Printer) text(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s (%s)\n", p.rel(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message, f.Analyzer); err != nil {
			return err
		}
		for _, r := range f.Related {
			if _, err := fmt.Fprintf(w, "\t%s:%d:%d: %s\n", p.rel(r.Pos.Filename), r.Pos.Line, r.Pos.Column, r.Message); err != nil {
				return err
			}
		}
	}
	return nil
}

type jsonRelated struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

type jsonDiagnostic struct {
	Analyzer  string        `json:"analyzer"`
	File      string        `json:"file"`
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"end_line,omitempty"`
	EndColumn int           `json:"end_column,omitempty"`
	Service   string        `json:"service"`
	Message   string        `json:"message"`
	Related   []jsonRelated `json:"related,omitempty"`
}

func (p *Printer) json(w io.Writer, fs []Finding) error {
	out := struct {
		Diagnostics []jsonDiagnostic `json:"diagnostics"`
	}{Diagnostics: []jsonDiagnostic{}}
	for _, f := range fs {
		d := jsonDiagnostic{
			Analyzer: f.Analyzer,
			File:     p.rel(f.Pos.Filename),
			Line:     f.Pos.Line,
			Column:   f.Pos.Column,
			Service:  f.Service,
			Message:  f.Message,
		}
		if f.End.IsValid() && f.End.Filename == f.Pos.Filename {
			d.EndLine, d.EndColumn = f.End.Line, f.End.Column
		}
		for _, r := range f.Related {
			d.Related = append(d.Related, jsonRelated{File: p.rel(r.Pos.Filename), Line: r.Pos.Line, Column: r.Pos.Column, Message: r.Message})
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// github writes GitHub Actions workflow commands, which annotate the lines of
// a pull request.
func (p *Printer) github(w io.Writer, fs []Finding) error {
	esc := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	prop := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "::error file=%s,line=%d,col=%d,title=%s::%s\n",
			prop.Replace(p.rel(f.Pos.Filename)), f.Pos.Line, f.Pos.Column, prop.Replace("boundcheck "+f.Analyzer), esc.Replace(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

func (p *Printer) sarif(w io.Writer, fs []Finding) error {
	rep := sarif.NewReport()
	run := sarif.NewRunWithInformationURI("boundcheck", "https://github.com/boundcheck/boundcheck")
	if p.Version != "" {
		run.Tool.Driver.WithVersion(p.Version)
	}
	for _, f := range fs {
		if run.GetRuleIndex(f.Analyzer) < 0 {
			rule := run.AddRule(f.Analyzer).WithHelpURI("https://github.com/boundcheck/boundcheck#" + f.Analyzer)
			if doc := p.Docs[f.Analyzer]; doc != "" {
				title, _, _ := strings.Cut(doc, "\n")
				rule.WithDescription(title).WithMarkdownHelp(doc)
			}
		}
		file := p.rel(f.Pos.Filename)
		region := sarif.NewRegion().WithStartLine(f.Pos.Line).WithStartColumn(f.Pos.Column)
		if f.End.IsValid() && f.End.Filename == f.Pos.Filename {
			region.WithEndLine(f.End.Line).WithEndColumn(f.End.Column)
		}
		res := run.CreateResultForRule(f.Analyzer).
			WithLevel("error").
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewSimpleArtifactLocation(file)).
					WithRegion(region)))
		for _, r := range f.Related {
			res.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewSimpleArtifactLocation(p.rel(r.Pos.Filename))).
					WithRegion(sarif.NewRegion().WithStartLine(r.Pos.Line).WithStartColumn(r.Pos.Column))).
				WithMessage(sarif.NewTextMessage(r.Message)))
		}
	}
	rep.AddRun(run)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// checkstyle writes Checkstyle's XML report, which Jenkins (warnings-ng),
// GitLab and most CI systems read: a file element per file, an error
// element per finding, its source the analyzer ("boundcheck.notimeout").
func (p *Printer) checkstyle(w io.Writer, fs []Finding) error {
	type csError struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
	type csFile struct {
		Name   string    `xml:"name,attr"`
		Errors []csError `xml:"error"`
	}
	out := struct {
		XMLName xml.Name `xml:"checkstyle"`
		Version string   `xml:"version,attr"`
		Files   []csFile `xml:"file"`
	}{Version: "5.0"}
	for _, f := range fs {
		name := p.rel(f.Pos.Filename)
		if n := len(out.Files); n == 0 || out.Files[n-1].Name != name {
			out.Files = append(out.Files, csFile{Name: name})
		}
		file := &out.Files[len(out.Files)-1]
		file.Errors = append(file.Errors, csError{Line: f.Pos.Line, Column: f.Pos.Column, Severity: "error",
			Message: p.withRelated(f), Source: "boundcheck." + f.Analyzer})
	}
	return writeXML(w, out)
}

// junit writes a JUnit XML report, which CI systems show as failed tests:
// a test suite per analyzer that found something, a failed test case per
// finding, named by its position.
func (p *Printer) junit(w io.Writer, fs []Finding) error {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type testcase struct {
		Name      string  `xml:"name,attr"`
		ClassName string  `xml:"classname,attr"`
		Failure   failure `xml:"failure"`
	}
	type testsuite struct {
		Name      string     `xml:"name,attr"`
		Tests     int        `xml:"tests,attr"`
		Failures  int        `xml:"failures,attr"`
		TestCases []testcase `xml:"testcase"`
	}
	out := struct {
		XMLName  xml.Name    `xml:"testsuites"`
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Suites   []testsuite `xml:"testsuite"`
	}{Name: "boundcheck", Tests: len(fs), Failures: len(fs)}
	index := make(map[string]int)
	for _, f := range fs {
		i, ok := index[f.Analyzer]
		if !ok {
			i = len(out.Suites)
			index[f.Analyzer] = i
			out.Suites = append(out.Suites, testsuite{Name: "boundcheck." + f.Analyzer})
		}
		s := &out.Suites[i]
		s.Tests++
		s.Failures++
		file := p.rel(f.Pos.Filename)
		s.TestCases = append(s.TestCases, testcase{
			Name:      fmt.Sprintf("%s:%d:%d", file, f.Pos.Line, f.Pos.Column),
			ClassName: file,
			Failure:   failure{Message: f.Message, Type: f.Analyzer, Text: p.withRelated(f)},
		})
	}
	return writeXML(w, out)
}

// withRelated is a finding's message followed by its related positions, a
// line each, for the formats that have no place of their own for them.
func (p *Printer) withRelated(f Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	for _, r := range f.Related {
		fmt.Fprintf(&b, "\n%s:%d:%d: %s", p.rel(r.Pos.Filename), r.Pos.Line, r.Pos.Column, r.Message)
	}
	return b.String()
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
