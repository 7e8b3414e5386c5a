// Package elastic calls Elasticsearch through go-elasticsearch, whose // want package:"has sinks"
// APIs take their context as an option.
package elastic

import (
	"bytes"
	"context"
	"net/http"
	"time"

	elasticsearch "github.com/elastic/go-elasticsearch/v7"
	"github.com/elastic/go-elasticsearch/v7/esapi"
)

type Repo struct{ es *elasticsearch.Client }

func New(url string) (*Repo, error) {
	es, err := elasticsearch.NewClient(elasticsearch.Config{Addresses: []string{url}})
	if err != nil {
		return nil, err
	}
	es.Info() // want `the Elasticsearch API Info uses a client whose default transport has no timeout and no context \(no WithContext option\)`
	return &Repo{es: es}, nil
}

func (r *Repo) Insert(id string, body []byte) error {
	_, err := r.es.Index("docs", bytes.NewReader(body), r.es.Index.WithDocumentID(id)) // want `the Elasticsearch API Index uses a client whose default transport has no timeout and no context`
	return err
}

// Search takes its caller's context: a sink.
func (r *Repo) Search(ctx context.Context) error { // want Search:`sink\(0 ctx → the Elasticsearch API Search\)`
	_, err := r.es.Search(r.es.Search.WithContext(ctx), r.es.Search.WithIndex("docs"))
	return err
}

func Handle(r *Repo) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, req *http.Request) {
		r.Search(context.Background()) // want `\(\*elastic.Repo\).Search is given context.Background\(\), which has no deadline; it reaches the Elasticsearch API Search at elastic.go:\d+`
	}
}

// Bounded gives the search a deadline: clean.
func (r *Repo) Bounded() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := r.es.Search(r.es.Search.WithContext(ctx))
	return err
}

// Spread passes options built elsewhere: not judged.
func (r *Repo) Spread(opts []func(*esapi.SearchRequest)) error {
	_, err := r.es.Search(opts...)
	return err
}
