package rag

import (
	"slices"
	"strings"
)

// A denial that a thing was finished ("华锦阿美项目去年没有完工") is not
// contradicted by a clause saying a part of it was (华锦阿美项目地下工程全
// 部完工): in Chinese the words of completion are said of the noun right
// before them, and a part named between the thing and those words (地下工
// 程, 一期, 主装置) is what was finished, not the whole.

// finishWords say a thing was finished, as a denial of completion names it.
var finishWords = []string{"完工", "竣工", "建成", "完成", "投产", "投用", "通车"}

// finishFillers may stand between a thing and its completion without
// naming another thing: 项目建成, 已全部完工, 均按时完成.
var finishFillers = []string{"项目", "全部", "全面", "已经", "已", "均", "都", "顺利", "基本", "如期", "按时", "的"}

// finishedPartOnly reports whether clause, a quoted clause, says the
// completion the claim denies (said, from its denial on) only of a part of
// subject, the thing the claim names before its denial: the clause names
// the thing, and a noun not the claim's stands between it and the
// completion (超额完成 says how, not of what).
func (ix *Index) finishedPartOnly(clause, subject, said string) bool {
	verb := ""
	for _, w := range finishWords {
		if strings.Contains(said, w) {
			verb = w
			break
		}
	}
	name := []rune(subject)
	if verb == "" || len(name) < 2 {
		return false
	}
	for n := len(name); n >= 2; n-- {
		i := strings.Index(clause, string(name[:n]))
		if i < 0 {
			continue
		}
		rest := clause[i+len(string(name[:n])):]
		j := strings.Index(rest, verb)
		if j < 0 {
			return false
		}
		gap := rest[:j]
		for _, f := range finishFillers {
			gap = strings.ReplaceAll(gap, f, "")
		}
		// 华锦阿美地下工程 named apart (华锦阿美项目地下工程): the words
		// between are the claim's own.
		// 3个保交楼和2个保交房任务按时完成 of 保交楼任务: the words end with
		// the thing's head, said of all the things joined.
		head := string(name[len(name)-2:])
		return ix.holdsNoun(gap) && !strings.Contains(subject, gap) && !strings.HasSuffix(gap, head)
	}
	return false
}

// holdsNoun: s holds a word the dictionary has as a noun.
func (ix *Index) holdsNoun(s string) bool {
	if ix.dict == nil || runeLen(s) < 2 {
		return false
	}
	for _, w := range ix.dict.Segment(s, nil) {
		if pos, ok := ix.dict.POS(w); ok && strings.HasPrefix(pos, "n") {
			return true
		}
	}
	return false
}

// pastDenials deny that a thing was done: 还没挂牌, 尚未开工.
var pastDenials = []string{"还没有", "还没", "没有", "没", "尚未", "还未", "并未", "未"}

// doneAsNamed reports whether clause, a quoted clause of a year's
// results, says the thing the claim names (subject) did what the claim
// denies it did (said: 还没挂牌): the report's review names what was done
// as the thing and its verb side by side (重点企业重组挂牌), with nothing
// but fillers between; 加快 or 推进 between would make it work under way.
func doneAsNamed(clause, subject, said string, c Citation) bool {
	if c.Period.Kind != PeriodResult || runeLen(subject) < 2 {
		return false
	}
	rest := strings.TrimLeft(said, "都还也并")
	verb := ""
	for _, d := range pastDenials {
		if v, ok := strings.CutPrefix(rest, d); ok {
			verb = v
			break
		}
	}
	if v := []rune(verb); len(v) >= 2 {
		verb = string(v[:2])
	} else {
		return false
	}
	end := namedTailEnd(clause, subject)
	if end < 0 {
		return false
	}
	gap, _, ok := strings.Cut(clause[end:], verb)
	for _, f := range finishFillers {
		gap = strings.ReplaceAll(gap, f, "")
	}
	return ok && gap == ""
}

// namedTailEnd is the byte offset in clause right after the longest tail
// of subject it holds, of minThing characters or all of subject; -1 when
// none. A name's head is its last words (循环化改造示范试点): the report may
// write more before them (辽滨经开区国家…) than the claim does.
func namedTailEnd(clause, subject string) int {
	rs := []rune(subject)
	for k := len(rs); k >= min(minThing, len(rs)); k-- {
		tail := string(rs[len(rs)-k:])
		if i := strings.Index(clause, tail); i >= 0 {
			return i + len(tail)
		}
	}
	return -1
}

// startedPast reports whether clause, a quoted clause of a year's results,
// puts the thing the claim names (subject) at or past the start the claim
// denies (said: 还没开工): any stage from a start on, of the thing or of a
// part of it (30万吨级原油码头主体工程完工), says it was begun. Only a start:
// a part finished does not finish the whole (finishedPartOnly).
func startedPast(clause, subject, said string, c Citation) bool {
	if c.Period.Kind != PeriodResult || runeLen(subject) < 2 {
		return false
	}
	rest := strings.TrimLeft(said, "都还也并")
	denied := false
	for _, d := range pastDenials {
		if v, ok := strings.CutPrefix(rest, d); ok {
			rest, denied = v, true
			break
		}
	}
	if !denied {
		return false
	}
	claimed := stagesIn([]rune(rest))
	if len(claimed) == 0 || claimed[0].start != 0 || claimed[0].rung != rungStarted {
		return false
	}
	end := nameEnd([]rune(clause), []rune(subject))
	if end < 0 {
		return false
	}
	for _, m := range stagesIn([]rune(clause)[end:]) {
		if m.rung >= rungStarted && m.claim {
			return true
		}
	}
	return false
}

// spokenOpen say plainly that a place opened (还没开吧 of a canteen):
// 开 alone is no rung (开工 starts, 开通 opens) nor a verb closed as done.
var spokenOpen = []string{"开", "开门", "开张"}

// cityAsides open a claim's thing with the city it is of (市里国土空间总
// 体规划): the report names the thing at the city's level (市级…) or
// without it.
var cityAsides = []string{"咱们市", "咱市", "市里", "我市", "本市"}

// spokenDoneDenied: said, a claim's words from its denial on, denies the
// thing done in spoken words only (还没开, 还没盖好, 还没批), with nothing
// after but the claim's close: no asked word then says the stage.
func (ix *Index) spokenDoneDenied(said string) bool {
	rest := strings.TrimLeft(said, "都还也并")
	for _, d := range pastDenials {
		if v, ok := strings.CutPrefix(rest, d); ok {
			v = TrimClaimTail(v)
			if slices.Contains(spokenOpen, v) {
				return true
			}
			w, rung := ix.endingStage(v)
			return w == v && rung == rungDone && len(stagesIn([]rune(v))) == 0
		}
	}
	return false
}

// doneAsSubject reports whether clause, a quoted clause of a year's
// results, names the claim's thing (subject, but for the city it opens
// with) and after it a done stage in written words (投入使用, 建成投用,
// 获批实施), or the stage verb claimed ongoing (verb: 编 of 还在编) done:
// a claim that it is not done is wrong. 编制完成 is no done stage of a
// plan denied approved: a plan drawn up is not approved.
func doneAsSubject(clause, subject, verb string, c Citation) bool {
	for _, w := range cityAsides {
		subject = strings.TrimPrefix(subject, w)
	}
	if c.Period.Kind != PeriodResult || runeLen(subject) < minThing {
		return false
	}
	end := nameEnd([]rune(clause), []rune(subject))
	if end < 0 {
		return false
	}
	for _, m := range stagesIn([]rune(clause)[end:]) {
		if m.claim && m.rung == rungDone {
			return true
		}
	}
	return verbDone(clause, verb)
}

// verbDone: clause says the claim's own stage verb done, 完成 right after
// it or after one character (编制完成 of 还在编): the stage claimed ongoing
// is over.
func verbDone(clause, verb string) bool {
	rs := []rune(clause)
	for i := 0; verb != "" && i < len(rs); i++ {
		if !strings.HasPrefix(string(rs[i:]), verb) {
			continue
		}
		after := rs[i+runeLen(verb):]
		if strings.HasPrefix(string(after), "完成") || len(after) > 1 && strings.HasPrefix(string(after[1:]), "完成") {
			return true
		}
	}
	return false
}

// spokenDoneCorrection corrects a claim that denies in spoken words a
// thing done (spokenDoneDenied) with the first quoted clause saying it
// was (doneAsSubject); none is corrected otherwise, a clause naming the
// thing's kind elsewhere (大洼区…编制完成) saying nothing of it.
func (d *Draft) spokenDoneCorrection(subject, said, verb string) (Part, bool) {
	for i, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			if doneAsSubject(Normalize(string(text[sp.Start:sp.End])), subject, verb, c) {
				s, e := trimClause(text, sp.Start, sp.End)
				return citedCorrection(c, i, s, e, said, ""), true
			}
		}
	}
	return Part{}, false
}

// maxNameGap is how many characters a clause may write within a claim's
// name of a thing (120急救新体系 of 120急救体系): a word of the report's
// fuller name, not another thing's.
const maxNameGap = 2

// nameEnd is the rune offset in clause right after the first place it
// writes name, its characters in order with at most maxNameGap others
// among them; -1 when it does not.
func nameEnd(clause, name []rune) int {
	for i := range clause {
		if len(name) == 0 || clause[i] != name[0] {
			continue
		}
		k, gaps, j := 1, 0, i+1
		for ; k < len(name) && j < len(clause) && gaps <= maxNameGap; j++ {
			if clause[j] == name[k] {
				k++
			} else {
				gaps++
			}
		}
		if k == len(name) && gaps <= maxNameGap {
			return j
		}
	}
	return -1
}

// stillOpeners before a stage claim the thing is still at it (还在筹建).
var stillOpeners = []string{"还在", "仍在", "还处于", "仍处于", "还处在"}

// spokenUnderway are stages short of done said plainly: 还在筹建, 还在编.
var spokenUnderway = []string{"筹建", "编", "编制", "报批", "审批", "建", "盖", "修"}

// stillShortOfDone is the thing a claim names (subject) and its claim
// words from 还在 on, when it claims the thing still at a stage short of
// done (120急救体系还在筹建, 绿色石化集群还在申报阶段): a ladder word below
// done, or one said plainly, with nothing after but 阶段 and the close.
func stillShortOfDone(norm string) (subject, said, verb string, ok bool) {
	core := string(claimCore(norm))
	for _, o := range stillOpeners {
		before, after, found := strings.Cut(core, o)
		if !found {
			continue
		}
		v := strings.TrimSuffix(strings.TrimSuffix(TrimClaimTail(after), "中"), "阶段")
		ms := stagesIn([]rune(v))
		ladder := len(ms) == 1 && ms[0].start == 0 && ms[0].end == runeLen(v) && ms[0].rung < rungDone
		if ladder || slices.Contains(spokenUnderway, v) {
			return before, o + after, v, true
		}
		return "", "", "", false
	}
	return "", "", "", false
}

// stillStageCorrection corrects a claim that a thing is still short of
// done (stillShortOfDone) with the first quoted clause of the review
// saying it was done (doneAsSubject).
func (d *Draft) stillStageCorrection() (Part, bool) {
	if asksYesOrNo(trimQuestionMarks(d.norm)) {
		return Part{}, false // 还在筹建吗 asks
	}
	subject, said, verb, ok := stillShortOfDone(d.norm)
	if !ok {
		return Part{}, false
	}
	return d.spokenDoneCorrection(subject, said, verb)
}
