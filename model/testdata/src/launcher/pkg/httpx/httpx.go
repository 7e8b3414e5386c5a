// Package httpx is a shared wrapper of net/http.
package httpx

import "net/http"

func Get(url string) error {
	_, err := http.Get(url)
	return err
}
