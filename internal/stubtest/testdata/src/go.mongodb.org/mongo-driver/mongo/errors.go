package mongo

// WriteError is an error from one write of a write command.
type WriteError struct {
	Index   int
	Code    int
	Message string
}

// WriteErrors is a group of write errors.
type WriteErrors []WriteError

// WriteException is the error of a write command.
type WriteException struct {
	WriteErrors WriteErrors
}

func (mwe WriteException) Error() string { return "write exception" }

// CommandError is the error of a command.
type CommandError struct {
	Code    int32
	Message string
}

func (e CommandError) Error() string { return e.Message }
