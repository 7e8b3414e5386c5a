// Package viper is a minimal stub of github.com/spf13/viper (checked
// against v1.19.0): reading a config file and its values by key.
package viper

// Viper is a config registry.
type Viper struct{}

// New returns a registry.
func New() *Viper { return &Viper{} }

// SetConfigFile names the file to read.
func SetConfigFile(in string) {}

// ReadInConfig reads the config file.
func ReadInConfig() error { return nil }

// GetString returns the value of key as a string.
func GetString(key string) string { return "" }

// GetString returns the value of key as a string.
func (v *Viper) GetString(key string) string { return "" }
