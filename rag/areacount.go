package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A question may state how many areas of work a part of the report has
// ("今年政府工作要抓六个方面？", "the plan focuses on six key areas"): the
// report's own headings, （一）…（八）, count them, and a count they do not
// bear out is corrected where the report writes its count ("以下八个方面")
// or, where it writes none, at its last heading.

// statedAreaCountEN states how many areas of work in English.
var statedAreaCountEN = regexp.MustCompile(`\b(two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+(?:key\s+|main\s+|major\s+)?(?:areas|tasks|priorities)\b`)

// englishSmall are the English numbers an area count is said in.
var englishSmall = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// writtenAreaCount is where a quote says how many areas follow (以下八个方面).
var writtenAreaCount = regexp.MustCompile(`[一二三四五六七八九十]个方面`)

// statedAreas is the count of areas a question states, as it states it
// and as a number; 0 when it states none or one above ten.
func statedAreas(norm string) (string, int) {
	if m := statedAreaCountEN.FindStringSubmatch(strings.ToLower(norm)); m != nil {
		if n, ok := englishSmall[m[1]]; ok {
			return m[0], n
		}
		n, _ := strconv.Atoi(m[1])
		return m[0], n
	}
	m := areaCountStated(norm)
	if m == "" {
		return "", 0
	}
	r, _ := utf8.DecodeRuneInString(m)
	switch {
	case r == '十':
		return m, 10
	case r == '两':
		return m, 2
	case strings.ContainsRune(nameNumerals, r) || r >= '1' && r <= '9':
		if next, _ := utf8.DecodeRuneInString(m[utf8.RuneLen(r):]); strings.ContainsRune("0123456789十", next) {
			return "", 0 // 十二, 12: more than a part has
		}
		return m, numeralValue(r)
	}
	return "", 0
}

// elidedAreaCount is a count guessed after asking how many areas, its
// noun left out as Chinese leaves out what was just said: "去年回顾是哪几
// 个方面，七个吧" guesses seven 方面.
var elidedAreaCount = regexp.MustCompile(`几个?方面[^0-9一二三四五六七八九十两]*[，,\s]\s*([0-9一二三四五六七八九十两]+个)(?:吧|吗|嘛|对吧|是吧|对不对)?[?？!！。]*$`)

// areaCountStated is the count of areas a question states, "" when none:
// "第四个方面" is an ordinal, which area, not how many.
func areaCountStated(norm string) string {
	for _, loc := range statedAreaCount.FindAllStringIndex(norm, -1) {
		if !strings.HasSuffix(norm[:loc[0]], "第") {
			return norm[loc[0]:loc[1]]
		}
	}
	if m := elidedAreaCount.FindStringSubmatch(norm); m != nil {
		return m[1]
	}
	return ""
}

// groundAreaCount corrects a count of areas the headings listed do not
// bear out.
func (e *Engine) groundAreaCount(d *Draft) {
	ans := d.Answer
	if !ans.Found {
		return
	}
	stated, n := statedAreas(d.norm)
	if n == 0 {
		return
	}
	if asksUnquotedTopic(ans, d.asked) {
		return
	}
	var last *Part
	items := 0
	for i, p := range ans.Parts {
		if p.Type != PartItem || p.Number == 0 {
			continue
		}
		if !strings.HasPrefix(p.Text, "（") || len(p.Citations) == 0 {
			return // not the report's own headings
		}
		items++
		last = &ans.Parts[i]
	}
	if items < 2 || items == n {
		return
	}
	ans.Parts = append([]Part{areaCountCorrection(ans, stated, last)}, ans.Parts...)
}

// asksUnquotedTopic reports whether the question asks a word none of the
// answer's quotes (the part's opening, 以下八个方面工作) writes: "政府自身
// 建设有几个方面，三个吧" asks the areas of one topic (建设), which the
// plan's eight headings do not count, while 重点 and 工作 of
// "今年重点做好七个方面工作" are the opening's own words.
func asksUnquotedTopic(ans *Answer, asked []askedTerm) bool {
	for _, t := range asked {
		if t.part {
			continue
		}
		quoted := slices.ContainsFunc(ans.Parts, func(p Part) bool {
			return p.Type == PartQuote && len(p.Citations) > 0 && strings.Contains(Normalize(ans.Citations[p.Citations[0]].Quote), t.term)
		})
		if !quoted {
			return true
		}
	}
	return false
}

// areaCountCorrection cites where the report says how many areas it has,
// or the ordinal of its last heading (（八）).
func areaCountCorrection(ans *Answer, stated string, last *Part) Part {
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		c := ans.Citations[p.Citations[0]]
		if loc := writtenAreaCount.FindStringIndex(c.Quote); loc != nil {
			s := utf8.RuneCountInString(c.Quote[:loc[0]])
			return citedCorrection(c, p.Citations[0], s, s+utf8.RuneCountInString(c.Quote[loc[0]:loc[1]]), stated, "方面")
		}
	}
	c := ans.Citations[last.Citations[0]]
	end := utf8.RuneCountInString(c.Quote[:strings.Index(c.Quote, "）")+len("）")])
	return citedCorrection(c, last.Citations[0], 0, end, stated, "方面")
}

// areaCueScoped reports whether a's cue of areas (哪些方面, or a count of
// them: 哪四个方面) is about one topic ("生态文明那块说要协同推进哪四个
// 方面"): the topic's own sentence lists them, not the plan's eight areas.
func (ix *Index) areaCueScoped(a analysis) bool {
	cues := areaCues
	if stated := areaCountStated(a.norm); stated != "" {
		cues = append([]string{stated}, areaCues...)
	} else if !containsAny(a.norm, areaCues) {
		return false
	}
	// "the key areas of work in the 2025 plan": plan names the part whose
	// areas are asked (工作安排), no topic of its own.
	cues = append(cues, partWordsEN...)
	rest := blankAsked(a.norm, cues)
	// "the key tasks of the plan for opening up": an English phrase the
	// lexicon links to a report term (开放带动) is a topic, though no
	// concept holds it and 'plan' no longer scopes the question.
	return ix.topicScoped(a, cues, nil) || ix.namesAreaTitle(rest, a.rep) || ix.lex.holdsLinkPhrase(rest)
}

// partWordsEN name in English a part of the report whose areas are asked.
var partWordsEN = []string{"plan", "plans", "review", "report"}

// namesAreaTitle reports whether rest writes minSectionName characters in
// a row of one area's heading (生态文明 of 深化生态文明建设): the question
// is about that area, whatever the lexicon knows of its words.
func (ix *Index) namesAreaTitle(rest string, rep *Report) bool {
	if rep == nil {
		rep = ix.Latest()
	}
	q := []rune(rest)
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Kind != ParaSection {
			continue
		}
		c := []rune(Normalize(p.Section))
		if run, ok := longestShared(q, c, 0, len(q), 0, len(c)); ok && run.n >= minSectionName {
			return true
		}
	}
	return false
}
