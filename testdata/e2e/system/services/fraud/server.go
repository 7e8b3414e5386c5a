// Package fraud scores ledger entries with the help of an outside risk
// data provider.
package fraud

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	fraudv1 "example.com/system/api/fraud/v1"
)

// riskDataURL is the provider's scoring endpoint.
const riskDataURL = "https://api.riskdata.example.com/v2/score"

// blockAbove is the score from which an entry is refused.
const blockAbove = 0.9

// Server implements the Fraud gRPC service.
type Server struct {
	fraudv1.UnimplementedFraudServer

	apiKey string
	http   *http.Client
}

// NewServer returns the service; apiKey authenticates at the provider.
func NewServer(apiKey string) *Server {
	return &Server{apiKey: apiKey, http: &http.Client{Timeout: 1500 * time.Millisecond}}
}

type riskRequest struct {
	Account  string `json:"account"`
	Amount   int64  `json:"amount_minor"`
	Currency string `json:"currency"`
}

type riskResponse struct {
	Score float64 `json:"score"`
}

// Score asks the provider for the entry's risk.
func (s *Server) Score(ctx context.Context, req *fraudv1.ScoreRequest) (*fraudv1.ScoreResponse, error) {
	body, err := json.Marshal(riskRequest{Account: req.GetAccountId(), Amount: req.GetAmountCents(), Currency: req.GetCurrency()})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, riskDataURL, bytes.NewReader(body))
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	hreq.Header.Set("Authorization", "Bearer "+s.apiKey)
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := s.http.Do(hreq)
	if err != nil {
		return nil, status.Error(codes.Unavailable, err.Error())
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, status.Error(codes.Unavailable, fmt.Sprintf("risk data: %s", resp.Status))
	}
	var out riskResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, status.Error(codes.Unavailable, err.Error())
	}
	return &fraudv1.ScoreResponse{Score: out.Score, Block: out.Score >= blockAbove}, nil
}
