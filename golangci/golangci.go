// Package golangci is boundcheck as a golangci-lint module plugin: a
// custom golangci-lint binary built with it (golangci-lint custom, from a
// .custom-gcl.yml that names this package) runs boundcheck's per-package
// checks, as go vet -vettool does, under the linter name "boundcheck".
// The whole-program checks (syncchain, shareddb, and what notimeout and
// idempotency judge across services) need `boundcheck check`.
package golangci

import (
	"errors"
	"fmt"
	"os"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/vet"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
)

func init() { register.Plugin("boundcheck", New) }

// Settings are the plugin's settings in .golangci.yml
// (linters.settings.custom.boundcheck.settings).
type Settings struct {
	// Dir is the folder discovery starts from and the config file is
	// looked for above, relative to golangci-lint's working directory;
	// default that directory.
	Dir string `json:"dir"`
}

type plugin struct{ set *rules.Set }

// New makes the plugin from its settings: it reads the config file (or
// discovers the services) once, as a run of boundcheck does.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("boundcheck: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	dir := wd
	if s.Dir != "" {
		dir = s.Dir
	}
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		if text, ok := config.ConfigErrorText(err, wd); ok {
			return nil, errors.New("boundcheck: invalid config:\n" + text)
		}
		return nil, fmt.Errorf("boundcheck: %v", err)
	}
	return &plugin{set: set}, nil
}

// BuildAnalyzers returns the enabled checks' per-package analyzers, which
// honour //boundcheck:ignore directives, and the analyzer that reports
// malformed or unused directives.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	as := analyzers.PerPackage(p.set, analyzers.Enabled(p.set))
	for _, a := range as {
		vet.Suppress(a)
		driver.Guard(a)
	}
	return append(as, vet.Directives()), nil
}

// GetLoadMode says the analyzers need types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
