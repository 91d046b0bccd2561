package web

import (
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// readerPage is the reader template's data: the whole report, paragraph
// by paragraph, each cut into pieces so that figures and the cited span
// are marked exactly at their rune offsets.
type readerPage struct {
	ID, Title string
	Nav       []navEntry
	Paras     []paraView
	// Cited is the paragraph the link cites (0: none); Notice says why its
	// span is not highlighted, when it is not.
	Cited    int
	Notice   string
	ChatURL  string
	OtherURL string
	Reports  []reportLink
}

type navEntry struct {
	N       int
	Text    string
	Section bool // a section under a part
}

type paraView struct {
	N      int
	Kind   string // "part", "section", "body", "link"
	Period string // rag.Period's machine form
	Segs   []segment
	Cited  bool
	// Heading: a part line, or a section line holding only its title (a
	// section title may open a paragraph of body text).
	Heading bool
}

// segment is a stretch of a paragraph inside one figure or between
// figures; its pieces are marked where they fall in the cited span.
type segment struct {
	Fig    *figView
	Pieces []piece
}

type figView struct {
	Kind  string // result, target, other
	Label string // "2024年结果 · 新购公交车辆"
}

type piece struct {
	Text string
	Mark bool
}

// reader is the report reader: GET /reports/{id}?p=N&s=START&e=END#pN
// highlights runes [START,END) of ¶N, as a citation gives them.
func (w *Web) reader(rw http.ResponseWriter, r *http.Request) {
	lang := pickLang(r)
	s := uiStrings(lang)
	rep, err := w.opts.Answerer.Report(r.PathValue("id"))
	if err != nil || r.PathValue("id") == "" {
		w.errorPage(rw, r, http.StatusNotFound, s["no_report"])
		return
	}
	page := readerPage{ID: rep.Meta.ID, Title: rep.Meta.Title, ChatURL: "/?lang=" + lang, Reports: w.reportLinks()}
	q := r.URL.Query()
	q.Set("lang", s["other_lang_code"])
	page.OtherURL = "/reports/" + rep.Meta.ID + "?" + q.Encode()
	start, end := -1, -1
	if n, ok := intParam(r, "p"); ok && n >= 1 && n <= len(rep.Paragraphs) {
		page.Cited = n
		st, okS := intParam(r, "s")
		en, okE := intParam(r, "e")
		runes := len([]rune(rep.Paragraphs[n-1].Text))
		switch {
		case okS && okE && 0 <= st && st < en && en <= runes:
			start, end = st, en
		case r.URL.Query().Has("s") || r.URL.Query().Has("e"):
			page.Notice = s["span_invalid"]
		}
	}
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		v := paraView{N: p.N, Kind: paraKind(p), Period: p.Period.String(), Cited: p.N == page.Cited,
			Heading: p.Kind == rag.ParaPart || p.Kind == rag.ParaSection && utf8.RuneCountInString(p.Text) <= utf8.RuneCountInString(p.Section)+1}
		ms, me := -1, -1
		if v.Cited {
			ms, me = start, end
		}
		v.Segs = segments(p.Text, w.opts.Figures.InParagraph(rep.Meta.ID, p.N), ms, me, lang)
		page.Paras = append(page.Paras, v)
		switch p.Kind {
		case rag.ParaPart:
			page.Nav = append(page.Nav, navEntry{N: p.N, Text: p.Part})
		case rag.ParaSection:
			page.Nav = append(page.Nav, navEntry{N: p.N, Text: p.Section, Section: true})
		}
	}
	w.render(rw, r, http.StatusOK, "reader.html", frameAllowed, pageData{Lang: lang, S: s, Title: rep.Meta.Title, Body: page})
}

func intParam(r *http.Request, name string) (int, bool) {
	v := r.URL.Query().Get(name)
	if v == "" || len(v) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

func paraKind(p *rag.Paragraph) string {
	switch p.Kind {
	case rag.ParaPart:
		return "part"
	case rag.ParaSection:
		return "section"
	case rag.ParaLink:
		return "link"
	}
	return "body"
}

// segments cuts text at the figures' and the mark's rune offsets.
// Figures that overlap an earlier one, or fall outside the text, are not
// marked (the index never makes them; the reader must not break on them).
func segments(text string, figs []figures.Figure, markStart, markEnd int, lang string) []segment {
	runes := []rune(text)
	var out []segment
	at := 0
	for i := range figs {
		f := &figs[i]
		if f.Start < at || f.End > len(runes) || f.Start >= f.End {
			continue
		}
		if f.Start > at {
			out = append(out, segment{Pieces: pieces(runes, at, f.Start, markStart, markEnd)})
		}
		out = append(out, segment{Fig: figureView(f, lang), Pieces: pieces(runes, f.Start, f.End, markStart, markEnd)})
		at = f.End
	}
	if at < len(runes) {
		out = append(out, segment{Pieces: pieces(runes, at, len(runes), markStart, markEnd)})
	}
	return out
}

// pieces cuts runes [from,to) where the mark [ms,me) starts and ends.
func pieces(runes []rune, from, to, ms, me int) []piece {
	var out []piece
	cuts := []int{from}
	for _, c := range []int{ms, me} {
		if c > from && c < to {
			cuts = append(cuts, c)
		}
	}
	cuts = append(cuts, to)
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		out = append(out, piece{Text: string(runes[a:b]), Mark: ms >= 0 && a >= ms && b <= me})
	}
	return out
}

func figureView(f *figures.Figure, lang string) *figView {
	label := f.Period.Label()
	if lang == "en" {
		label = f.Period.EnglishLabel()
	}
	if f.Indicator != "" {
		if label != "" {
			label += " · "
		}
		label += f.Indicator
	}
	return &figView{Kind: string(f.Kind), Label: label}
}
