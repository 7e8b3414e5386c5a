// Package resty is a minimal stub of github.com/go-resty/resty/v2 (checked against v2.16.2).
package resty

import (
	"context"
	"net/http"
	"time"
)

// Client struct is used to create a Resty client with client-level settings.
type Client struct {
	BaseURL    string
	HostURL    string
	RetryCount int
	httpClient *http.Client
}

// New method creates a new Resty client.
func New() *Client { return &Client{httpClient: &http.Client{}} }

// NewWithClient method creates a new Resty client with given `http.Client`.
func NewWithClient(hc *http.Client) *Client { return &Client{httpClient: hc} }

// SetBaseURL method sets the Base URL in the client instance.
func (c *Client) SetBaseURL(url string) *Client {
	c.BaseURL = url
	return c
}

// R method creates a new request instance.
func (c *Client) R() *Request { return &Request{client: c} }

// NewRequest method is an alias for method `R()`.
func (c *Client) NewRequest() *Request { return c.R() }

// SetTimeout method sets the timeout for a request raised by the client.
func (c *Client) SetTimeout(timeout time.Duration) *Client {
	c.httpClient.Timeout = timeout
	return c
}

// SetRetryCount method enables retry on Resty client.
func (c *Client) SetRetryCount(count int) *Client {
	c.RetryCount = count
	return c
}

// SetRetryWaitTime method sets the default wait time for sleep before retrying.
func (c *Client) SetRetryWaitTime(waitTime time.Duration) *Client { return c }

// SetTransport method sets custom `*http.Transport` or any `http.RoundTripper`.
func (c *Client) SetTransport(transport http.RoundTripper) *Client { return c }

// GetClient method returns the underlying `http.Client` used by the Resty.
func (c *Client) GetClient() *http.Client { return c.httpClient }

// Request struct is used to compose and fire individual requests from the resty client.
type Request struct {
	URL    string
	Method string
	Body   interface{}
	Result interface{}

	ctx    context.Context
	client *Client
}

// Context method returns the Context if it is already set in the Request
// otherwise, it creates a new one using context.Background().
func (r *Request) Context() context.Context {
	if r.ctx == nil {
		return context.Background()
	}
	return r.ctx
}

// SetContext method sets the context.Context for current Request.
func (r *Request) SetContext(ctx context.Context) *Request {
	r.ctx = ctx
	return r
}

// SetHeader method sets a single header field and its value in the current request.
func (r *Request) SetHeader(header, value string) *Request { return r }

// SetQueryParam method sets a single parameter and its value in the current request.
func (r *Request) SetQueryParam(param, value string) *Request { return r }

// SetBody method sets the request body for the request.
func (r *Request) SetBody(body interface{}) *Request {
	r.Body = body
	return r
}

// SetResult method is to register the response `Result` object for automatic unmarshalling.
func (r *Request) SetResult(res interface{}) *Request {
	r.Result = res
	return r
}

func (r *Request) Get(url string) (*Response, error) { return r.Execute(http.MethodGet, url) }

func (r *Request) Head(url string) (*Response, error) { return r.Execute(http.MethodHead, url) }

func (r *Request) Post(url string) (*Response, error) { return r.Execute(http.MethodPost, url) }

func (r *Request) Put(url string) (*Response, error) { return r.Execute(http.MethodPut, url) }

func (r *Request) Delete(url string) (*Response, error) { return r.Execute(http.MethodDelete, url) }

func (r *Request) Options(url string) (*Response, error) { return r.Execute(http.MethodOptions, url) }

func (r *Request) Patch(url string) (*Response, error) { return r.Execute(http.MethodPatch, url) }

// Send method performs the HTTP request using the method and URL already defined
// for current Request.
func (r *Request) Send() (*Response, error) { return r.Execute(r.Method, r.URL) }

// Execute method performs the HTTP request with the given HTTP method and URL.
func (r *Request) Execute(method, url string) (*Response, error) {
	return &Response{Request: r}, nil
}

// Response struct holds response values of executed requests.
type Response struct {
	Request     *Request
	RawResponse *http.Response

	body []byte
}

// Body method returns the HTTP response as `[]byte` slice for the executed request.
func (r *Response) Body() []byte { return r.body }

// StatusCode method returns the HTTP status code for the executed request.
func (r *Response) StatusCode() int { return 0 }

// String method returns the body of the HTTP response as a `string`.
func (r *Response) String() string { return string(r.body) }

// IsSuccess method returns true if HTTP status `code >= 200 and <= 299` otherwise false.
func (r *Response) IsSuccess() bool { return true }

// IsError method returns true if HTTP status `code >= 400` otherwise false.
func (r *Response) IsError() bool { return false }
