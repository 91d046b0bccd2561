package figures

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// moveWord is a word of a move and its way: +1 up, -1 down.
type moveWord struct {
	word string
	dir  int
}

// changeWords say which way a stated figure moved, as a question writes
// them before it: "上升了25.8%", "fell 1.9%", "increased by 11.1%".
var changeWords = []moveWord{
	{"上升", 1}, {"增长", 1}, {"增加", 1}, {"提高", 1}, {"提升", 1}, {"上涨", 1}, {"涨", 1}, {"增", 1},
	{"下降", -1}, {"降低", -1}, {"减少", -1}, {"下滑", -1}, {"下跌", -1}, {"回落", -1}, {"降", -1}, {"减", -1},
	{"rose", 1}, {"rise", 1}, {"risen", 1}, {"grew", 1}, {"grow", 1}, {"grown", 1}, {"increased", 1}, {"increase", 1}, {"went up", 1}, {"go up", 1}, {"jumped", 1}, {"climbed", 1},
	{"fell", -1}, {"fall", -1}, {"fallen", -1}, {"dropped", -1}, {"drop", -1}, {"declined", -1}, {"decline", -1}, {"decreased", -1}, {"decrease", -1}, {"went down", -1}, {"go down", -1}, {"shrank", -1},
}

// statedChange is the way a stated figure moved and the question's words
// for it with the figure ("上升了25.8%", "fell 1.9%"); 0 and m's own text
// when the question says neither way right before it.
func statedChange(rs []rune, m Mention) (dir int, text string) {
	start := max(0, m.Start-16)
	before := strings.ToLower(string(rs[start:m.Start]))
	if dir, at, ok := spokenChange(strings.TrimRightFunc(before, unicode.IsSpace)); ok {
		return dir, before[at:] + m.Text
	}
	trimmed := strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '了' })
	trimmed = strings.TrimSuffix(strings.TrimRightFunc(trimmed, unicode.IsSpace), " by")
	for _, w := range changeWords {
		if !strings.HasSuffix(trimmed, w.word) {
			continue
		}
		at := len(trimmed) - len(w.word)
		if w.word[0] < 0x80 && at > 0 && isLatinByte(trimmed[at-1]) {
			continue // "overgrew"
		}
		return w.dir, string([]rune(before)[len([]rune(trimmed[:at])):]) + m.Text
	}
	return 0, m.Text
}

// spokenChanges say a move as more or fewer than before, the 了 theirs:
// "投诉反而多了18.6%". Bare 多, 少 before a figure are no move (至少, 最多).
var spokenChanges = []moveWord{{"多了", 1}, {"少了", -1}}

// spokenChange is the way before, a question's words right before a
// figure, says it moved, and where the word saying it starts, when they
// end with a spokenChanges word.
func spokenChange(before string) (dir, at int, ok bool) {
	for _, w := range spokenChanges {
		if strings.HasSuffix(before, w.word) && !spokenChangePart(before[:len(before)-len(w.word)]) {
			return w.dir, len(before) - len(w.word), true
		}
	}
	return 0, 0, false
}

// spokenChangePart: the words before 多了, 少了 make it part of another
// word (减少了, 增多了 are changeWords'; 差不多了 is no move), or say how
// much, not which way: 涨了不少了 is up, 多少了 asks.
func spokenChangePart(prev string) bool {
	for _, p := range []string{"减", "增", "至", "最", "差不", "不", "多", "很", "太", "好"} {
		if strings.HasSuffix(prev, p) {
			return true
		}
	}
	return false
}

func isLatinByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// wrongWay reports whether a stated change runs against the report's
// figure of the same number: "上升了25.8%" where it says 下降25.8%.
func wrongWay(stated int, f *Figure) bool {
	return stated != 0 && f.Direction != 0 && stated != f.Direction
}

// moveWords say which way a question claims an indicator moved, with no
// number after them ("去年旅游收入下降了吧"), longest first at each place.
var moveWords = []moveWord{
	{"负增长", -1}, {"正增长", 1},
	{"增长", 1}, {"增加", 1}, {"上升", 1}, {"提高", 1}, {"提升", 1}, {"上涨", 1}, {"涨了", 1},
	{"下降", -1}, {"降低", -1}, {"减少", -1}, {"下滑", -1}, {"下跌", -1}, {"回落", -1}, {"萎缩", -1}, {"降了", -1},
}

// englishMoveWords are moveWords as an English question writes them
// ("Did the petition volume increase in 2024?"), longest first where one
// starts another.
var englishMoveWords = []moveWord{
	{"increased", 1}, {"increases", 1}, {"increase", 1}, {"rose", 1}, {"risen", 1}, {"rises", 1}, {"rise", 1},
	{"grew", 1}, {"grown", 1}, {"grows", 1}, {"grow", 1}, {"went up", 1}, {"gone up", 1}, {"go up", 1}, {"climbed", 1},
	{"decreased", -1}, {"decreases", -1}, {"decrease", -1}, {"declined", -1}, {"declines", -1}, {"decline", -1},
	{"fell", -1}, {"fallen", -1}, {"falls", -1}, {"fall", -1}, {"dropped", -1}, {"drops", -1}, {"drop", -1},
	{"went down", -1}, {"gone down", -1}, {"go down", -1}, {"shrank", -1}, {"shrunk", -1},
}

// englishOr asks which way, not claims one: "did it rise or fall"
// (rag.EnglishAsks reads how, what, why…).
var englishOr = regexp.MustCompile(`(?i)\bor\b`)

// englishDenials before a move word deny it: "did not increase".
var englishDenials = []string{"not", "n't", "never", "no"}

// moveWordsOf is the move words of the question's language.
func moveWordsOf(english bool) []moveWord {
	if english {
		return englishMoveWords
	}
	return moveWords
}

// moveEnds may follow a move word that ends what the claim says: 了, a
// particle, a mark. 增加值, 增长率 or 下降幅度 go on as a noun.
const moveEnds = "了的吧吗嘛呢啊呀啦哈？?，,。!！ "

// rateWords name a rate of change: that it fell ("增速下降了吧") says
// nothing against a growth.
var rateWords = []string{"增速", "增幅", "增长率", "涨幅", "降幅", "速度", "速率"}

// askWords make a question ask which way, not claim one.
var askWords = []string{"还是", "是否", "有没有", "有无", "多少", "几", "什么", "哪", "怎么", "如何", "为什么", "为啥", "啥", "咋"}

// moveClaim is a claim, with no number, of the way an indicator moved
// ("去年旅游收入下降了吧"): the words that name the indicator, the move
// claimed and the kind of figure it is held to. Not ok unless the question
// states it (rag.ClaimShaped) and claims one way of one thing: not a
// rate's move ("增速下降了吧"), a move denied ("没增长吧"), a change of
// target ("今年GDP目标下降了", unlike "目标是下降"), nor a way asked
// ("是增长还是下降"). Without a period, results are read: a target's growth
// does not say whether a thing fell. stated are the question's figures: a
// move word before one is the numeric check's (statedChange).
func moveClaim(question, norm string, stated []Mention, sp *span) (named string, w moveWord, kind Kind, ok bool) {
	if rest, ok := presupposedMove(question); ok {
		question, norm = rest, rag.Normalize(rest)
	} else if !rag.ClaimShaped(question) {
		return "", w, "", false
	}
	english := rag.QuestionLang(question) == "en"
	if containsAnyOf(norm, askWords...) || english && (rag.EnglishAsks(question) || englishOr.MatchString(question)) {
		return "", w, "", false
	}
	rs := []rune(question)
	at, w, ok := claimedMove(rs, stated, moveWordsOf(english))
	if !ok {
		return "", w, "", false
	}
	subject := string(rs[clauseStart(rs, at):at])
	named = strings.TrimRight(subject, "是为 ")
	kind = normKind(norm, sp)
	lower := strings.ToLower(named)
	switch {
	case containsAnyOf(subject, rateWords...) || endsWithAny(named, []string{"没", "没有", "不", "未"}) ||
		english && (endsWithAny(lower, englishDenials) || containsAnyOf(lower, "growth", "rate", "pace")):
		return "", w, "", false
	case kind == "":
		kind = KindResult
	case kind == KindTarget && named == subject:
		return "", w, "", false
	}
	return named, w, kind, true
}

// howMuchAfterMove ask the size of a move the question takes as given:
// 上升了多少 says it rose, as 上升了吧 does.
var howMuchAfterMove = []string{"了多少", "多少", "了几", "了百分之几", "了多大"}

// presupposedMove is question up to and with the move word its how-much
// question follows ("去年物业投诉上升了多少" reads as "去年物业投诉上升"),
// when one does: the move it takes as given is a claim.
func presupposedMove(question string) (string, bool) {
	rs := []rune(question)
	for i := range rs {
		for _, m := range moveWords {
			if !hasPrefixAt(rs, i, m.word) {
				continue
			}
			end := i + len([]rune(m.word))
			for _, h := range howMuchAfterMove {
				if hasPrefixAt(rs, end, h) {
					return string(rs[:end]), true
				}
			}
		}
	}
	return "", false
}

// movePremise corrects a claim of a move with no number (moveClaim) when
// the report's figure for the indicator moved the other way ("去年旅游收入
// 下降了吧" where ¶8 says 增长29.9％). The indicator must be named as
// strongly as a stated figure's (premiseMinCoverage), and no figure near
// the best may move the way claimed.
func movePremise(question, norm string, stated []Mention, idx *Index, report string) *Correction {
	named, w, kind, ok := moveClaim(question, norm, stated, idx.scope(report))
	if !ok {
		return nil
	}
	exp := []string{}
	if idx.expand != nil {
		exp = idx.expand(rag.Normalize(named))
	}
	for _, m := range moveWords {
		exp = append(exp, m.word) // the indicator's own move word counts, either way
	}
	found := comparableFigures(idx.search(Query{Text: named, Kind: kind, Report: report, Expand: exp}), anyUnit)
	var f *Figure
	share, claimed := 0.0, rag.Normalize(named)
	for _, c := range found {
		if c.score < 0.8*found[0].score {
			break
		}
		if c.fig.Direction == w.dir {
			return nil // a figure as good moved the way claimed
		}
		// Of siblings scored alike (刑事警情下降, 治安警情下降), the one
		// whose own words the claim writes is the one claimed.
		if c.fig.Direction != -w.dir {
			continue
		}
		if s := literalShare(c.fig.Indicator, claimed); f == nil || s > share {
			f, share = c.fig, s
		}
	}
	if f == nil {
		return nil
	}
	return &Correction{Stated: w.word, Actual: *f, WrongWay: true}
}

// claimedMove is where the one move a question claims starts and its
// word; not ok when it claims none, moves both ways, or puts a number
// after its word ("上升了25.8%").
func claimedMove(rs []rune, stated []Mention, words []moveWord) (at int, word moveWord, ok bool) {
	for i := 0; i < len(rs); i++ {
		for _, m := range words {
			n := len([]rune(m.word))
			if !hasPrefixAt(rs, i, m.word) || isLatinByte(m.word[0]) && i > 0 && isLatin(rs[i-1]) {
				continue // "enterprise" holds no rise
			}
			end := i + n
			if end < len(rs) && !strings.ContainsRune(moveEnds, rs[end]) || numberAfter(stated, end) || phrasalAfter(rs, end) {
				i = end - 1
				break // a noun (增加值) or a number follows: no claim without one
			}
			if ok && word.dir != m.dir {
				return 0, word, false
			}
			at, word, ok = i, m, true
			i = end - 1
			break
		}
	}
	return at, word, ok
}

// phrasalParticles turn an English move word into another verb: "fall
// short of expectations", "fall behind", "drop out" claim no fall.
var phrasalParticles = []string{" short", " behind", " back", " apart", " through", " out", " off"}

// phrasalAfter reports whether a phrasal particle follows the move word
// ending at end.
func phrasalAfter(rs []rune, end int) bool {
	rest := strings.ToLower(string(rs[end:]))
	for _, p := range phrasalParticles {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isLatinByte(rest[len(p)])) {
			return true
		}
	}
	return false
}

// numberAfter reports whether a stated figure starts at i, or after a 了 there.
func numberAfter(stated []Mention, i int) bool {
	for _, m := range stated {
		if m.Start == i || m.Start == i+1 {
			return true
		}
	}
	return false
}
