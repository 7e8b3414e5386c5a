module example.com/payments

go 1.26

// No go.sum: in a workspace, the go command records the checksum in
// go.work.sum beside go.work, which boundcheck must not write.
require github.com/google/uuid v1.6.0
