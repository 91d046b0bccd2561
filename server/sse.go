package server

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// EventStream writes Server-Sent Events. It sends the headers with the
// first event, so that an error before any event can still be a JSON
// error response; after a failed write it writes nothing more.
type EventStream struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	started bool
	err     error
}

// NewEventStream streams events to w.
func NewEventStream(w http.ResponseWriter) *EventStream {
	return &EventStream{w: w, rc: http.NewResponseController(w)}
}

// Event writes one event whose data is v as JSON, and flushes it.
func (e *EventStream) Event(name string, v any) {
	if e.err != nil {
		return
	}
	if !e.started {
		h := e.w.Header()
		h.Set("Content-Type", "text/event-stream; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		h.Set("X-Accel-Buffering", "no")
		e.w.WriteHeader(http.StatusOK)
		e.started = true
	}
	data, err := json.Marshal(v)
	if err != nil {
		e.err = err
		return
	}
	// JSON has no raw newlines, so one data line carries the whole event.
	if _, err := fmt.Fprintf(e.w, "event: %s\ndata: %s\n\n", name, data); err != nil {
		e.err = err
		return
	}
	e.err = e.rc.Flush()
}

// Started reports whether any event was written (the headers are sent).
func (e *EventStream) Started() bool { return e.started }

// Err is the first write error, if any.
func (e *EventStream) Err() error { return e.err }
