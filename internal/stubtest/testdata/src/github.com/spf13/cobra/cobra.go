// Package cobra is a stub of github.com/spf13/cobra: a command and its
// subcommands.
package cobra

import "context"

type Command struct {
	Use   string
	Short string
	Run   func(cmd *Command, args []string)
	RunE  func(cmd *Command, args []string) error
}

func (c *Command) AddCommand(cmds ...*Command) {}

func (c *Command) Execute() error { return nil }

// ExecuteContext is the same as Execute(), but sets the ctx on the command.
func (c *Command) ExecuteContext(ctx context.Context) error { return nil }

// Context returns underlying command context. If command was executed
// with ExecuteContext or the context was set with SetContext, the
// previously set context will be returned. Otherwise, nil is returned.
func (c *Command) Context() context.Context { return nil }
