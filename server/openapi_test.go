package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

type openAPIDoc struct {
	OpenAPI    string                           `json:"openapi"`
	Paths      map[string]map[string]openAPIOp  `json:"paths"`
	Components struct{ Schemas map[string]any } `json:"components"`
}

type openAPIOp struct {
	OperationID string `json:"operationId"`
	RequestBody *struct {
		Content map[string]openAPIMedia `json:"content"`
	} `json:"requestBody"`
	Responses map[string]struct {
		Description string                  `json:"description"`
		Content     map[string]openAPIMedia `json:"content"`
	} `json:"responses"`
}

type openAPIMedia struct {
	Schema  map[string]any  `json:"schema"`
	Example json.RawMessage `json:"example"`
}

// schemaTypes maps the document's schemas to the Go types the server
// encodes and decodes.
var schemaTypes = map[string]func() any{
	"Error":             func() any { return new(ErrorBody) },
	"AskRequest":        func() any { return new(AskRequest) },
	"Answer":            func() any { return new(rag.Answer) },
	"SearchResponse":    func() any { return new(SearchResponse) },
	"ReportsResponse":   func() any { return new(ReportsResponse) },
	"ParagraphResponse": func() any { return new(ParagraphResponse) },
	"FiguresResponse":   func() any { return new(FiguresResponse) },
	"TrackResponse":     func() any { return new(TrackResponse) },
	"Status":            func() any { return new(StatusResponse) },
}

func loadOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	return doc
}

// TestOpenAPIRoutes compares the routes registered on the mux with the
// document's paths and methods, both ways.
func TestOpenAPIRoutes(t *testing.T) {
	s, err := New(Options{Answerer: testEngine(t), Figures: testFigures(t), Telegram: &fakeTelegram{}, TelegramSecret: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var registered []string
	for _, p := range s.routes {
		method, path, ok := strings.Cut(p, " ")
		if !ok {
			t.Fatalf("route %q has no method", p)
		}
		registered = append(registered, method+" "+path)
		// The mux really routes it.
		r, _ := http.NewRequest(method, strings.NewReplacer("{id}", "panjin-2025", "{n}", "1").Replace(path), nil)
		if _, pat := s.mux.Handler(r); pat != p {
			t.Errorf("mux routes %s %s to %q, want %q", method, path, pat, p)
		}
	}
	doc := loadOpenAPI(t)
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	sort.Strings(registered)
	sort.Strings(documented)
	if !reflect.DeepEqual(registered, documented) {
		t.Errorf("routes and openapi.json differ:\nregistered %q\ndocumented %q", registered, documented)
	}
	// The document is served as is.
	r := start(t, Options{})
	resp, b := r.do(t, req{"GET", "/openapi.json", "", nil})
	if resp.StatusCode != 200 || !bytes.Equal(b, openapiDoc) || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("/openapi.json: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// TestOpenAPIExamples decodes every JSON example strictly into the Go type
// of its schema and checks that encoding it again gives the same JSON, so
// examples can neither have fields the types lack nor miss fields they have.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	checked := 0
	check := func(where string, m openAPIMedia) {
		ref, _ := m.Schema["$ref"].(string)
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		if ref == "" {
			return
		}
		if _, ok := doc.Components.Schemas[name]; !ok {
			t.Errorf("%s: schema %s not in components", where, name)
		}
		newV, ok := schemaTypes[name]
		if !ok {
			t.Errorf("%s: schema %s has no Go type in the test", where, name)
			return
		}
		if len(m.Example) == 0 {
			t.Errorf("%s: no example", where)
			return
		}
		v := newV()
		dec := json.NewDecoder(bytes.NewReader(m.Example))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			t.Errorf("%s: example does not decode into %T: %v", where, v, err)
			return
		}
		again, _ := json.Marshal(v)
		var a, b any
		json.Unmarshal(m.Example, &a)
		json.Unmarshal(again, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: example and %T differ:\nexample %s\nGo      %s", where, v, m.Example, again)
		}
		checked++
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			where := strings.ToUpper(method) + " " + path
			if op.OperationID == "" {
				t.Errorf("%s: no operationId", where)
			}
			if op.RequestBody != nil {
				for ct, m := range op.RequestBody.Content {
					check(where+" request "+ct, m)
				}
			}
			if _, ok := op.Responses["200"]; !ok {
				t.Errorf("%s: no 200 response", where)
			}
			for code, r := range op.Responses {
				if r.Description == "" {
					t.Errorf("%s %s: no description", where, code)
				}
				for ct, m := range r.Content {
					if ct == "application/json" {
						check(where+" "+code, m)
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d examples checked", checked)
	}
}
