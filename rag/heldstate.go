package rag

import (
	"regexp"
	"strings"
)

// A claim may have a thing only partly done, or still in a state, where
// the report says it was done whole or left the state: "华锦阿美地下工程去
// 年完成一半" where ¶8 says 地下工程全部完工, "盘锦现在还在经济最低谷" where
// ¶24 says 我市已经走出最低谷. Neither states a figure or a stage another
// check reads: the words of completion say it.

// partlyDone claims a thing only partly done.
var partlyDone = regexp.MustCompile(`(?:完成|完工|建成|建了|干了|做了|办复|办结|解决)了?(?:一半|大半|小半|一部分|部分)|(?:一半|部分|大半)(?:完成|完工|建成|解决)`)

// boundedShare: the speaker bounds the share from below (一半以上, 大半多,
// 超过一半, 至少一半), which a thing done whole meets: no wrong claim.
func boundedShare(before, after string) bool {
	return startsWithAny(after, []string{"以上", "多", "还多", "有余"}) ||
		endsWithAny(strings.TrimRight(before, "了"), []string{"超过", "至少", "不止", "起码", "过"})
}

// wholeDone is a report's words for all of a thing done.
var wholeDone = regexp.MustCompile(`全部(?:完工|完成|建成|竣工|办复|达标|投用|投产|解决)|全面(?:完工|完成|建成|解决)|彻底解决`)

// partlyDoneCorrection corrects a claim that a thing was done in part
// where a cited sentence naming it says it was done whole.
func (d *Draft) partlyDoneCorrection() (Part, bool) {
	q := d.Read
	claim := partlyDone.FindStringIndex(q)
	if claim == nil || deniedBefore(q[:claim[0]]) || boundedShare(q[:claim[0]], q[claim[1]:]) {
		return Part{}, false
	}
	subject := []rune(strings.TrimRight(string(claimCore(q[:claim[0]])), "只才仅就都已还")) // 只解决了一部分: the thing, not the hedge
	if len(subject) < minPredicate {
		return Part{}, false
	}
	for ci, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, m := range findAllRunes(wholeDone, text) {
			if headRightBefore(text, m.start, subject) || objectRightAfter(text, m.end, subject) {
				return citedCorrection(c, ci, m.start, m.end, q[claim[0]:claim[1]], ""), true
			}
		}
	}
	return Part{}, false
}

// maxDoneGap is how many characters (已, 均) may stand between a thing's
// name and the words saying it was done.
const maxDoneGap = 2

// headRightBefore: the last minPredicate characters of subject, the head
// of what the claim names, end right before rune at of text: 地下工程全部
// 完工 is said of 华锦阿美地下工程, not of the whole 华锦阿美工程.
func headRightBefore(text []rune, at int, subject []rune) bool {
	head := subject[len(subject)-minPredicate:]
	for end := at; end >= max(at-maxDoneGap, len(head)); end-- {
		if string(text[end-len(head):end]) == string(head) {
			return true
		}
	}
	return false
}

// objectRightAfter: the clause after rune at of text opens with the first
// two characters of subject and holds its last two, the thing done said
// after its verb: 彻底解决围填海历史遗留问题 of 围填海问题.
func objectRightAfter(text []rune, at int, subject []rune) bool {
	object := string(text[at:clauseMarkAt(text, at)])
	return len(subject) >= 4 && strings.HasPrefix(object, string(subject[:2])) && strings.Contains(object, string(subject[len(subject)-2:]))
}

// clauseMarkAt is the first clause mark of text at or after rune at, or
// len(text): one loop for the clause ends heldstate.go and occurrence.go read.
func clauseMarkAt(text []rune, at int) int {
	for at < len(text) && !isClauseMark(text[at]) {
		at++
	}
	return at
}

// leftState is a report's words for a state left behind (已经走出最低谷):
// said as done, not 即将走出 (still in it).
var leftState = regexp.MustCompile(`(?:已经|已)(?:走出|摆脱|走过|跨过|跳出)([^，,。；;、！!？?]{2,8})`)

// inStateCues claim a thing is in a state, still or fallen into.
const inStateCues = `(?:还在|仍在|仍然在|仍处于|还处于|还处在|仍处在|处在|处于|跌到|跌入|跌至|掉到|陷入|落到|` + notLeftCues + `)了?`

// notLeftCues deny that a state was left (还没走出最低谷, 尚未摆脱): the
// claim that the place is still in it, in other words.
const notLeftCues = `(?:还|仍|仍然|尚|都)?(?:没有|没|未|未能|没能)(?:走出|摆脱|走过|跨过|跳出)`

// stateHolders are words a claim may name the report's own place's state
// with besides its name (盘锦经济, 现在, 是不是): no other subject.
var stateHolders = []string{"经济", "现在", "目前", "如今", "当前", "眼下", "是不是", "是否", "已经", "还是", "的"}

// stateCorrection corrects a claim that the report's own place is still
// in, or fell into, a state a cited clause says it has left.
func (e *Engine) stateCorrection(d *Draft) (Part, bool) {
	for ci, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, m := range findAllRunes(leftState, text) {
			state := string(text[m.vStart:m.vEnd])
			re := regexp.MustCompile(inStateCues + `(?:经济)?(?:的)?` + regexp.QuoteMeta(state))
			claim := re.FindStringIndex(d.Read)
			if claim == nil || deniedBefore(d.Read[:claim[0]]) || !e.ix.ownPlaceOnly(string(claimCore(d.Read[:claim[0]]))) {
				continue
			}
			return citedCorrection(c, ci, m.start, m.end, d.Read[claim[0]:claim[1]], ""), true
		}
	}
	return Part{}, false
}

// cityVoice is the city's own words for itself; 全国, 全省 name a wider
// place than the one whose state the report speaks of (我市已经走出最低谷).
var cityVoice = []string{"我市", "本市", "全市", "我们", "咱们"}

// ownPlaceOnly: subject names nothing but the report's own place, its
// economy and the present (盘锦现在, 我市经济): the place whose state the
// report speaks of in its own voice.
func (ix *Index) ownPlaceOnly(subject string) bool {
	rest := ix.withoutOwnPlace(subject, append(append([]string{}, cityVoice...), stateHolders...))
	return strings.TrimSpace(rest) == ""
}

// withoutOwnPlace is s with the words given and the names of the report's
// own place (盘锦, 盘锦市…) removed: what is left names anything else.
func (ix *Index) withoutOwnPlace(s string, words []string) string {
	for _, w := range words {
		if w != "" {
			s = strings.ReplaceAll(s, w, "")
		}
	}
	for _, p := range ix.places {
		if p != "" {
			s = strings.ReplaceAll(s, p, "")
		}
	}
	return s
}

// doneWholeCorrection is the correction of a thing claimed partly done or
// still in a state the report says it has left, if any.
func (e *Engine) doneWholeCorrection(d *Draft) (Part, bool) {
	if p, ok := d.partlyDoneCorrection(); ok {
		return p, true
	}
	return e.stateCorrection(d)
}
