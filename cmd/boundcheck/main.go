// Command boundcheck finds the smells that make microservices a distributed
// monolith, and draws the service-dependency graph.
//
// It is also a go vet tool: go vet -vettool=$(command -v boundcheck) ./...
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/internal/vet"
)

// Exit codes, as DESIGN.md, "Exit codes" promises.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// exitError carries an exit code out of a command.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func main() {
	if vet.IsVetInvocation(os.Args[1:]) {
		vet.Main(os.Args[1:])
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "boundcheck: internal error: %v; please report it with the command you ran\n", r)
			code = exitError
		}
	}()
	root, prof := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if perr := prof.stop(); perr != nil && err == nil {
		err = &codeError{exitError, perr}
	}
	var ce *codeError
	switch {
	case err == nil:
		return exitClean
	case errors.As(err, &ce):
		if ce.err != nil {
			fmt.Fprintf(stderr, "boundcheck: %v\n", ce.err)
		}
		return ce.code
	default:
		fmt.Fprintf(stderr, "boundcheck: %v\n", err)
		return exitError
	}
}

// newRoot returns the root command and the profiler its flags set up,
// which the caller stops once the command is done.
func newRoot(stdout, stderr io.Writer) (*cobra.Command, *profiler) {
	prof := &profiler{}
	root := &cobra.Command{
		Use:   "boundcheck",
		Short: "Find the smells that make microservices a distributed monolith",
		Long: `boundcheck reads Go source, reports the smells that make microservices a
distributed monolith, and draws the service-dependency graph.

Checks:

` + checkList("  ") + `
It is also a go vet tool for the checks that run on each package:
go vet -vettool=$(command -v boundcheck) ./...`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().BoolP("verbose", "v", false, "say on stderr how many services, packages and modules were analysed (always shown on a terminal)")
	root.PersistentFlags().Bool("progress", false, "show progress on stderr (shown without it when stderr is a terminal outside CI)")
	root.PersistentFlags().Bool("timings", false, "say on stderr where the run's time went: load, analysis, each analyzer and whole-program stage")
	root.PersistentFlags().StringVar(&prof.cpu, "cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof)")
	root.PersistentFlags().StringVar(&prof.mem, "memprofile", "", "write a heap profile at the end of the run to `file`")
	root.PersistentFlags().StringVar(&prof.trace, "trace", "", "write an execution trace of the run to `file` (go tool trace)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return prof.start() }
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &codeError{exitError, fmt.Errorf("%w\nrun '%s --help' for usage", err, c.CommandPath())}
	})
	root.AddCommand(newCheckCmd(), newGraphCmd(), newServicesCmd(), newInitCmd(), newExplainCmd(), newVersionCmd(), newCacheCmd(), newCochangeCmd())
	return root, prof
}

// usageErr wraps an argument error with exit code 2.
func usageErr(format string, args ...any) error {
	return &codeError{exitError, fmt.Errorf(format, args...)}
}
