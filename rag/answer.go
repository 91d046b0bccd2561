package rag

import (
	"errors"
)

// Answer modes.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// MaxQuestionRunes bounds a question; longer ones are refused, not cut.
const MaxQuestionRunes = 2000

// Errors a caller maps to a usage message or a 4xx status.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = errors.New("the question is too long")
	ErrUnknownReport   = errors.New("no such report")
	ErrNoParagraph     = errors.New("no such paragraph")
)

// Answer is what ask returns, in the CLI's --json, the HTTP API and the bot.
type Answer struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Found    bool   `json:"found"`
	Mode     string `json:"mode"`
	// Report is the report the answer drew on (its first section's, when
	// it compares several; empty for a question asked back).
	Report ReportRef `json:"report"`
	// Reports, when the answer compares reports (last year's target with
	// this year's result, two places), are the reports of its sections.
	Reports   []ReportRef `json:"reports,omitempty"`
	Citations []Citation  `json:"citations"`
	// Lang is the question's language ("zh" or "en"), for renderers.
	Lang string `json:"lang"`
	// Figures are the report's figures the answer gives, exactly as written
	// (figure questions only).
	Figures []AnswerFigure `json:"figures,omitempty"`
	// Parts are the answer as typed data, in order; Answer is their plain
	// text (RenderText), kept for clients that want one string.
	Parts []Part `json:"parts"`
	// Understood is how the engine read the question (not set for model
	// answers).
	Understood *Understood `json:"understood,omitempty"`
	// grounding is a strategy's reason for a declined answer, until
	// Understood is set.
	grounding string
	// overview is the paragraph a summary answer sums up, for the steps.
	overview *Paragraph
	// digest: the answer is an area of work's digest, chosen because the
	// question names that area (its words need not be the text's).
	digest bool
	// reasoned: the quotes are the reason a why question asks (what a
	// year is, for why it matters), though they say no 因为.
	reasoned bool
}

// Cite adds c to the answer's citations, unless a citation of the same
// paragraph already quotes a span holding c's, and returns its index.
func (a *Answer) Cite(c Citation) int {
	for i, o := range a.Citations {
		if o.holds(c) {
			return i
		}
	}
	a.Citations = append(a.Citations, c)
	return len(a.Citations) - 1
}

// addQuote cites c and quotes it, as the answer's next part.
func (a *Answer) addQuote(c Citation) {
	a.Citations = append(a.Citations, c)
	a.Parts = append(a.Parts, Part{Type: PartQuote, Text: c.Quote, Citations: []int{len(a.Citations) - 1}})
}

// quoteOnly makes c's quote, under the opening words, the whole answer:
// the parts, citations and figures before it are dropped.
func (a *Answer) quoteOnly(c Citation) {
	a.Parts, a.Citations, a.Figures = []Part{introPart(a.Lang)}, []Citation{}, nil
	a.addQuote(c)
}

// AnswerFigure is one figure of the report an answer gives: Value is the
// exact text of paragraph Paragraph at rune offsets [Start,End).
type AnswerFigure struct {
	Indicator string  `json:"indicator"`
	Value     string  `json:"value"`  // as written, qualifiers included: "5.5%左右"
	Number    float64 `json:"number"` // normalised: 1.9万人 → 19000
	// Max is the upper end of a range ("1—2个"); absent for one number.
	Max       *float64 `json:"max,omitempty"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier,omitempty"`
	// Direction is -1 for a decline (下降18.6%), +1 for a rise; the
	// number stays as written.
	Direction int    `json:"direction,omitempty"`
	Kind      string `json:"kind"` // "result", "target" or "other"
	Period    Period `json:"period"`
	Report    string `json:"report"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Moved is the figure as a change, the way it moved before its value
// ("下降25.8%", "a fall of 25.8%"), or its value when it tells no change:
// a correction of "上升了25.8%" must say which way the report's went.
func (f *AnswerFigure) Moved(lang string) string {
	switch {
	case f.Direction > 0 && lang == "en":
		return "a rise of " + f.Value
	case f.Direction < 0 && lang == "en":
		return "a fall of " + f.Value
	case f.Direction > 0:
		return "增长" + f.Value
	case f.Direction < 0:
		return "下降" + f.Value
	}
	return f.Value
}

// Intent is what the engine reads a question to ask for.
type Intent struct {
	Lang   string
	Figure bool       // asks for a number
	List   bool       // asks for a list
	Both   bool       // asks for the result and the target together
	Asks   PeriodKind // with Both, the one period a question asks of when it states the other's figure
	Period PeriodKind // PeriodNone when it does not say
	Expand []string   // report terms the lexicon adds for its everyday words
	Years  []int      // years the question names
	// Summary: it asks how a period went or what it aims at as a whole;
	// Draft.Overview is the paragraph that sums the period up.
	Summary bool
	// Topic: it names a topic and nothing else ("就业"): its figures if
	// any, else what the report says of it.
	Topic bool
	// Rank: it asks a place in a ranking (排第几), which an ordinal
	// (第21位) answers, not a count or a duration (连续6年).
	Rank bool
	// Level: it asks a rate or share as it stands (破案率多少, 占比多少),
	// which a change (下降26.1%) does not answer.
	Level bool
	// Stock: it asks how much there is in all (湿地总面积), which what a
	// year added (修复湿地150.2公顷) does not answer.
	Stock bool
	// Change: it asks by how much a figure moved (增长了多少, by how much
	// did … grow), which an amount (跨境电商企业70家) does not answer.
	Change bool
	// Added: it asks how many were added (新增了多少家, 增加了几个), which
	// what there is in all (跨境电商企业达到70家) does not answer.
	Added bool
	// Amount: it asks how many of something or how much in a unit (几家,
	// how many tourists, 多少亿元), which a percentage (增长64%) does not
	// answer.
	Amount bool
	// CountNamed: it asks a count only by naming it (去年游客人数, no 多少):
	// the report's rate of the thing (旅客接待量增长64%) is declined for it,
	// but what else the report says of the thing stands, as for a question
	// that asks no figure.
	CountNamed bool
	// Share: it names a share (比例, 覆盖率) and asks no change or count,
	// which a count (新增学位520个) does not answer.
	Share bool
	// Halves: what each year asks when the question asks the two in two
	// halves of their own kinds (去年多少亿，今年增长多少); nil otherwise.
	Halves map[PeriodKind]AskedKinds
}

// ReportRef names a report and the exact text version answers came from.
type ReportRef struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
}

// Citation points at a verbatim quote: Quote is exactly the runes
// [Start,End) of paragraph Paragraph's text. For an answer that did not find
// anything, citations point at the nearest sections and quote their titles.
type Citation struct {
	Report    string `json:"report"`
	Paragraph int    `json:"paragraph"`
	Section   string `json:"section"`
	Period    Period `json:"period"`
	Quote     string `json:"quote"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// holds: c and o quote one paragraph, and c's span holds o's.
func (c Citation) holds(o Citation) bool {
	return c.Report == o.Report && c.Paragraph == o.Paragraph && c.Start <= o.Start && o.End <= c.End
}

// Query is a question, optionally scoped to one report.
type Query struct {
	Text   string
	Report string // "" searches all reports
	// Conversation identifies a chat for follow-up questions ("那2025年呢？");
	// "" means a one-off question. The extractive engine ignores it.
	Conversation string
	// Context is the report the conversation last drew on: with several
	// loaded, a question that names no place is read as about its place.
	// Unlike Report it does not confine the answer.
	Context string
}

// Hit is a retrieved passage with its paragraph and fused score.
type Hit struct {
	Passage   *Passage
	Paragraph *Paragraph
	Score     float64
	// LexicalRank and VectorRank are 1-based ranks in each leg; 0 = absent.
	LexicalRank int
	VectorRank  int
	// Relevance is the share of what the query asks about that the
	// paragraph holds (0–1): unlike Score, comparable across queries, so a
	// list of results can stop where results stop being relevant.
	Relevance float64
}

// SearchResult is a Hit as search results show it, in the CLI's
// search --json and the HTTP API's GET /v1/search.
type SearchResult struct {
	Report      string  `json:"report"`
	Paragraph   int     `json:"paragraph"`
	Section     string  `json:"section"`
	Period      Period  `json:"period"`
	Score       float64 `json:"score"`
	Relevance   float64 `json:"relevance"`
	LexicalRank int     `json:"lexical_rank"`
	VectorRank  int     `json:"vector_rank"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
}

// Result is h as a search result.
func (h Hit) Result() SearchResult {
	return SearchResult{
		Report: h.Passage.Report, Paragraph: h.Paragraph.N, Section: h.Paragraph.Path(), Period: h.Paragraph.Period,
		Score: h.Score, Relevance: h.Relevance, LexicalRank: h.LexicalRank, VectorRank: h.VectorRank,
		Text: h.Passage.Text, Start: h.Passage.Start, End: h.Passage.End,
	}
}
