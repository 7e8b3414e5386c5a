// Package admin serves the back office with echo; cmd/admin installs
// middleware.ContextTimeout, so the request's context has a deadline.
package admin

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"frameworks/services/admin/audit"
)

type Handler struct {
	client   *http.Client
	usersURL string
	audit    *audit.Client
}

func NewHandler(usersURL string, a *audit.Client) *Handler {
	return &Handler{client: &http.Client{}, usersURL: usersURL, audit: a}
}

func (h *Handler) GetUser(c echo.Context) error {
	req, err := http.NewRequestWithContext(c.Request().Context(), http.MethodGet, h.usersURL+"/users/"+c.Param("id"), nil)
	if err != nil {
		return err
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return c.String(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()
	return c.String(resp.StatusCode, "")
}

func (h *Handler) DisableUser(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.audit.Record(ctx, "disable", c.Param("id")); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "disabled"})
}
