package model

import "testing"

func TestKeyPrefix(t *testing.T) {
	for key, want := range map[string]string{
		"orders:{?}":         "orders:",
		"orders:1:items":     "orders:",
		"user_sessions:{?}":  "user_sessions:",
		"cart-{?}":           "cart-",
		"leaderboard":        "leaderboard",
		"{?}:orders":         "",
		"order{?}":           "",
		"${PREFIX}:x":        "",
		"":                   "",
		"hits":               "hits",
		"rate.limit.{param}": "rate.",
	} {
		got, ok := keyPrefix(key)
		if got != want || ok != (want != "") {
			t.Errorf("keyPrefix(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}
