package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// Model is the chat model; *Client satisfies it.
type Model interface {
	Complete(ctx context.Context, msgs []Message) (string, error)
	Stream(ctx context.Context, msgs []Message, onDelta func(string)) (string, error)
}

// Answerer defaults.
const (
	DefaultTopK            = 6
	DefaultMaxContextRunes = 20000
	fallbackTimeout        = 15 * time.Second
)

// Options configure an Answerer. Client and Engine are required.
type Options struct {
	Client Model
	Engine rag.Answerer
	// FigureCheck checks a claim's figures against the paragraphs it cites;
	// nil uses the built-in check (every number of the claim occurs in a
	// cited paragraph).
	FigureCheck FigureCheck
	// Logger gets one line per fallback or cleaned answer; nil discards.
	// Question text and keys are never logged.
	Logger *slog.Logger
	// Memory bounds conversation memory for follow-up questions.
	Memory MemoryOptions
	// TopK paragraphs are given to the model for ordinary questions
	// (default 6).
	TopK int
	// MaxContextRunes bounds the passages block; overview questions get the
	// whole report when it fits, else its outline (default 20000).
	MaxContextRunes int
}

// Answerer answers with the model and checks every answer; on any model
// failure it gives the extractive answer. It can stand in for *rag.Engine
// (Ask, Search, Index). It is safe for concurrent use.
type Answerer struct {
	model   Model
	eng     rag.Answerer
	figures FigureCheck
	log     *slog.Logger
	mem     *Memory
	topK    int
	maxCtx  int
	leak    *leakDetector
	sup     *supporter
	// drained is cancelled by Drain: every model call's context ends with it.
	drained context.Context
	drain   context.CancelFunc
}

var _ rag.Answerer = (*Answerer)(nil)

// NewAnswerer checks o and builds an Answerer.
func NewAnswerer(o Options) (*Answerer, error) {
	if o.Client == nil {
		return nil, errors.New("llm: answerer: no model client")
	}
	if o.Engine == nil || len(o.Engine.Reports()) == 0 {
		return nil, errors.New("llm: answerer: no engine")
	}
	a := &Answerer{model: o.Client, eng: o.Engine, figures: o.FigureCheck, log: o.Logger,
		mem: NewMemory(o.Memory), topK: o.TopK, maxCtx: o.MaxContextRunes,
		leak: newLeakDetector(systemPrompt, rewriteSystem)}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	sup, err := newSupportChecker()
	if err != nil {
		return nil, err
	}
	a.sup = sup
	a.drained, a.drain = context.WithCancel(context.Background())
	if a.topK <= 0 {
		a.topK = DefaultTopK
	}
	if a.maxCtx <= 0 {
		a.maxCtx = DefaultMaxContextRunes
	}
	// Paragraphs that read like instructions to a model are not quotable
	// (rag marks them when it ingests), so retrieval never returns them
	// and they never reach the model.
	for _, r := range o.Engine.Reports() {
		for i := range r.Paragraphs {
			a.leak.forget(r.Paragraphs[i].Text)
		}
	}
	return a, nil
}

// Search is the engine's Search.
func (a *Answerer) Search(ctx context.Context, q rag.Query, k int) ([]rag.Hit, error) {
	return a.eng.Search(ctx, q, k)
}

// Report is the engine's Report.
func (a *Answerer) Report(id string) (*rag.Report, error) { return a.eng.Report(id) }

// Reports is the engine's Reports.
func (a *Answerer) Reports() []*rag.Report { return a.eng.Reports() }

// Drain cancels every model call in flight, and makes later questions skip
// the model: their askers get the extractive answer at once. A server
// calls it at its shutdown drain deadline, so that requests waiting on a
// slow model still get an answer before the server closes. It cannot be
// undone.
func (a *Answerer) Drain() { a.drain() }

// modelContext is ctx, also cancelled by Drain.
func (a *Answerer) modelContext(ctx context.Context) (context.Context, context.CancelFunc) {
	mctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(a.drained, cancel)
	return mctx, func() { stop(); cancel() }
}

// Memory is the conversation memory.
func (a *Answerer) Memory() *Memory { return a.mem }

// Ask answers q with the model, checked; any model failure gives the
// extractive answer (Mode "extractive"). Only the engine's own errors
// (rag.ErrEmptyQuestion, rag.ErrQuestionTooLong, rag.ErrUnknownReport)
// are returned.
func (a *Answerer) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	return a.answer(ctx, q, nil)
}

// AskStream is Ask with the model's reply streamed: onDelta gets it
// sentence by sentence, each only once complete (its citation marks
// included) and past the same checks as the final answer, rendered as the
// final answer renders it; a sentence the checks drop is left out, one
// that fails them (or a repeat of the instructions) ends the deltas. The
// returned Answer is authoritative: when it is regenerated or the
// extractive fallback it differs from the deltas. onDelta is called from
// the calling goroutine, never after AskStream returns.
func (a *Answerer) AskStream(ctx context.Context, q rag.Query, onDelta func(string)) (*rag.Answer, error) {
	if onDelta == nil {
		onDelta = func(string) {}
	}
	return a.answer(ctx, q, onDelta)
}

func (a *Answerer) answer(ctx context.Context, q rag.Query, onDelta func(string)) (*rag.Answer, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	if q.Report != "" {
		if _, err := a.eng.Report(q.Report); err != nil {
			return nil, err
		}
	}
	lang := rag.QuestionLang(text)
	history := a.mem.Recent(q.Conversation)
	search, standalone := text, ""
	mctx, cancel := a.modelContext(ctx)
	defer cancel()
	var ans *rag.Answer
	why := "draining: model calls are cancelled"
	if a.drained.Err() == nil {
		if len(history) > 0 || lang != "zh" {
			rw, err := a.rewrite(mctx, text, history)
			switch {
			case err != nil:
				a.log.Warn("llm: query rewrite failed; searching with the question", "err", err)
			case rw != "":
				search, standalone = rw, rw
			}
		}
		if routed := a.route(ctx, &q, search); routed != nil {
			routed.Question = text
			ans, why = routed, ""
		} else {
			ans, why = a.generate(mctx, q, text, search, standalone, lang, onDelta)
		}
	}
	if ans == nil {
		a.log.Info("llm: extractive fallback", "reason", why, "question_runes", utf8.RuneCountInString(text))
		fq := rag.Query{Text: text, Report: q.Report}
		if len(history) > 0 && standalone != "" {
			fq.Text = standalone // "那2025年呢？" alone finds nothing
		}
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), fallbackTimeout)
		defer cancel()
		ans, err = a.eng.Ask(fctx, fq)
		if err != nil && fq.Text != text {
			ans, err = a.eng.Ask(fctx, rag.Query{Text: text, Report: q.Report})
		}
		if err != nil {
			return nil, err
		}
		ans.Question = text
	}
	a.mem.Add(q.Conversation, Turn{Question: text, Standalone: search, Answer: ans.Answer})
	return ans, nil
}

// route applies the engine's choice of report to a question that names
// none while several are loaded: one report per answer. q.Report becomes
// the report the engine answers from; when the engine asks which report is
// meant, or answers from several side by side, its answer is the answer
// (returned), as a model writes from one report.
func (a *Answerer) route(ctx context.Context, q *rag.Query, search string) *rag.Answer {
	if q.Report != "" || len(a.eng.Reports()) < 2 {
		return nil
	}
	ans, err := a.eng.Ask(ctx, rag.Query{Text: search, Context: q.Context})
	switch {
	case err != nil:
		return nil // the model's retrieval goes on as before
	case ans.Report.ID == "" || len(ans.Reports) > 1:
		return ans
	}
	q.Report = ans.Report.ID
	return nil
}

// rewrite asks the model for a standalone Chinese search question.
func (a *Answerer) rewrite(ctx context.Context, question string, history []Turn) (string, error) {
	if len(history) > 3 {
		history = history[len(history)-3:]
	}
	out, err := a.model.Complete(ctx, []Message{
		{Role: "system", Content: rewriteSystem},
		{Role: "user", Content: rewritePrompt(question, history)},
	})
	if err != nil {
		return "", err
	}
	rw := cleanRewrite(out)
	if rw == "" || a.leak.leaks(rw) {
		return "", fmt.Errorf("llm: unusable rewrite")
	}
	if _, err := checkQuestion(rw); err != nil {
		return "", err
	}
	return rw, nil
}

// generate returns the checked model answer, or nil and why not.
func (a *Answerer) generate(ctx context.Context, q rag.Query, question, search, standalone, lang string, onDelta func(string)) (*rag.Answer, string) {
	cs, err := a.contextFor(ctx, q, question, search)
	if err != nil {
		return nil, "retrieval: " + err.Error()
	}
	if cs == nil {
		return nil, "nothing retrieved"
	}
	ck := &checker{allowed: cs.allowed(), figures: a.figures, leak: a.leak, free: map[string]bool{},
		sup: a.sup, title: cs.report.Meta.Title, multi: len(a.eng.Reports()) > 1}
	for _, y := range []int{cs.report.Meta.Year, cs.report.Meta.ReviewYear} {
		if y != 0 {
			ck.free[fmt.Sprint(y)] = true
		}
	}
	msgs := []Message{
		{Role: "system", Content: systemPrompt},
		{Role: "user", Content: userPrompt(cs, question, standalone, lang)},
	}
	var out string
	if onDelta != nil {
		sf := &streamFilter{ck: ck, emit: onDelta}
		out, err = a.model.Stream(ctx, msgs, sf.write)
		if err == nil {
			sf.flush()
		}
	} else {
		out, err = a.model.Complete(ctx, msgs)
	}
	if out, err = a.capped(out, err); err != nil {
		return nil, "model: " + err.Error()
	}
	res := ck.check(out)
	if !res.ok() {
		if len(res.claims) == 0 && saysNotCovered(out) {
			return nil, "the model says the passages do not answer"
		}
		a.log.Info("llm: answer failed the checks; regenerating", "problems", len(res.problems))
		msgs = append(msgs, Message{Role: "assistant", Content: out}, Message{Role: "user", Content: retryPrompt(res.problems, lang)})
		if out, err = a.capped(a.model.Complete(ctx, msgs)); err != nil {
			return nil, "model (regeneration): " + err.Error()
		}
		res = ck.check(out)
		if !res.ok() {
			// Problems quote the answer; logs get only their number.
			return nil, fmt.Sprintf("checks failed twice (%d problems)", len(res.problems))
		}
	}
	if len(res.cleaned) > 0 {
		a.log.Info("llm: answer cleaned", "removals", len(res.cleaned))
	}
	ans := &rag.Answer{
		Question: question,
		Found:    true,
		Mode:     rag.ModeLLM,
		Report:   rag.ReportRef{ID: cs.report.Meta.ID, Title: cs.report.Meta.Title, Version: cs.report.Version},
		Lang:     lang,
	}
	ans.Citations, ans.Parts = answerParts(res.text, ck.allowed)
	ans.Answer = rag.RenderText(ans, len(a.eng.Reports()) > 1)
	return ans, ""
}

// capped passes a reply on; one cut at the cap loses the sentence cut
// through (a stream never released it) and the rest is checked like any.
func (a *Answerer) capped(out string, err error) (string, error) {
	if errors.Is(err, ErrReplyTooLong) && strings.TrimSpace(out) != "" {
		a.log.Warn("llm: reply over the cap; checking the sentences before the cut", "runes", utf8.RuneCountInString(out))
		return wholeSentences(out), nil
	}
	return out, err
}

// wholeSentences is text without its last sentence, which a cap cut.
func wholeSentences(text string) string {
	claims := splitClaims(text)
	var b strings.Builder
	for _, c := range claims[:max(0, len(claims)-1)] {
		b.WriteString(c.raw)
	}
	return b.String()
}

// contextFor picks what the model sees: for overview and list questions the
// whole report (or its outline when too long), else the top paragraphs.
func (a *Answerer) contextFor(ctx context.Context, q rag.Query, question, search string) (*contextSet, error) {
	hits, err := a.eng.Search(ctx, rag.Query{Text: search, Report: q.Report}, a.topK)
	if err != nil && search != question {
		hits, err = a.eng.Search(ctx, rag.Query{Text: question, Report: q.Report}, a.topK)
	}
	if err != nil {
		return nil, err
	}
	var rep *rag.Report
	switch {
	case q.Report != "":
		rep, err = a.eng.Report(q.Report)
	case len(hits) > 0:
		rep, err = a.eng.Report(hits[0].Paragraph.Report)
	case len(a.eng.Reports()) == 1:
		rep = a.eng.Reports()[0]
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if isOverview(question) || isOverview(search) {
		if cs := a.wholeReport(rep); cs != nil {
			return cs, nil
		}
	}
	cs := &contextSet{report: rep, mode: "passages"}
	seen := map[int]bool{}
	for _, h := range hits {
		p := h.Paragraph
		if p == nil || p.Report != rep.Meta.ID || seen[p.N] || !p.Quotable() {
			continue
		}
		seen[p.N] = true
		cs.paras = append(cs.paras, p)
	}
	for len(cs.paras) > 1 && utf8.RuneCountInString(cs.passageBlock(true)) > a.maxCtx {
		cs.paras = cs.paras[:len(cs.paras)-1]
	}
	if len(cs.paras) == 0 {
		return nil, nil
	}
	return cs, nil
}

// wholeReport gives every quotable paragraph, or the first sentence of each
// when the whole text is over the budget; nil when even that is.
func (a *Answerer) wholeReport(rep *rag.Report) *contextSet {
	cs := &contextSet{report: rep, mode: "report"}
	for i := range rep.Paragraphs {
		if p := &rep.Paragraphs[i]; p.Quotable() {
			cs.paras = append(cs.paras, p)
		}
	}
	if utf8.RuneCountInString(cs.passageBlock(false)) <= a.maxCtx {
		return cs
	}
	cs.mode, cs.excerpt = "outline", map[int]string{}
	for _, p := range cs.paras {
		runes := []rune(p.Text)
		if ss := rag.Sentences(p.Text); len(ss) > 0 && ss[0].End <= len(runes) {
			runes = runes[ss[0].Start:ss[0].End]
		}
		if len(runes) > 60 {
			runes = append(runes[:60:60], '…')
		}
		cs.excerpt[p.N] = string(runes)
	}
	if utf8.RuneCountInString(cs.passageBlock(true)) <= a.maxCtx {
		return cs
	}
	return nil
}

var overviewCues = []string{
	"总结", "概括", "概述", "摘要", "综述", "主要内容", "讲了什么", "说了什么", "讲了啥", "说了啥", "要点", "重点工作",
	"主要任务", "几个方面", "八个方面", "哪几个方面", "哪些方面", "哪几方面", "整体", "全文", "框架", "结构",
	"summary", "summarize", "summarise", "overview", "outline", "main points", "key points", "key areas", "main areas", "main tasks",
}

// isOverview reports whether a question asks about the whole report or
// one of its lists rather than a fact.
func isOverview(q string) bool {
	n := rag.Normalize(q)
	for _, c := range overviewCues {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

// checkQuestion refuses questions the engine would refuse, with its errors.
func checkQuestion(q string) (string, error) {
	q = strings.TrimSpace(strings.ToValidUTF8(q, ""))
	if q == "" {
		return "", rag.ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > rag.MaxQuestionRunes {
		return "", fmt.Errorf("%w: over %d characters", rag.ErrQuestionTooLong, rag.MaxQuestionRunes)
	}
	return q, nil
}
