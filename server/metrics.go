package server

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's collectors.
type metrics struct {
	requests    *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	inFlight    prometheus.Gauge
	answers     *prometheus.CounterVec
	rateLimited prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_http_requests_total",
			Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "reportbot_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern and status code.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"route", "code"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_http_requests_in_flight",
			Help: "HTTP requests being served.",
		}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_answers_total",
			Help: "Answers given over HTTP by mode (extractive, llm) and whether the report had the answer.",
		}, []string{"mode", "found"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_http_rate_limited_total",
			Help: "Requests refused with 429 by the per-key rate limit.",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.latency, m.inFlight, m.answers, m.rateLimited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				continue // Go/process collectors registered by the caller
			}
			return nil, fmt.Errorf("server: metrics: %w", err)
		}
	}
	return m, nil
}

func (s *Server) metricsHandler() http.Handler {
	return promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{ErrorLog: errorLogger{s}, Registry: s.reg})
}

type errorLogger struct{ s *Server }

func (e errorLogger) Println(v ...any) { e.s.log.Error("metrics", "error", fmt.Sprint(v...)) }

// statusWriter records the status and size of a response. It passes
// Flush on (SSE needs it) through Unwrap and http.ResponseController.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Flush() {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument counts, times and logs requests to one route. The route label
// is the registered pattern, never the raw path, so label values stay few.
func (s *Server) instrument(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.m.inFlight.Inc()
		defer s.m.inFlight.Dec()
		sw, ok := w.(*statusWriter)
		if !ok {
			sw = &statusWriter{ResponseWriter: w}
		}
		defer func() {
			code := sw.code
			if !sw.wrote {
				code = http.StatusOK
			}
			if v := recover(); v != nil {
				code = http.StatusInternalServerError
				defer panic(v) // the recoverer answers and logs it
			}
			d := time.Since(start)
			c := strconv.Itoa(code)
			method := r.Method
			switch method {
			case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions:
			default:
				method = "other"
			}
			s.m.requests.WithLabelValues(route, method, c).Inc()
			s.m.latency.WithLabelValues(route, c).Observe(d.Seconds())
			st := state(r)
			// The path only, never the query: /v1/search?q= carries question text.
			// Typed attributes: this line is written for every request, and
			// key-value pairs box each value.
			s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("request_id", st.id),
				slog.String("method", r.Method), slog.String("route", route), slog.String("path", r.URL.Path),
				slog.Int("status", code), slog.Int64("bytes", sw.bytes), slog.Duration("duration", d),
				slog.String("client", st.client))
		}()
		next.ServeHTTP(sw, r)
	})
}
