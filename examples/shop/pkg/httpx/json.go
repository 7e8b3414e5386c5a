// Package httpx holds the JSON-over-HTTP helpers shared by the shop services:
// request decoding, response writing, error mapping and the server loop.
package httpx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

const maxBody = 1 << 20

// StatusError is a non-2xx answer from another service.
type StatusError struct {
	StatusCode int
	Message    string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("status %d: %s", e.StatusCode, e.Message)
}

// IsStatus reports whether err is a StatusError with the given status code.
func IsStatus(err error, code int) bool {
	var se *StatusError
	return errors.As(err, &se) && se.StatusCode == code
}

type errorBody struct {
	Error string `json:"error"`
}

// ReadJSON decodes the request body into v, rejecting unknown fields and bodies over 1 MiB.
func ReadJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decode request body: %w", err)
	}
	return nil
}

// WriteJSON writes v as a JSON response with the given status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteError writes {"error": msg} with the given status.
func WriteError(w http.ResponseWriter, status int, msg string) {
	WriteJSON(w, status, errorBody{Error: msg})
}

// JSONBody encodes v for use as an outbound request body.
func JSONBody(v any) (io.Reader, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode request body: %w", err)
	}
	return bytes.NewReader(b), nil
}

// DecodeResponse reads resp: a 2xx body is decoded into out (when out is not nil),
// anything else becomes a *StatusError carrying the peer's error message.
func DecodeResponse(resp *http.Response, out any) error {
	body := io.LimitReader(resp.Body, maxBody)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		var eb errorBody
		if err := json.NewDecoder(body).Decode(&eb); err != nil || eb.Error == "" {
			eb.Error = http.StatusText(resp.StatusCode)
		}
		return &StatusError{StatusCode: resp.StatusCode, Message: eb.Error}
	}
	if out == nil {
		_, err := io.Copy(io.Discard, body)
		return err
	}
	if err := json.NewDecoder(body).Decode(out); err != nil {
		return fmt.Errorf("decode response body: %w", err)
	}
	return nil
}

// ForwardError writes err to w: a peer's 4xx answer is passed through unchanged,
// anything else becomes a 502 naming the peer.
func ForwardError(w http.ResponseWriter, peer string, err error) {
	var se *StatusError
	if errors.As(err, &se) && se.StatusCode >= 400 && se.StatusCode < 500 {
		WriteError(w, se.StatusCode, se.Message)
		return
	}
	WriteError(w, http.StatusBadGateway, peer+" unavailable")
}
