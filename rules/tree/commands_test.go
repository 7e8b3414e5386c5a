package tree

import (
	"go/parser"
	"go/token"
	"reflect"
	"testing"
)

// TestFileCommands checks which composite literals name a command: cobra's
// Command (behind &, imported under another name), urfave/cli's Command in
// a slice literal, with what each runs; a Command of another package, a
// Use that is not a literal, and a struct of the library that is no
// Command name none.
func TestFileCommands(t *testing.T) {
	const src = `package cmd

import (
	co "github.com/spf13/cobra"
	"github.com/urfave/cli/v2"
	other "example.com/cobra"
)

var use = "dyn"

var driver = &co.Command{
	Use:  "driver [flags]",
	RunE: func(*co.Command, []string) error { return nil },
}

var fromVar = &co.Command{Use: use}

var notCobra = other.Command{Use: "fake"}

var app = &cli.App{Name: "app", Commands: []*cli.Command{
	{Name: "route", Action: runRoute},
	&cli.Command{Name: "geo"},
}}

func runRoute(*cli.Context) error { return nil }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cmd.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	imports := []string{"github.com/spf13/cobra", "github.com/urfave/cli/v2", "example.com/cobra"}
	got := fileCommands(fset, f, "cmd.go")
	want := []Command{
		{Name: "driver", File: "cmd.go", Line: 12, Imports: imports, Run: "13:8"},
		{Name: "route", File: "cmd.go", Line: 21, Imports: imports, Run: "runRoute", calls: []string{"runRoute"}},
		{Name: "geo", File: "cmd.go", Line: 22, Imports: imports},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("commands:\n got  %+v\n want %+v", got, want)
	}
}

func TestDefaultImportName(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/spf13/cobra":   "cobra",
		"github.com/urfave/cli/v2": "cli",
		"github.com/urfave/cli":    "cli",
		"example.com/v":            "v",
	} {
		if got := DefaultImportName(path); got != want {
			t.Errorf("DefaultImportName(%q) = %q, want %q", path, got, want)
		}
	}
}
