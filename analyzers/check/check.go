// Package check defines what a boundcheck check is: its name and
// documentation, the analyzer it runs on each package, the step it runs on
// the whole program, and the settings the config file may give it. Each
// check's folder under analyzers/ declares one Check; the registry in
// package analyzers lists them, and everything that names checks (config
// validation, explain, go vet, the README's table) reads the registry.
package check

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/history"
)

// A Check is one of boundcheck's checks.
type Check struct {
	// Name is the check's name: in findings, the config's rules section,
	// //boundcheck:ignore directives and `boundcheck explain`.
	Name string
	// Doc is the documentation `boundcheck explain` prints: the first line
	// is "name: title", then why it matters, with bad and good code.
	Doc string
	// Analyzer returns the analysis pass the check runs on each package,
	// for the service model in set; nil when the check has none. Its name
	// is the check's. Only checks with an analyzer run under go vet.
	Analyzer func(set *rules.Set) *analysis.Analyzer
	// Program is the step the check runs on the whole program once every
	// package has been analysed; nil when it has none.
	Program func(p *Program)
	// NeedsModel says that Program reads the system model, which is then
	// built for the run.
	NeedsModel bool
	// Unseen, for a check that NeedsModel, returns what it could not judge
	// in m, each as a phrase of the note check prints on stderr ("3
	// message consumers whose handler could not be told"); nil when it
	// judged everything it looked at.
	Unseen func(m *model.Model) []string
	// Settings are the keys besides enabled that the check's entry in the
	// config's rules section accepts, with their types and defaults.
	Settings []*config.Setting
	// History, for a check that reads the repository's history, returns
	// what of it to read, from the check's settings; the command reads it
	// into Set.History before the run. Nil for the others.
	History func(set *rules.Set) history.Options
}

// Spec is what the config decoder needs to know of c.
func (c *Check) Spec() config.CheckSpec {
	return config.CheckSpec{Name: c.Name, Settings: c.Settings}
}

// Title is the first line of c's documentation without the name.
func (c *Check) Title() string {
	title, _, _ := strings.Cut(c.Doc, "\n")
	return strings.TrimPrefix(title, c.Name+": ")
}

// A Program is what a check's whole-program step sees.
type Program struct {
	Set  *rules.Set
	Fset *token.FileSet
	// Results holds the result of the check's analyzer for each package
	// analysed; a package analysed with its tests appears in each variant.
	Results map[*packages.Package]any
	// Model is the system model; nil unless the check NeedsModel.
	Model *model.Model
	// Report records a finding at d.Pos, in the package with the given
	// import path (it names the service the finding belongs to).
	Report func(pkgPath string, d analysis.Diagnostic)
}

// BaseName returns a file name without its folder, for a message that
// names a file (analyzers do not import path/filepath: they see no file
// system).
func BaseName(name string) string {
	return name[strings.LastIndexAny(name, `/\`)+1:]
}
