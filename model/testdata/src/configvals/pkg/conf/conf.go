// Package conf reads values by key through viper: a helper whose key is
// its callers'.
package conf

import "github.com/spf13/viper"

// GetString returns the value of key.
func GetString(key string) string {
	return viper.GetString(key)
}
