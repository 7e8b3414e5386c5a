// Package esapi is a minimal stub of
// github.com/elastic/go-elasticsearch/v7/esapi: each API is a function
// type, and its options set the request's context.
package esapi

import (
	"context"
	"io"
	"net/http"
)

type Response struct {
	StatusCode int
	Body       io.ReadCloser
	Header     http.Header
}

type API struct {
	Info   Info
	Index  Index
	Search Search
}

type InfoRequest struct{ ctx context.Context }

type Info func(o ...func(*InfoRequest)) (*Response, error)

func (f Info) WithContext(v context.Context) func(*InfoRequest) {
	return func(r *InfoRequest) { r.ctx = v }
}

type IndexRequest struct {
	ctx        context.Context
	DocumentID string
}

type Index func(index string, body io.Reader, o ...func(*IndexRequest)) (*Response, error)

func (f Index) WithContext(v context.Context) func(*IndexRequest) {
	return func(r *IndexRequest) { r.ctx = v }
}

func (f Index) WithDocumentID(v string) func(*IndexRequest) {
	return func(r *IndexRequest) { r.DocumentID = v }
}

type SearchRequest struct {
	ctx   context.Context
	Index []string
}

type Search func(o ...func(*SearchRequest)) (*Response, error)

func (f Search) WithContext(v context.Context) func(*SearchRequest) {
	return func(r *SearchRequest) { r.ctx = v }
}

func (f Search) WithIndex(v ...string) func(*SearchRequest) {
	return func(r *SearchRequest) { r.Index = v }
}
