package rag

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// A claim may put the wrong place in what the report says ("大洼区要通过
// 国家生态文明建设示范区验收吧" where ¶57 says 推动兴隆台区通过…验收;
// "盘锦和大连合作物联网吧" where ¶49 says 盘锦、无锡两市物联网…合作).
// Asked as a question about that place, it would be refused: the report
// gives nothing of 大洼区 or 大连 there. As a claim it is corrected with
// the place the report names in that place's slot.

// placeRun is a run of places in a text, rune offsets: one place, or
// several listed (瑞士、荷兰、美国) or nested (锦州义县).
type placeRun struct {
	start, end int
	class      string
}

// placeJoiners may stand between the places of one run.
const placeJoiners = "、和及与"

// placeRuns are the runs of places in rs[s:e] the register or the
// reports' metadata know, in order.
func (ix *Index) placeRuns(rs []rune, s, e int) []placeRun {
	text := string(rs[s:e])
	var found []placeRun
	if ix.gaz != nil {
		for _, m := range ix.gaz.Find(text) {
			if m.As == "国家" || m.Place.Code == "CN" || ix.isHome(m.Place) {
				continue // 国家级: "national"; the city itself is no place a claim mistakes
			}
			a := s + utf8.RuneCountInString(text[:m.Start])
			found = append(found, placeRun{a, a + utf8.RuneCountInString(m.As), placeClass(m.Place.Kind)})
		}
	}
	for _, p := range ix.inner {
		for _, n := range p.names {
			if i := strings.Index(text, n); i >= 0 && startsHan(n) {
				a := s + utf8.RuneCountInString(text[:i])
				found = append(found, placeRun{a, a + runeLen(n), placeClass(places.KindZone)})
			}
		}
	}
	// The register finds no county's short name (和平, 新华 are words);
	// inside the report's own city they name its divisions: 完成盘山、
	// 大洼农村供水保障工程.
	for _, n := range ix.shortLocal {
		found = appendNamed(found, text, s, n)
	}
	for _, n := range ix.everyday {
		found = appendNamed(found, text, s, n) // 和布克赛尔县
	}
	slices.SortFunc(found, func(a, b placeRun) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	var out []placeRun
	for _, f := range found {
		switch n := len(out); {
		case seatOfName(rs, f):
			continue // 中青旅遨游（辽宁）: the company's seat, part of its name
		case n > 0 && f.start < out[n-1].end:
			continue // inside the one before (高新区 in 盘锦高新区)
		case n > 0 && joined(rs[out[n-1].end:f.start]):
			out[n-1].end = f.end
		default:
			out = append(out, f)
		}
	}
	return out
}

// inOrganisation: place run r of q ends inside a word the dictionary
// reads as an organisation's name (浙江 of 浙江大学).
func (ix *Index) inOrganisation(q []rune, r placeRun) bool {
	if ix.dict == nil {
		return false
	}
	at := 0
	for _, w := range ix.dict.Segment(string(q), nil) {
		s, e := at, at+runeLen(w)
		at = e
		if s <= r.start && e > r.end {
			return ix.posOf(w) == "nt"
		}
		if s >= r.end {
			break
		}
	}
	return false
}

// seatOfName: place f is bracketed right after a name (中青旅遨游（辽宁）
// 文体旅产业发展中心). Chinese writes a company's seat so, inside its
// name; the sentence puts nothing in that place, and no claim's place
// (宁德 of 宁德时代) is mistaken for it.
func seatOfName(rs []rune, f placeRun) bool {
	return f.start >= 2 && f.end < len(rs) && strings.ContainsRune("（(", rs[f.start-1]) &&
		strings.ContainsRune("）)", rs[f.end]) && isHan(rs[f.start-2])
}

// joined: the runes between two places join them in one run.
func joined(between []rune) bool {
	return len(between) == 0 || len(between) == 1 && strings.ContainsRune(placeJoiners, between[0])
}

// placeClass puts kinds of place one claim may mistake for another
// together: countries; provinces and cities; the divisions and zones of
// a city.
func placeClass(kind string) string {
	switch kind {
	case places.KindCountry:
		return "country"
	case places.KindProvince, places.KindCity, places.KindRegion:
		return "city"
	}
	return "local"
}

// isHome: p is one of the reports' own places (盘锦市).
func (ix *Index) isHome(p places.Place) bool {
	for _, h := range ix.homes {
		if h.Code == p.Code {
			return true
		}
	}
	return false
}

// placeSwap finds where sentence c, saying the same as claim q, names
// another place than q's place run qp, of the same class: the place
// nearest the predicate in the predicate's clause on qp's side of it, or
// else on the other side (锦州义县对口帮扶 for 对口帮扶朝阳市); before the
// predicate, a clause that names no place takes its subject from the
// clause before (推动兴隆台区通过…验收，创建全省首个全域…). A place the
// register does not know (欧洲) stands as a name in the slot that ends
// like a place.
func (ix *Index) placeSwap(q []rune, qp placeRun, c []rune, shared []shared) (swapFound, bool) {
	runs := outside(shared, qp.start, qp.end)
	if f, ok := ix.nearestSwap(q, qp, c, runs); ok {
		return f, true
	}
	return ix.abuttingSwap(q, qp, c, runs)
}

// nearestSwap is placeSwap for a place before the predicate or after it.
func (ix *Index) nearestSwap(q []rune, qp placeRun, c []rune, runs []shared) (swapFound, bool) {
	first := slices.IndexFunc(runs, isPredicate)
	if first < 0 {
		return swapFound{}, false
	}
	last := first
	for i := range runs[first:] {
		if isPredicate(runs[first+i]) {
			last = first + i
		}
	}
	lead := qp.end <= runs[first].q
	if !lead && qp.start < runs[last].q+runs[last].n {
		return swapFound{}, false // inside what is said
	}
	before := ix.placesBefore(c, runs[first].c)
	after := ix.placesAfter(c, runs[last].c+runs[last].n)
	pred, cands := runs[last], append(slices.Clone(after), reversed(before)...)
	if lead {
		pred, cands = runs[first], append(reversed(before), after...)
	}
	f := swapFound{stated: string(q[qp.start:qp.end]), pred: string(q[pred.q : pred.q+pred.n]), stage: -1}
	if len(cands) > 0 && cands[0].class == qp.class {
		f.start, f.end = cands[0].start, cands[0].end
		return f, true
	}
	return ix.unlistedPlace(q, qp, c, runs, f)
}

// abuttingSwap finds, for a place amid what the claim says, what c has
// in its stead: between two runs the claim's place fills the gap of, the
// short name or place c has there (援疆项目和田现代… / 援疆项目赛尔山现代…;
// 做好新疆喀什对口援助 / 做好新疆和布克赛尔县对口援助); else a place of
// its class that abuts, in c, the run the claim's place abuts on the same
// side (我市联合沈阳申报 / 我市联合大连申报; 做好阜新对口帮扶 / 做好…
// 锦州义县对口帮扶). Words abutting leave no doubt which place the report
// puts in the claim's.
func (ix *Index) abuttingSwap(q []rune, qp placeRun, c []rune, runs []shared) (swapFound, bool) {
	f := swapFound{stated: string(q[qp.start:qp.end]), stage: -1}
	found := func(at placeRun, r shared) (swapFound, bool) {
		f.start, f.end, f.pred = at.start, at.end, string(q[r.q:r.q+r.n])
		return f, true
	}
	for i, r := range runs[:max(len(runs)-1, 0)] {
		if next := runs[i+1]; r.q+r.n == qp.start && next.q == qp.end && isPredicate(r) && isPredicate(next) {
			if at := ix.placeBetween(f.stated, qp.class, c, r.c+r.n, next.c); at.end > 0 {
				return found(at, next)
			}
		}
	}
	// The words after a place are most often what it is the place of
	// (做好阜新对口帮扶): they are tried first.
	for _, after := range []bool{true, false} {
		for _, r := range runs {
			var at placeRun
			switch {
			case !isPredicate(r):
				continue
			case after && r.q == qp.end:
				at = ix.placeEndingAt(c, r.c)
			case !after && r.q+r.n == qp.start:
				at = ix.placeStartingAt(c, r.c+r.n)
			}
			if at.end > at.start && at.class == qp.class && distinctPlaces(f.stated, string(c[at.start:at.end])) {
				return found(at, r)
			}
		}
	}
	return ix.framedSwap(q, qp, c, f)
}

// framedSwap finds, when no run shared in order abuts the claim's place
// (the claim reorders the sentence: "绿色石化集群是盘锦联合营口申报的…"),
// a place of its class that c frames with the same two characters on
// either side as the claim does (我市联合大连申报): both sides written
// alike leave no doubt which place the report puts in the claim's.
func (ix *Index) framedSwap(q []rune, qp placeRun, c []rune, f swapFound) (swapFound, bool) {
	if qp.start < 2 || qp.end+2 > len(q) || !AllHan(q[qp.start-2:qp.start]) || !AllHan(q[qp.end:qp.end+2]) {
		return swapFound{}, false
	}
	left, right := string(q[qp.start-2:qp.start]), string(q[qp.end:qp.end+2])
	for i := 0; i+2 <= len(c); i++ {
		if string(c[i:i+2]) != left {
			continue
		}
		at := ix.placeStartingAt(c, i+2)
		if at.end > at.start && at.class == qp.class && at.end+2 <= len(c) && string(c[at.end:at.end+2]) == right &&
			distinctPlaces(f.stated, string(c[at.start:at.end])) {
			f.start, f.end, f.pred = at.start, at.end, right
			return f, true
		}
	}
	return swapFound{}, false
}

// distinctPlaces: neither name holds the other (新疆 of 新疆喀什 is no
// other place).
func distinctPlaces(stated, said string) bool {
	return !strings.Contains(stated, said) && !strings.Contains(said, stated)
}

// placeEndingAt is the place run of c's clause that ends at offset i,
// zero when none does.
func (ix *Index) placeEndingAt(c []rune, i int) placeRun {
	rs := ix.placeRuns(c, clauseStartAt(c, i), i)
	if n := len(rs); n > 0 && rs[n-1].end == i {
		return rs[n-1]
	}
	return placeRun{}
}

// placeStartingAt is the place run of c's clause that starts at offset
// i, zero when none does.
func (ix *Index) placeStartingAt(c []rune, i int) placeRun {
	rs := ix.placeRuns(c, i, clauseEndAt(c, i))
	if len(rs) > 0 && rs[0].start == i {
		return rs[0]
	}
	return placeRun{}
}

// maxPlaceBetween is the longest name between two runs taken for the
// place of a claim that fills the gap between them.
const maxPlaceBetween = 10

// placeBetween is c[s:e] when it is one short name, not the claimed one,
// that starts with a place of class or is a name the register does not
// list (赛尔山 where the claim has 和田); zero otherwise.
func (ix *Index) placeBetween(stated, class string, c []rune, s, e int) placeRun {
	if e-s < 2 || e-s > maxPlaceBetween || slices.ContainsFunc(c[s:e], func(r rune) bool { return clauseEndSet.has(r) || r == '、' }) ||
		!distinctPlaces(stated, string(c[s:e])) || !ix.distinctNames(stated, string(c[s:e]), c) {
		return placeRun{}
	}
	if rs := ix.placeRuns(c, s, e); len(rs) > 0 && rs[0].start == s && rs[0].class == class {
		return placeRun{start: s, end: e, class: class}
	}
	if ns, ne, ok := ix.nameIn(c, s, e); ok && ns == s && ne == e {
		return placeRun{start: s, end: e, class: class}
	}
	return placeRun{}
}

// placesBefore are the place runs of c's clause before offset i, or,
// when it names none there, of the clause before it too.
func (ix *Index) placesBefore(c []rune, i int) []placeRun {
	start := clauseStartAt(c, i)
	if rs := ix.placeRuns(c, start, i); len(rs) > 0 || start == 0 {
		return rs
	}
	return ix.placeRuns(c, clauseStartAt(c, start-1), i)
}

// placesAfter are the place runs of c's clause from offset i on, none
// when a list mark stands at i: in 做好…对口援助、锦州义县对口帮扶 the
// place after 对口援助 belongs to the next item.
func (ix *Index) placesAfter(c []rune, i int) []placeRun {
	if i < len(c) && c[i] == '、' {
		return nil
	}
	return ix.placeRuns(c, i, clauseEndAt(c, i))
}

// clauseStartAt is where the clause of rs holding offset i starts.
func clauseStartAt(rs []rune, i int) int {
	for i > 0 && !clauseEndSet.has(rs[i-1]) {
		i--
	}
	return i
}

// clauseEndAt is where the clause of rs holding offset i ends.
func clauseEndAt(rs []rune, i int) int {
	for i < len(rs) && !clauseEndSet.has(rs[i]) {
		i++
	}
	return i
}

// reversed is rs last first: the place nearest a predicate after it.
func reversed(rs []placeRun) []placeRun {
	out := slices.Clone(rs)
	slices.Reverse(out)
	return out
}

// placeEnds end the name of a place the register does not list: 欧洲.
const placeEnds = "洲国省市县区"

// unlistedPlace is f with the name in the clause's slot where the claim
// has its place qp, when that name ends like a place (首航欧洲).
func (ix *Index) unlistedPlace(q []rune, qp placeRun, c []rune, runs []shared, f swapFound) (swapFound, bool) {
	for _, p := range slots(q, c, runs) {
		if qp.start < p.q0 || qp.end > p.q1 {
			continue
		}
		cs, ce, ok := ix.nameIn(c, p.c0, p.c1)
		if ok && strings.ContainsRune(placeEnds, c[ce-1]) && ix.distinctNames(f.stated, string(c[cs:ce]), c) {
			f.start, f.end = cs, ce
			return f, true
		}
	}
	return swapFound{}, false
}

// placeClaimDepth is how many retrieved paragraphs a claim's place is
// looked for in.
const placeClaimDepth = 5

// placeCorrection answers a claim that puts a place (a.place: inside the
// city, or elsewhere) where a sentence of the paragraphs retrieved, saying
// the same, names another: the correction, then that sentence. False when
// none does, or when the sentence most like the claim names its place
// (then the claim may hold, and is answered as a question about it).
func (e *Engine) placeCorrection(ans *Answer, a analysis, hits []Hit, text string) bool {
	premise, ok := e.ix.placePremise(text)
	if s := a.place; s == nil || s.short || s.Relation == PlaceOwn || s.Relation == PlaceWider || !ok {
		return false
	}
	if a.place.Relation == PlaceInside && asksReachedYet(a.norm) {
		// "双台子区通过…验收了吗" asks of 双台子区, claiming nothing. A
		// place elsewhere (和沈阳联合申报的吗) is still the doer's swap.
		return false
	}
	short := e.placeShort(a.place)
	if comparedPlace(a.norm, a.place, short) {
		return false // "比营口快吗" sets 营口 beside the city: no claim of where
	}
	q := claimCore(a.norm)
	if premise != text {
		q = claimCore(Normalize(premise))
	}
	claimed := slices.DeleteFunc(e.ix.placeRuns(q, 0, len(q)), func(r placeRun) bool {
		// alone or in a run of places; 浙江 of 浙江大学 is an organisation's
		return !placeHeld(a.place, short, Normalize(string(q[r.start:r.end]))) || e.ix.inOrganisation(q, r)
	})
	if len(claimed) == 0 {
		return false
	}
	for _, c := range e.claimSentences(q, hits) {
		rs := []rune(c.para.Text)[c.span.Start:c.span.End]
		for _, qp := range claimed {
			if e.ix.runNamed(rs, q[qp.start:qp.end]) {
				return false // 盘山县大洼区 is the sentence's 盘山、大洼
			}
			f, ok := e.ix.placeSwap(q, qp, rs, c.runs)
			if !ok || e.ix.saysElsewhere(q, f, a.rep) {
				continue
			}
			p := c.para
			fig := AnswerFigure{Indicator: f.pred, Value: string(rs[f.start:f.end]), Kind: p.Period.FigureKind(), Period: p.Period,
				Report: p.Report, Paragraph: p.N, Start: c.span.Start + f.start, End: c.span.Start + f.end}
			ans.Found, ans.Citations = true, []Citation{}
			// 赴瑞士、荷兰、美国等国家 may hold 德国 (openlist.go).
			unnamed := openListAfter(rs, f.end) && e.ix.writesNoItem(f.stated, a.rep)
			ans.Parts = []Part{{Type: PartCorrection, Stated: f.stated, Figure: &fig, NotNamed: unnamed, Citations: []int{0}}, introPart(a.lang)}
			ans.addQuote(citationFor(p, trimSpan(p.Text, c.span)))
			return true
		}
	}
	return false
}

// reachedYetEnds close a question whether a thing has reached a stage
// yet (通过验收了吗, 批了没, 列入了没有), with no cue that the asker holds
// it so (了吧).
var reachedYetEnds = []string{"了吗", "了没", "了没有", "了嘛"}

// asksReachedYet reports whether norm asks, yes or no, whether what it
// names has come about yet. WHY: such a question asks of the place it
// names; where the report says it of another place, it says nothing of
// the one asked, and correcting the place would answer as if the asker
// had claimed it.
func asksReachedYet(norm string) bool {
	return endsWithAny(strings.TrimRight(norm, "？?。.！! "), reachedYetEnds)
}

// runNamed reports whether sentence rs names the places of run, whole or
// each of them by its name or its short one (盘山县大洼区 in 完成盘山、大洼…).
func (ix *Index) runNamed(rs, run []rune) bool {
	if containsFoldRunes(rs, run) {
		return true
	}
	var ms []places.Mention
	if ix.gaz != nil {
		ms = ix.gaz.Find(string(run))
	}
	if len(ms) < 2 || !spansAll(ms, string(run)) {
		return containsFoldRunes(rs, ix.shortOfLocal(run))
	}
	for _, m := range ms {
		name := []rune(m.As)
		if !containsFoldRunes(rs, name) && !containsFoldRunes(rs, ix.shortOfLocal(name)) {
			return false
		}
	}
	return true
}

// spansAll: the places of ms, in order, are all of text but the joiners
// between them (盘山县大洼区, 盘山县和大洼区), not a place inside a name
// (盘锦 of 盘锦高新区).
func spansAll(ms []places.Mention, text string) bool {
	at := 0
	for _, m := range ms {
		if gap := []rune(text[at:m.Start]); !joined(gap) {
			return false
		}
		at = m.End
	}
	return at == len(text)
}

// shortOfLocal is name without its 县 or 区 when that is the short name
// of one of the city's own divisions (盘山 of 盘山县): the report writes
// them so in lists. Other names stay whole (义县, 新疆喀什).
func (ix *Index) shortOfLocal(name []rune) []rune {
	if n := len(name); n > 2 && strings.ContainsRune("县区", name[n-1]) && slices.Contains(ix.shortLocal, string(name[:n-1])) {
		return name[:n-1]
	}
	return name
}

// claimSentence is a sentence of a retrieved paragraph and how much of a
// claim it shares.
type claimSentence struct {
	para *Paragraph
	span Span
	runs []shared // sharedRuns of the claim and the sentence
}

// claimSentences are the sentences of the first placeClaimDepth
// paragraphs retrieved, most like claim q first.
func (e *Engine) claimSentences(q []rune, hits []Hit) []claimSentence {
	var out []claimSentence
	seen := map[*Paragraph]bool{}
	for _, h := range hits[:min(len(hits), placeClaimDepth)] {
		p := h.Paragraph
		if p == nil || seen[p] || !p.Quotable() {
			continue
		}
		seen[p] = true
		text := []rune(p.Text)
		for _, sp := range Sentences(p.Text) {
			out = append(out, claimSentence{p, sp, sharedRuns(q, text[sp.Start:sp.End])})
		}
	}
	slices.SortStableFunc(out, func(a, b claimSentence) int { return cmp.Compare(runsLen(b.runs), runsLen(a.runs)) })
	return out
}

// placeShort is place s's short name in the register (大洼 of 大洼区), ""
// when the register has none: placeHeld's second name for it.
func (e *Engine) placeShort(s *PlaceSlot) string {
	if p, ok := e.ix.gaz.ByName(s.Name); ok {
		return p.Short
	}
	return ""
}

// outside is runs without what they share of q[s:e]: the claim's place
// is its own, though a run may take its last character (the 区 of 辽滨
// 经开区 in 区争创国家高新区, shared with 盘锦高新区争创…).
func outside(runs []shared, s, e int) []shared {
	var out []shared
	for _, r := range runs {
		if cut := e - r.q; r.q < e && r.q+r.n > e && r.q >= s {
			r = shared{r.q + cut, r.c + cut, r.n - cut} // starts inside
		}
		if r.q < s && r.q+r.n > s {
			r.n = s - r.q // ends inside
		}
		if r.n >= minShared && (r.q >= e || r.q+r.n <= s) {
			out = append(out, r)
		}
	}
	return out
}
