package rag

import (
	"context"
	"strings"
	"unicode/utf8"
)

// A question may ask two things in two clauses: "去年GDP增长多少，人均GDP
// 多少", "去年GDP增长多少？大连呢". Read as one, the part the report does
// not answer declines the whole, and the figure it does give is lost. Each
// clause asked on its own answers what the report gives and declines the
// rest plainly, in the words of its own not-found sentence.

// maxClauses is how many asking clauses a question is split into at most.
const maxClauses = 3

// askingClauses parts text at its commas and question marks into clauses
// that each ask (a question word, 呢 or 吗), the period the first names
// carried to those naming none, a bare "X呢" read as the first clause
// asked of X. nil unless there are two to maxClauses and every one asks:
// a clause that states ("盘锦固投增速全省第一，那全省平均增长多少") is
// context for the one after it, not a question of its own.
func askingClauses(text string) []string {
	var raw []string
	start := 0
	for i, r := range text {
		if strings.ContainsRune("，,；;？?", r) {
			if c := strings.TrimSpace(text[start:i]); c != "" {
				raw = append(raw, c+clauseMark(r))
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if c := strings.TrimSpace(text[start:]); c != "" {
		raw = append(raw, c)
	}
	if len(raw) < 2 || len(raw) > maxClauses {
		return nil
	}
	first := strings.TrimRight(raw[0], "?？")
	out := []string{raw[0]}
	for _, c := range raw[1:] {
		if !asksIn(c) || statedNumberAt(c) >= 0 {
			return nil
		}
		if asksLikeIt(c) {
			c = likeFirst(first, c)
			if c == "" {
				return nil
			}
		}
		out = append(out, withContextPeriod(first, c))
	}
	if !asksIn(raw[0]) || statedNumberAt(raw[0]) >= 0 {
		return nil
	}
	return out
}

// clauseMark keeps a clause's question mark: it asks.
func clauseMark(r rune) string {
	if r == '？' || r == '?' {
		return string(r)
	}
	return ""
}

// likeFirst reads a bare "X呢" after first as first asked of X: a period
// ("今年呢") in place of first's, anything else ("大连呢") before it. ""
// when X is more than a few words: a clause of its own.
func likeFirst(first, c string) string {
	x := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(c, "?？。.! ！"), "呢"))
	for _, w := range []string{"那", "那么", "而"} {
		x = strings.TrimPrefix(x, w)
	}
	if x == "" || utf8.RuneCountInString(x) > 6 {
		return ""
	}
	if contextPeriod.FindString(x) == x {
		if p := contextPeriod.FindString(first); p != "" {
			return strings.Replace(first, p, x, 1)
		}
		return x + first
	}
	return x + first
}

// askClauses answers each of text's asking clauses from rep and joins
// the answers: false when text is not so parted (in Chinese), a clause
// names no thing of its own, or no clause is answered with a figure (the
// whole decline stands).
func (e *Engine) askClauses(ctx context.Context, q Query, text string, rep *Report) (*Answer, bool, error) {
	clauses := askingClauses(text)
	if clauses == nil || questionLang(Normalize(text)) == "en" {
		return nil, false, nil
	}
	for _, c := range clauses {
		if !e.ix.analyze(Normalize(c), rep).hasTopic() {
			// "机场选址在哪，啥时候开工", "低保标准多少，去年涨了多少": the
			// clause asks more of the thing before it, and alone asks of
			// nothing.
			return nil, false, nil
		}
	}
	var subs []*Answer
	figured := false
	for _, c := range clauses {
		a, err := e.askIn(ctx, q, c, rep, askOptions{})
		if err != nil {
			return nil, false, err
		}
		subs = append(subs, a)
		figured = figured || a.Found && len(a.Figures) > 0
	}
	if !figured {
		// Only a figure stated of its own thing answers a clause for
		// sure; a sentence found for "有生育补贴吗" beside a declined "每孩
		// 发多少钱" would stand as the answer to the detail asked.
		return nil, false, nil
	}
	return joinClauses(text, subs, e.multi()), true, nil
}

// joinClauses is the answers to a question's clauses as one: an answered
// clause's parts whole, a declined one's sentence saying so alone (its
// related text belongs to no question asked); citations renumbered.
func joinClauses(text string, subs []*Answer, multi bool) *Answer {
	out := &Answer{Question: text, Mode: ModeExtractive, Lang: subs[0].Lang, Citations: []Citation{}, Parts: []Part{}}
	for i, s := range subs {
		if i > 0 {
			out.Parts = append(out.Parts, TextPart(RoleBreak, ""))
		}
		if !s.Found {
			for _, p := range s.Parts {
				if p.Type == PartText && (p.Role == RoleNotFound || p.Role == RoleNotice) {
					out.Parts = append(out.Parts, TextPart(p.Role, p.Text))
				}
			}
			continue
		}
		offset := len(out.Citations)
		out.Citations = append(out.Citations, s.Citations...)
		out.Parts = append(out.Parts, shiftCitations(s.Parts, offset)...)
		out.Figures = append(out.Figures, s.Figures...)
		if out.Understood == nil {
			out.Report, out.Understood = s.Report, s.Understood
		}
	}
	out.Found = true
	out.Answer = RenderText(out, multi)
	return out
}
