package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// FiguresResponse is the body of GET /v1/figures.
type FiguresResponse struct {
	Figures []rag.AnswerFigure `json:"figures"`
}

// Limits of /v1/figures.
const (
	defaultFigureLimit = 100
	maxFigureLimit     = 500
)

// figureQuery is the q parameter, trimmed; false, with the 400 written,
// when it is longer than a question may be.
func figureQuery(w http.ResponseWriter, r *http.Request, qv url.Values) (string, bool) {
	q := strings.TrimSpace(qv.Get("q"))
	if utf8.RuneCountInString(q) > rag.MaxQuestionRunes {
		writeError(w, r, http.StatusBadRequest, "question_too_long", fmt.Sprintf("q is over %d characters", rag.MaxQuestionRunes))
		return "", false
	}
	return q, true
}

// listFigures lists the reports' figures: all of them in report order, or,
// with q, those whose indicator matches q, best first; filtered by kind
// and report and cut at limit.
func (s *Server) listFigures(w http.ResponseWriter, r *http.Request) {
	qv := r.URL.Query()
	q, ok := figureQuery(w, r, qv)
	if !ok {
		return
	}
	kind := figures.Kind(qv.Get("kind"))
	switch kind {
	case "", figures.KindResult, figures.KindTarget, figures.KindOther:
	default:
		writeError(w, r, http.StatusBadRequest, "bad_kind", fmt.Sprintf("kind must be %s, %s or %s", figures.KindResult, figures.KindTarget, figures.KindOther))
		return
	}
	limit := defaultFigureLimit
	if ls := qv.Get("limit"); ls != "" {
		n, err := strconv.Atoi(ls)
		if err != nil || n < 1 || n > maxFigureLimit {
			writeError(w, r, http.StatusBadRequest, "bad_limit", fmt.Sprintf("limit must be an integer from 1 to %d", maxFigureLimit))
			return
		}
		limit = n
	}
	report := qv.Get("report")
	if report != "" {
		if _, err := s.opts.Answerer.Report(report); err != nil {
			writeError(w, r, http.StatusNotFound, "unknown_report", fmt.Sprintf("no report %q; see /v1/reports", report))
			return
		}
	}
	var figs []figures.Figure
	if q == "" {
		for _, f := range s.opts.Figures.All() {
			if len(figs) == limit {
				break
			}
			if (kind == "" || f.Kind == kind) && (report == "" || f.Report == report) {
				figs = append(figs, f)
			}
		}
	} else {
		figs = s.opts.Figures.Search(figures.Query{Text: q, Kind: kind, Report: report, Limit: limit})
		if len(figs) > limit { // the limit is the API's promise, whatever the searcher does
			figs = figs[:limit]
		}
	}
	s.log.Info("figures", "request_id", state(r).id, s.questionAttrs(q), "kind", string(kind), "report", report,
		"limit", limit, "figures", len(figs))
	out := FiguresResponse{Figures: make([]rag.AnswerFigure, 0, len(figs))}
	for _, f := range figs {
		out.Figures = append(out.Figures, f.JSON())
	}
	writeJSON(w, http.StatusOK, out)
}

// TrackResponse is the body of GET /v1/figures/track.
type TrackResponse struct {
	Pairs []figures.PairJSON `json:"pairs"`
}

// trackFigures lists each target a report set beside the result the
// report of the same city reviewing that year gives for it, and whether it
// was met: with q, the targets whose indicator q names; with report, the
// pairs that report is part of.
func (s *Server) trackFigures(w http.ResponseWriter, r *http.Request) {
	qv := r.URL.Query()
	q, ok := figureQuery(w, r, qv)
	if !ok {
		return
	}
	report := qv.Get("report")
	if report != "" {
		if _, err := s.opts.Answerer.Report(report); err != nil {
			writeError(w, r, http.StatusNotFound, "unknown_report", fmt.Sprintf("no report %q; see /v1/reports", report))
			return
		}
	}
	pairs := s.opts.Figures.Tracked(rag.Tracks(s.opts.Answerer.Reports()), q, report)
	s.log.Info("figures track", "request_id", state(r).id, s.questionAttrs(q), "report", report, "pairs", len(pairs))
	out := TrackResponse{Pairs: make([]figures.PairJSON, 0, len(pairs))}
	for _, p := range pairs {
		out.Pairs = append(out.Pairs, p.JSON())
	}
	writeJSON(w, http.StatusOK, out)
}
