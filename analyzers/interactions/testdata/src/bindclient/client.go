package bindclient

import "net/http"

type Client struct{ base string }

func New(base string) *Client { return &Client{base: base} }

func (c *Client) Pay() { http.Post(c.base+"/pay", "", nil) }
