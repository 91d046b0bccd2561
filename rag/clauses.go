package rag

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A question may ask two things in two clauses: "去年GDP增长多少，人均GDP
// 多少", "去年GDP增长多少？大连呢". Read as one, the part the report does
// not answer declines the whole, and the figure it does give is lost. Each
// clause asked on its own answers what the report gives and declines the
// rest plainly, in the words of its own not-found sentence.

// maxClauses is how many asking clauses a question is split into at most:
// people ask two or three things in one message; more commas are a list
// ("GDP多少，社零多少，固投多少，进出口多少"), which the list readers answer.
const maxClauses = 3

// askingClauses parts text at its commas and question marks into clauses
// that each ask (a question word, 呢 or 吗), the period the first names
// carried to those naming none, a bare "X呢" of a period or a place
// (isPlace) read as the first clause asked of X. nil unless there are two
// to maxClauses and every one asks: a clause that states ("盘锦固投增速全省
// 第一，那全省平均增长多少") is context for the one after it, and "出口呢"
// after 进出口 asks a part of its thing, not it again.
func askingClauses(text string, places clausePlaces) []string {
	raw := partedAtCommas(text)
	if len(raw) == 1 {
		raw = spacedFollowUp(text)
	}
	if len(raw) < 2 || len(raw) > maxClauses {
		return nil
	}
	lead, raw := leadStatement(raw, places)
	if len(raw) < 2 {
		return nil
	}
	first := strings.TrimRight(raw[0], "?？")
	out := []string{lead + raw[0]}
	for _, c := range raw[1:] {
		if !clauseAsks(c) || statedNumberAt(c) >= 0 {
			return nil
		}
		if asksLikeIt(c) {
			c = likeFirst(lead+first, c, places)
			if c == "" {
				return nil
			}
		}
		out = append(out, withContextPeriod(first, c))
	}
	if !clauseAsks(raw[0]) || statedNumberAt(raw[0]) >= 0 {
		return nil
	}
	return out
}

// partedAtCommas parts text at its commas and question marks, each clause
// keeping its question mark.
func partedAtCommas(text string) []string {
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
	return raw
}

// partedAtHanSpaces parts text at its spaces between two Chinese
// characters: typed in a chat, "营口去年旅游收入涨了多少 盘锦呢" writes a
// space where a comma parts the two asks.
func partedAtHanSpaces(text string) []string {
	var raw []string
	start := 0
	for i, r := range text {
		if r != ' ' && r != '\u3000' || !hanBetween(text[:i], text[i+utf8.RuneLen(r):]) {
			continue
		}
		if c := strings.TrimSpace(text[start:i]); c != "" {
			raw = append(raw, c)
		}
		start = i + utf8.RuneLen(r)
	}
	if c := strings.TrimSpace(text[start:]); c != "" {
		raw = append(raw, c)
	}
	return raw
}

// spacedFollowUp is text parted at its spaces between Chinese characters
// when its last part is a bare "X呢" (营口去年旅游收入涨了多少 盘锦呢), nil
// otherwise: two asks of their own parted by a space ("研发强度百分之几 总量
// 多少亿") are read whole, as one half answered would stand for both.
func spacedFollowUp(text string) []string {
	raw := partedAtHanSpaces(text)
	if len(raw) < 2 || !asksLikeIt(raw[len(raw)-1]) {
		return nil
	}
	return raw
}

// hanBetween reports whether before ends and after opens with a Chinese
// character: a mark between them parts two Chinese clauses.
func hanBetween(before, after string) bool {
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return isHan(b) && isHan(a)
}

// leadStatement takes off a first clause that states a figure and asks
// nothing, when the question then asks one thing and the same of a place
// ("去年固投增长20%以上，今年目标是多少？全省呢"): the statement is the
// context of both asks (its thing, and what the place is asked of), so it
// is returned with its comma to open the first, and the rest. Otherwise
// "" and raw: a statement before asks of several things, or none, stays
// the whole question's.
func leadStatement(raw []string, places clausePlaces) (string, []string) {
	if len(raw) != 3 || clauseAsks(raw[0]) || statedNumberAt(raw[0]) < 0 {
		return "", raw
	}
	if !asksLikeIt(raw[2]) || !places.is(followUpOf(raw[2])) {
		return "", raw
	}
	return raw[0] + "，", raw[1:]
}

// clauseAsks reports whether clause c asks (asksIn), its 好几 (好几年,
// 好几个月: many) read as no 几 asked: "我在盘锦打工好几年了" tells of the
// asker before the clause that asks.
func clauseAsks(c string) bool { return asksIn(strings.ReplaceAll(c, "好几", "")) }

// clauseMark keeps a clause's question mark: it asks.
func clauseMark(r rune) string {
	if r == '？' || r == '?' {
		return string(r)
	}
	return ""
}

// clausePlaces reads places in a question's clauses: is reports whether
// a bare "X呢" names one; named is the name a clause asks of ("营口" of
// "营口今年GDP目标多少"), "" when it names none.
type clausePlaces struct {
	is    func(string) bool
	named func(string) string
}

// noClausePlaces reads no place anywhere.
var noClausePlaces = clausePlaces{is: func(string) bool { return false }, named: func(string) string { return "" }}

// likeFirst reads a bare "X呢" after first as first asked of X: a period
// ("今年呢") in place of first's, a place ("大连呢") in place of the one
// first asks of or before it, another thing in first's measure. "" when X
// is a part of first's thing ("出口呢" after 进出口), whose figure would
// come back as its own.
func likeFirst(first, c string, places clausePlaces) string {
	x := followUpOf(c)
	switch {
	case x == "":
		return ""
	case contextPeriod.FindString(x) == x:
		if p := contextPeriod.FindString(first); p != "" {
			return strings.Replace(first, p, x, 1)
		}
		return x + first
	case places.is(x):
		if n := places.named(first); n != "" {
			// "营口今年GDP目标多少，盘锦呢": asked of 盘锦 instead, not of
			// both, which reads as the worse (营口) and declines it again.
			return strings.Replace(first, n, x, 1)
		}
		return x + first
	case strings.Contains(first, x):
		return "" // "出口呢" after 进出口: a part of the thing, which the first's figure is not
	}
	// Another thing: asked in the first's measure ("去年社零增长多少，进出口呢"
	// asks 去年进出口增长多少).
	at := FirstIndexOfAny(first, clauseMeasures)
	if at <= 0 {
		return ""
	}
	return contextPeriod.FindString(first) + x + first[at:]
}

// followUpOf is the X of a bare "X呢" (那X呢, 而X呢).
func followUpOf(c string) string {
	x := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(c, "?？。.! ！"), "呢"))
	for _, w := range []string{"那么", "那", "而"} {
		x = strings.TrimPrefix(x, w)
	}
	return x
}

// clauseMeasures open what a clause asks of its thing: "增长多少" of
// "去年社零增长多少".
var clauseMeasures = []string{"增长", "下降", "提高", "目标", "是多少", "有多少", "多少", "几"}

// elaborationWords ask more of the thing a clause before names, never a
// thing of their own: "去年农村公路修了多少公里，投资多少", "盘锦港吞吐量多少，
// 排全省第几", "华锦阿美进度多少，什么时候投产".
var elaborationWords = []string{"投资", "支出", "花了", "花费", "资金", "排名", "排第几", "排", "第几", "名次", "全省", "全国", "比全省", "平均", "人均", "占比", "比重",
	"时间", "什么时候", "啥时候", "何时", "几月", "进度", "投产", "建成", "开工", "完工", "竣工", "通车", "在哪", "哪里", "规模", "面积", "多少钱", "费用", "标准"}

// elaborates reports whether clause c, after the first, asks more of the
// first's thing: it opens with 比/其中/占, or its words beside its period
// and question words are elaborationWords only.
func elaborates(c string) bool {
	rest := strings.TrimLeft(c, "那而且还又 ")
	_, rest = leadPeriod(rest) // the period carried from the first clause
	for _, w := range []string{"比", "其中", "占"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	rest = blankWords(blankWords(blankWords(blankWords(Normalize(rest), elaborationWords), periodWords), fillerWords), questionWords)
	return strings.Trim(rest, " ，,？?。！!呢吗啊呀了的是有要能在") == "" // 在全省排第几
}

// askClauses answers each of text's asking clauses from rep and joins
// the answers: false when text is not so parted (in Chinese), a clause
// names no thing of its own, or no clause is answered with a figure (the
// whole decline stands).
func (e *Engine) askClauses(ctx context.Context, q Query, text string, rep *Report) (*Answer, bool, error) {
	clauses := e.clausesOf(text, rep)
	if clauses == nil || questionLang(Normalize(text)) == "en" {
		// "沈阳今年社零目标多少 盘锦的呢", "Dalian's target? And Panjin's?"
		clauses = e.ix.placePairClauses(text, rep)
	}
	if clauses == nil {
		return nil, false, nil
	}
	cityFacts := make([]bool, len(clauses))
	for i, c := range clauses {
		ca := e.ix.analyze(Normalize(c), rep)
		cityFacts[i] = ca.cityFact != nil
		if !ca.hasTopic() {
			// "机场选址在哪，啥时候开工", "低保标准多少，去年涨了多少": the
			// clause asks more of the thing before it, and alone asks of
			// nothing.
			return nil, false, nil
		}
	}
	var subs []*Answer
	figured := false
	for i, c := range clauses {
		a, err := e.askIn(ctx, q, c, rep, askOptions{})
		if err != nil {
			return nil, false, err
		}
		if i > 0 && a.Found && elaborates(c) {
			// "农村公路修了多少公里，投资多少", "吞吐量多少，排全省第几": alone
			// the clause is answered of another thing (固投, GDP's rank);
			// declined alone, it is declined of the thing asked as well.
			return nil, false, nil
		}
		subs = append(subs, a)
		figured = figured || a.Found && len(a.Figures) > 0
	}
	if placeCarried(subs) {
		// "大连今年固投目标多少，社零目标多少": the later clause asks of
		// 大连 too; answered of the report's own city, it answers nothing asked.
		return nil, false, nil
	}
	if asksSplitOfWork(clauses, subs) {
		// "城市公园新建了几处，改造了几处": the whole question was declined
		// for asking the split; no clause's total answers it.
		return nil, false, nil
	}
	if !figured && !placesOnlyDeclined(subs) && !foundApart(subs, clauses) && !cityFactsBeside(subs, clauses, cityFacts) {
		// Only a figure stated of its own thing answers a clause for
		// sure; a sentence found for "有生育补贴吗" beside a declined "每孩
		// 发多少钱" would stand as the answer to the detail asked.
		return nil, false, nil
	}
	return joinClauses(text, subs, e.multi()), true, nil
}

// placeCarried reports whether the first clause was declined for the
// place it names and a later one names no place of its own: the place
// carries to it, as the period does, so its answer of the report's own
// place is no answer.
func placeCarried(subs []*Answer) bool {
	u := subs[0].Understood
	if subs[0].Found || u == nil || u.Grounding != GroundOtherPlace {
		return false
	}
	for _, s := range subs[1:] {
		if s.Found && (s.Understood == nil || s.Understood.Place == nil) {
			return true
		}
	}
	return false
}

// minApartClause is the fewest Han characters of a clause that asks a
// thing of its own: a shorter one (建好了吗, 有在規劃嗎) asks more of the
// thing the clause before it names and, alone, is answered of another.
const minApartClause = 6

// foundApart reports whether every clause is found and long enough to
// ask a thing of its own ("社区食堂有了吗，物业投诉情况咋样"): each answers
// its own ask, with a figure headlined or not.
func foundApart(subs []*Answer, clauses []string) bool {
	for i, s := range subs {
		if !s.Found || HanCount(clauses[i]) < minApartClause {
			return false
		}
	}
	return len(subs) > 1
}

// cityFactsBeside reports whether every clause declined asks a fact of
// the city itself (readCityFact) and every other is found and long enough
// to ask a thing of its own ("盘锦有多少人口？今年公交方面有什么打算"): a
// city fact is no detail of another clause's thing, so its decline leaves
// the found clause answering its own ask, with a figure headlined or not.
// A short clause after it ("盘锦有机场吗，建好了吗") asks more of the
// fact, and alone is answered of another thing.
func cityFactsBeside(subs []*Answer, clauses []string, cityFacts []bool) bool {
	found, declined := false, false
	for i, s := range subs {
		switch {
		case cityFacts[i] && !s.Found:
			declined = true
		case s.Found && HanCount(clauses[i]) >= minApartClause && !elaborates(clauses[i]):
			found = true
		default:
			return false
		}
	}
	return found && declined
}

// placesOnlyDeclined reports whether a clause is found and every clause
// declined is declined for the place it asks of ("盘锦今年打造多少个便民
// 生活圈 营口呢"): the clauses ask one thing of two places, so the found
// one answers the very thing asked, with a figure headlined or not.
func placesOnlyDeclined(subs []*Answer) bool {
	found, declined := false, false
	for _, s := range subs {
		if s.Found {
			found = true
			continue
		}
		if s.Understood == nil || s.Understood.Grounding != GroundOtherPlace {
			return false
		}
		declined = true
	}
	// With none declined no place was asked twice: the clauses ask
	// different things ("援疆项目是啥，建好了吗"), and only a figure
	// answers a split one for sure.
	return found && declined
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
					out.Parts = append(out.Parts, TextPart(p.Role, namedDecline(s.Question, withoutLeadIn(p.Text))))
				}
			}
			continue
		}
		offset := len(out.Citations)
		out.Citations = append(out.Citations, s.Citations...)
		out.Parts = append(out.Parts, shiftCitations(s.Parts, offset)...)
		out.Figures = append(out.Figures, s.Figures...)
		if out.Understood == nil && s.Understood != nil {
			head := *s.Understood
			out.Report, out.Understood = s.Report, &head
		}
	}
	if out.Understood != nil {
		// Each clause's own reading, in order: one slot set holds one ask.
		for _, s := range subs {
			out.Understood.Clauses = append(out.Understood.Clauses, s.Understood)
		}
	}
	out.Found = true
	out.Answer = RenderText(out, multi)
	return out
}

// withoutLeadIn is a not-found sentence without the words that lead to the
// related text after it ("报告没有给出这项数字。相关内容："): joined, that text
// is left out.
func withoutLeadIn(text string) string {
	if !strings.HasSuffix(text, "：") && !strings.HasSuffix(text, ":") {
		return text
	}
	cut := strings.TrimRight(text, "：:")
	i := strings.LastIndexAny(cut, "。.")
	if i < 0 {
		return text
	}
	_, size := utf8.DecodeRuneInString(cut[i:])
	return cut[:i+size]
}

// answerEachClause is ans, the answer to text read whole, unless it
// quotes nothing of what one of text's asking clauses asks ("去年停车位多了
// 多少？断头路打通几条" answered with the 断头路 alone): then the clauses
// answered one by one, when each is answered (a clause declined alone
// leaves the whole answer standing).
func (e *Engine) answerEachClause(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, error) {
	if !strings.ContainsAny(text, "，,；;？?") {
		return ans, nil
	}
	clauses, quoted := e.askedClauses(text, rep), quotedText(ans.Citations)
	if !missesAClause(clauses, quoted) {
		return ans, nil
	}
	joined, ok, err := e.askClauses(ctx, q, text, rep)
	if err != nil {
		return nil, err
	}
	if ok && !joinedDeclines(joined) {
		return joined, nil
	}
	if _, err := e.declinedWithCoveredClause(ctx, q, clauses, quoted, rep, ans); err != nil {
		return nil, err
	}
	return ans, nil
}

// askedClause is one asking clause of a message and the terms of
// substance it asks after.
type askedClause struct {
	text  string
	asked []askedTerm
}

// askedClauses are text's asking clauses, each analyzed once for what it
// asks: both the check for a clause the answer misses and the one for the
// only clause it covers read them.
func (e *Engine) askedClauses(text string, rep *Report) []askedClause {
	var out []askedClause
	for _, c := range askingClauses(text, noClausePlaces) {
		out = append(out, askedClause{c, substantive(e.ix.askedTerms(e.ix.analyze(Normalize(c), rep)))})
	}
	return out
}

// quotedText is the answer's quotes normalized, each followed by a space:
// the text a clause's asked terms are looked for in.
func quotedText(cs []Citation) string {
	var quoted strings.Builder
	for _, c := range cs {
		quoted.WriteString(Normalize(c.Quote))
		quoted.WriteByte(' ')
	}
	return quoted.String()
}

// missesAClause reports whether the quotes (quoted) hold none of what one
// of the asking clauses asks about.
func missesAClause(clauses []askedClause, quoted string) bool {
	for _, c := range clauses {
		if len(c.asked) > 0 && coveredShare(c.asked, quoted) == 0 {
			return true
		}
	}
	return false
}

// joinedDeclines reports whether a joined answer declines one of its
// clauses.
func joinedDeclines(a *Answer) bool {
	for _, p := range a.Parts {
		if p.Type == PartText && p.Role == RoleNotFound {
			return true
		}
	}
	return false
}

// answerDistinctAsks answers a message of two or three asks, each clause
// naming a thing of its own ("去年社零增长多少，固投增长多少", "负债降了多少，
// 今年营收目标是多少"), clause by clause, though the whole read as one is
// found: one question has one indicator slot, so the whole headlines one
// clause's figure at most, or a figure of another clause's period as its
// own. Each clause answered alone keeps its figure and period, and one the
// report does not answer says so. Not when the whole already headlines a
// figure for each clause, a clause only repeats another's thing (a pair of
// periods, answered whole), or a later clause asks more of the first's
// thing (elaborates). false leaves the whole answer.
func (e *Engine) answerDistinctAsks(ctx context.Context, q Query, text string, rep *Report, whole *Answer) (*Answer, bool, error) {
	if questionLang(Normalize(text)) == "en" {
		return nil, false, nil
	}
	clauses := e.clausesOf(text, rep)
	if clauses == nil {
		clauses = listAsks(text)
	}
	if clauses == nil || len(whole.Figures) >= len(clauses) || !e.distinctThings(clauses, rep) {
		return nil, false, nil
	}
	var subs []*Answer
	found := false
	for i, c := range clauses {
		_, unperiod := leadPeriod(c)
		if i > 0 && (elaborates(c) || sizeClassAsked.MatchString(unperiod)) {
			// "亿元以上多少" asks the part of the first's count in a size
			// class, no thing of its own.
			return nil, false, nil
		}
		a, err := e.askIn(ctx, q, c, rep, askOptions{})
		if err != nil {
			return nil, false, err
		}
		subs = append(subs, a)
		found = found || a.Found
	}
	if !found || !keepsFigures(whole, subs) || !whole.Found && !figured(subs) || asksSplitOfWork(clauses, subs) || placeCarried(subs) {
		// Declined whole, only a figure of its own thing answers a part
		// for sure (as in askClauses).
		return nil, false, nil
	}
	return joinClauses(text, subs, e.multi()), true, nil
}

// keepsFigures reports whether the clauses' answers headline every figure
// the whole answer does: a clause read alone may lose the figure the whole
// found for it, and the whole then answers better. A clause declined for
// giving only another period's figure drops the whole's figures rightly:
// read as one, that figure stood as the period asked.
func keepsFigures(whole *Answer, subs []*Answer) bool {
	got := map[string]bool{}
	for _, s := range subs {
		if !s.Found && s.Understood != nil && s.Understood.Grounding == GroundOtherPeriod {
			return true
		}
		for _, f := range s.Figures {
			got[f.Indicator+"\x00"+f.Value] = true
		}
	}
	for _, f := range whole.Figures {
		if !got[f.Indicator+"\x00"+f.Value] {
			return false
		}
	}
	return true
}

// distinctThings reports whether each clause asks a figure of a thing
// and a term no other clause asks: "GDP去年多少，GDP今年多少" asks one
// thing twice, "今年目标呢" names none, and a clause of doings alone
// ("去年新签约多少" after 央地合作项目) asks them of the first's thing. A
// clause asking no figure ("有什么新机制") is not one of a list of figures.
func (e *Engine) distinctThings(clauses []string, rep *Report) bool {
	var terms []map[string]bool
	for _, c := range clauses {
		a := e.ix.analyze(Normalize(c), rep)
		if !a.hasTopic() || !a.figure {
			return false
		}
		set := map[string]bool{}
		for _, t := range substantive(e.ix.askedTerms(a)) {
			if !containsAny(t.term, flowWords) {
				set[t.term] = true
			}
		}
		terms = append(terms, set)
	}
	for i, set := range terms {
		own := false
		for t := range set {
			shared := false
			for j, other := range terms {
				shared = shared || j != i && other[t]
			}
			own = own || !shared
		}
		if !own {
			return false
		}
	}
	return true
}

// clausesOf is text's asking clauses (askingClauses), a bare "X呢" read
// as a place when the index reads X as one.
func (e *Engine) clausesOf(text string, rep *Report) []string {
	return askingClauses(text, clausePlaces{
		is:    func(x string) bool { return e.ix.analyze(Normalize(x), rep).place != nil },
		named: func(c string) string { return e.ix.askedPlaceName(c, rep) },
	})
}

// askedPlaceName is the name in clause c of the place it asks of (营口 of
// "营口今年GDP目标多少"), as c writes it; "" when it names none the
// register lists or its name is written otherwise than normalized.
func (ix *Index) askedPlaceName(c string, rep *Report) string {
	if ix.gaz == nil {
		return ""
	}
	norm := Normalize(c)
	found := ix.gaz.Find(norm)
	for _, m := range found {
		if ix.askedPlaceSlot(norm, found, m, rep) == nil {
			continue
		}
		if n := norm[m.Start:m.End]; strings.Contains(c, n) {
			return n
		}
	}
	return ""
}

// leadPeriod parts c into the period word it opens with (carried from the
// first clause, or before a list) and the rest; "" and c when it opens
// with none.
func leadPeriod(c string) (period, rest string) {
	if loc := contextPeriod.FindStringIndex(c); loc != nil && loc[0] == 0 {
		return c[:loc[1]], c[loc[1]:]
	}
	return "", c
}

// figured reports whether one of the answers is found with a figure.
func figured(subs []*Answer) bool {
	for _, s := range subs {
		if s.Found && len(s.Figures) > 0 {
			return true
		}
	}
	return false
}

// listTailStarts open the ask a list of things shares: "医保报销比例、托育
// 学位、普惠率都是多少", "社零、固投去年增长多少".
var listTailStarts = []string{"都", "分别", "各", "去年", "今年", "明年", "增长", "下降", "提高", "目标", "达到", "是多少", "有多少", "多少", "几"}

// pickedAmong marks a thing picked among those listed (…里/当中/之中/其中),
// 公里 and 里程 being no such mark.
var pickedAmong = regexp.MustCompile(`(?:^|[^公])里(?:[^程]|$)|当中|之中|其中`)

// listAsks parts a one-clause question that lists two or three things
// with 、 (the last maybe joined by 和/及/与) before one shared ask into the
// question asked of each: the period before the list and the ask after it
// kept for each, its 都/分别/各 (which ask of several) left out. nil unless
// so written, or when the shared ask is of the things together (jointAsks).
func listAsks(text string) []string {
	body := strings.TrimRight(text, "？?。 ")
	if !strings.Contains(body, "、") || strings.ContainsAny(body, "，,；;？?") || !asksIn(body) || statedNumberAt(body) >= 0 {
		// A list that states figures ("社零增长4%、旅游收入增长64%对吗")
		// claims them; the premise readers check them together.
		return nil
	}
	items := strings.Split(body, "、")
	if len(items) > maxClauses {
		return nil
	}
	last := items[len(items)-1]
	for _, m := range []string{"和", "及", "与"} {
		if i := strings.Index(last, m); i > 0 && len(items) < maxClauses {
			items = append(items[:len(items)-1], last[:i], last[i+len(m):])
			last = items[len(items)-1]
			break
		}
	}
	end := -1
	for _, w := range listTailStarts {
		if i := strings.Index(last, w); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return nil
	}
	items[len(items)-1], last = last[:end], last[end:]
	if containsAny(last, jointAsks) {
		return nil // the ask, not a thing's name (报销比例), asks of them together
	}
	tail := last
	for _, w := range []string{"都", "分别", "各"} {
		tail = strings.Replace(tail, w, "", 1)
	}
	period, first := leadPeriod(items[0])
	items[0] = first
	var out []string
	for i, it := range items {
		if n := utf8.RuneCountInString(it); n < 2 || n > 10 {
			return nil
		}
		for j, other := range items {
			if i != j && strings.Contains(it, other) || pickedAmong.MatchString(it) {
				// "旅客接待量、旅游收入里旅游收入增长多少" picks one of
				// the things listed, and asks of it alone.
				return nil
			}
		}
		out = append(out, period+it+tail)
	}
	return out
}

// namedDecline is a declined clause's sentence, the clause named before
// it when the sentence says only "这项": beside other answers it would
// not say which ask the report leaves unanswered.
func namedDecline(clause, text string) string {
	if !strings.Contains(text, "这项") {
		return text
	}
	return "（" + strings.TrimRight(clause, "？?。 ") + "）" + text
}

// asksSplitOfWork: a clause is answered by a total of two kinds of work
// on one thing (新建和改造城市公园20处, 新增及替代北斗应用终端3万个) while the
// clauses name the two kinds apart (新建几处，改造几处): they ask the split,
// which the total does not give.
func asksSplitOfWork(clauses []string, subs []*Answer) bool {
	for i, a := range subs {
		head, ok := headlinePart(a)
		if !a.Found || !ok || i >= len(clauses) {
			continue
		}
		told := head.Text
		if head.Type == PartFigure {
			told = head.Figure.Indicator + head.Figure.Value
		}
		for _, pair := range workPairsIn(Normalize(told)) {
			if namesApart(clauses, i, pair[0], pair[1]) || namesApart(clauses, i, pair[1], pair[0]) {
				return true
			}
		}
	}
	return false
}

// workPairsIn are the two kinds of work text sets side by side, joined
// or not (新建和改造, 维修新建).
func workPairsIn(text string) [][2]string {
	var out [][2]string
	for _, p := range workVerbPairs {
		for _, j := range append([]string{""}, nameJoiners...) {
			if strings.Contains(text, p[0]+j+p[1]) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// namesApart: clause i names kind a, and another clause names kind b.
func namesApart(clauses []string, i int, a, b string) bool {
	if !strings.Contains(Normalize(clauses[i]), a) {
		return false
	}
	for k, c := range clauses {
		if k != i && strings.Contains(Normalize(c), b) {
			return true
		}
	}
	return false
}
