package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/csvsafe"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// maxFigureRows bounds the figures table on the page (the CSV has all).
const maxFigureRows = 1000

// figureFilter is the figures table's filters, from the query string.
type figureFilter struct {
	Report string
	Kind   string
	Q      string
}

func readFigureFilter(r *http.Request, reports []reportLink) figureFilter {
	qv := r.URL.Query()
	f := figureFilter{Q: strings.TrimSpace(qv.Get("q"))}
	if utf8.RuneCountInString(f.Q) > 200 {
		f.Q = string([]rune(f.Q)[:200])
	}
	for _, rep := range reports {
		if rep.ID == qv.Get("report") {
			f.Report = rep.ID
		}
	}
	switch k := figures.Kind(qv.Get("kind")); k {
	case figures.KindResult, figures.KindTarget, figures.KindOther:
		f.Kind = string(k)
	}
	return f
}

// match filters by report, kind and indicator words (normalised, so that
// full-width and case differences do not matter).
func (f figureFilter) match(fig *figures.Figure) bool {
	if f.Report != "" && fig.Report != f.Report || f.Kind != "" && string(fig.Kind) != f.Kind {
		return false
	}
	return f.Q == "" || strings.Contains(rag.Normalize(fig.Indicator), rag.Normalize(f.Q))
}

func (f figureFilter) query() string {
	v := make([]string, 0, 3)
	for _, kv := range [][2]string{{"report", f.Report}, {"kind", f.Kind}, {"q", f.Q}} {
		if kv[1] != "" {
			v = append(v, kv[0]+"="+urlQueryEscape(kv[1]))
		}
	}
	return strings.Join(v, "&")
}

func (w *Web) filteredFigures(f figureFilter) []figures.Figure {
	var out []figures.Figure
	for _, fig := range w.opts.Figures.All() {
		if f.match(&fig) {
			out = append(out, fig)
		}
	}
	return out
}

// figuresData is the figures page's data.
type figuresData struct {
	Filter  figureFilter
	Reports []reportLink
	Rows    []figureRow
	Shown   string
	CSVURL  string
}

type figureRow struct {
	figures.Figure
	PeriodLabel string
	Link        string
}

// figuresPage is the figures table with filters: GET /console/figures.
func (w *Web) figuresPage(rw http.ResponseWriter, r *http.Request) {
	sess := w.requireStaff(rw, r)
	if sess == nil {
		return
	}
	lang := pickLang(r)
	s := consoleStrings(lang)
	reports := w.reportLinks()
	f := readFigureFilter(r, reports)
	all := w.filteredFigures(f)
	d := figuresData{Filter: f, Reports: reports, CSVURL: "/console/figures.csv?" + f.query()}
	for i, fig := range all {
		if i == maxFigureRows {
			break
		}
		label := fig.Period.Label()
		if lang == "en" {
			label = fig.Period.EnglishLabel()
		}
		d.Rows = append(d.Rows, figureRow{Figure: fig, PeriodLabel: label,
			Link: figureLink(&fig)})
	}
	d.Shown = strings.NewReplacer("{n}", strconv.Itoa(len(d.Rows)), "{m}", strconv.Itoa(len(all))).Replace(s["shown_of"])
	w.render(rw, r, http.StatusOK, "figures.html", frameNone, pageData{Lang: lang, S: s, Title: s["figures"], Staff: sess, CSRF: w.csrfToken(sess), Body: d})
}

// figuresCSV exports the filtered figures: GET /console/figures.csv.
// Every field goes through csvsafe, so report text that looks like a
// formula opens in a spreadsheet as text.
func (w *Web) figuresCSV(rw http.ResponseWriter, r *http.Request) {
	if w.staffSession(r) == nil {
		http.Error(rw, "log in at /console/login", http.StatusUnauthorized)
		return
	}
	f := readFigureFilter(r, w.reportLinks())
	h := rw.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="figures.csv"`)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	// A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
	rw.Write([]byte("\ufeff"))
	cw := csvsafe.NewWriter(rw)
	cw.Write([]string{"report", "paragraph", "kind", "period", "indicator", "value", "number", "max", "unit", "qualifier", "direction", "start", "end"})
	for _, fig := range w.filteredFigures(f) {
		cw.Write([]string{fig.Report, strconv.Itoa(fig.Paragraph), string(fig.Kind), fig.Period.String(), fig.Indicator, fig.Text,
			strconv.FormatFloat(fig.Value, 'f', -1, 64), strconv.FormatFloat(fig.Max, 'f', -1, 64), fig.Unit, fig.Qualifier,
			strconv.Itoa(fig.Direction), strconv.Itoa(fig.Start), strconv.Itoa(fig.End)})
	}
	if err := cw.Flush(); err != nil {
		w.log.Info("console: figures export cut short", "error", err)
	}
}

// trackView sets each target a report set beside the result the next
// report of the same city gives for it, and whether it was met.
type trackView struct {
	Multi bool
	Pairs []trackPair
}

type trackPair struct {
	Year           int
	Indicator      string
	Target, Result figures.Figure
	TargetLink     string
	ResultLink     string
	Status         string // rag.StatusMet, rag.StatusNotMet, rag.StatusUnclear
	StatusText     string // in the page's language
}

// track pairs the loaded reports' targets with their results as the
// figures index does for promise tracking (figures.Index.Tracked, the
// pairs of /v1/figures/track).
func (w *Web) track(lang string) trackView {
	v := trackView{Multi: w.multi}
	if !v.Multi {
		return v
	}
	s := uiStrings(lang)
	for _, p := range w.opts.Figures.Tracked(rag.Tracks(w.opts.Answerer.Reports()), "", "") {
		v.Pairs = append(v.Pairs, trackPair{Year: p.Year, Indicator: p.Target.Indicator, Target: p.Target, Result: p.Result,
			TargetLink: figureLink(&p.Target), ResultLink: figureLink(&p.Result),
			Status: p.Status, StatusText: s["status_"+p.Status]})
	}
	return v
}

func figureLink(f *figures.Figure) string {
	return fmt.Sprintf("/reports/%s?p=%d&s=%d&e=%d#p%d", urlPathEscape(f.Report), f.Paragraph, f.Start, f.End, f.Paragraph)
}
