package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A report may say one thing of two together: 盘锦大米和盘锦河蟹品牌价值
// 包揽全省农业区域品牌冠亚军、合计突破千亿元. A claim that names one of them
// gives it what the report gives the pair: the pair's figure ("盘锦大米品牌
// 价值突破千亿元了？"), which is corrected, or one of the places the pair
// holds together ("盘锦河蟹品牌价值是全省冠军吗"), which the report does not
// say which of the two holds.

// conjunctions join the things a report says one thing of.
const conjunctions = "和与及、"

// maxDropped is the longest a dropped conjunct may be, its conjunction
// included: a name, not a clause.
const maxDropped = 8

// jointPlaces are places a pair holds together (冠亚军: first and second
// between them, neither said which), and the places a claim may give one.
var (
	jointPlaces     = regexp.MustCompile(`冠亚军|包揽前[二两三]`)
	claimedRankWord = regexp.MustCompile(`冠军|亚军|季军|第[一二三]|榜首`)
)

// conjunctClaim is a claim that names one of two things a cited clause
// says something of together.
type conjunctClaim struct {
	at         int    // the citation
	clause     Span   // the clause, runes of the citation's quote
	stated     string // what the claim names
	start, end int    // the pair as the clause names it, runes of the clause
	figure     bool   // the words shared after it hold the claim's figure
	place      bool   // the clause gives the pair a joint place, the claim one of them
}

// jointCorrection answers a claim that names one of two things a cited
// clause says something of together: the pair's figure given to one is
// corrected with the pair (ok, a correction); a joint place given to one
// is declined (decline), the report not saying which holds it.
func jointCorrection(read string, texts []Citation) (p Part, decline, ok bool) {
	jc, found := conjunctClaimIn(claimCore(read), texts)
	switch {
	case !found:
		return Part{}, false, false
	case jc.place:
		return Part{}, true, true
	case jc.figure:
		c := texts[jc.at]
		return citedCorrection(c, jc.at, jc.clause.Start+jc.start, jc.clause.Start+jc.end, jc.stated, ""), false, true
	}
	return Part{}, false, false
}

// conjunctClaimIn finds, in the cited clauses, one whose pair claim q
// names one of: its words shared with the clause run on across the
// clause's conjunction and second thing (盘锦大米|品牌价值 against 盘锦大米
// 和盘锦河蟹品牌价值), or open right after the conjunction, the first thing
// unnamed (盘锦河蟹品牌价值 after 盘锦大米和).
func conjunctClaimIn(q []rune, texts []Citation) (conjunctClaim, bool) {
	for at, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := text[sp.Start:sp.End]
			if strings.Contains(string(clause), "分别") || strings.Contains(string(clause), "各") {
				continue // a figure or a place each
			}
			runs := sharedRuns(q, clause)
			for i, r := range runs {
				jc := conjunctClaim{at: at, clause: sp}
				after := runs[i:] // the runs from the pair's second thing on
				switch {
				case i+1 < len(runs) && droppedBetween(clause, r, runs[i+1]):
					n := runs[i+1]
					jc.stated, jc.start, jc.end = string(q[r.q:n.q+n.n]), r.c, n.c+n.n
					after = runs[i+1:]
				case i == 0 && droppedBefore(q, clause, r):
					jc.stated, jc.start, jc.end = string(q[r.q:r.q+r.n]), 0, r.c+r.n
				default:
					continue
				}
				jc.figure = statesAmount(q) && sharesAmount(q, after)
				jc.place = jointPlaces.MatchString(string(clause)) && claimedRankWord.MatchString(string(q))
				return jc, jc.figure || jc.place
			}
		}
	}
	return conjunctClaim{}, false
}

// droppedBetween: runs l and r follow each other at once in the claim,
// while the clause has between them a conjunction and another thing's
// words, a few characters and no clause mark.
func droppedBetween(clause []rune, l, r shared) bool {
	if r.q != l.q+l.n || l.n < minShared || r.n < minShared {
		return false
	}
	gap := clause[l.c+l.n : r.c]
	// A dropped thing with a figure of its own (1个省级、2个市级) is an item
	// of a list, each counted: no pair of one figure; nor is a part of the
	// thing before (600个、其中亿元以上项目125个).
	return len(gap) >= 2 && len(gap) <= maxDropped && strings.ContainsRune(conjunctions, gap[0]) && !holdsMarkOrConjunction(gap[1:]) && !statesAmount(gap) &&
		FirstIndexOfAny(string(gap), partWords) < 0
}

// partWords open a part of the thing named before them, not another thing.
var partWords = []string{"其中", "包括"}

// droppedBefore: run r opens the claim and the clause right after a
// conjunction that follows the clause's first thing, which the claim does
// not write.
func droppedBefore(q, clause []rune, r shared) bool {
	if r.q != 0 || r.c < 2 || r.c > maxDropped || r.n < minShared || !strings.ContainsRune(conjunctions, clause[r.c-1]) {
		return false
	}
	first := clause[:r.c-1]
	// A first thing counted on its own (3个保交楼和2个保交房) is a list's
	// item, as in droppedBetween.
	return !holdsMarkOrConjunction(first) && !statesAmount(first) && !strings.Contains(string(q), string(first[len(first)-min(minShared, len(first)):]))
}

// holdsMarkOrConjunction: rs holds a clause mark or a conjunction.
func holdsMarkOrConjunction(rs []rune) bool {
	return strings.ContainsFunc(string(rs), func(r rune) bool { return isClauseMark(r) || strings.ContainsRune(conjunctions, r) })
}

// sharesAmount: a run shared from the pair on holds the claim's figure
// with its measure (突破千亿元): the pair's figure is what the claim gives
// the one. Digits alone shared (30 of 30强 and 30个镇级) are another
// figure's.
func sharesAmount(q []rune, runs []shared) bool {
	for _, r := range runs {
		run := q[r.q : r.q+r.n]
		if statesAmount(run) && measureChars(run) >= minShared {
			return true
		}
	}
	return false
}

// measureChars counts the Chinese characters of rs that are no numeral:
// a figure's measure and words (突破, 元 of 突破千亿元).
func measureChars(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isHan(r) && !strings.ContainsRune("零一二三四五六七八九十百千万亿两", r) {
			n++
		}
	}
	return n
}

// statesAmount: rs writes a number, in digits or Chinese numerals with a
// scale (千亿, 1.2万).
func statesAmount(rs []rune) bool {
	return strings.ContainsFunc(string(rs), func(r rune) bool { return r >= '0' && r <= '9' || strings.ContainsRune("十百千万亿", r) })
}

// totalWords say a figure is of several things together.
var totalWords = []string{"合计", "共计", "总计", "合起来", "一共"}

// englishJointCorrection is jointCorrection for an English claim of a
// figure ("Panjin rice brand value alone exceeds 100 billion?"): a cited
// clause opening with two things joined by 和 and giving them a figure
// together (合计), of which the claim's asked terms name the first or the
// second, not both, corrects it with the clause.
func englishJointCorrection(d *Draft) ([]Part, bool) {
	q := strings.ToLower(d.Read)
	if !englishClaimed(q, 0) || !englishStatesAmount(q) {
		return nil, false
	}
	for _, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := string(text[sp.Start:sp.End])
			total := FirstIndexOfAny(clause, totalWords)
			and := strings.Index(clause, "和")
			if total < 0 || and <= 0 || and > total || runeLen(clause[:and]) > maxDropped {
				continue
			}
			// The second thing is named as long as the first (盘锦大米和盘锦
			// 河蟹); the words after it (品牌价值) are the pair's head, of both.
			first, rest := clause[:and], []rune(clause[and+len("和"):total])
			second, head := string(rest[:min(len(rest), runeLen(first))]), string(rest[min(len(rest), runeLen(first)):])
			t, ok := namesOneOf(d.asked, first, second, head)
			if !ok {
				continue
			}
			stated := statedThing(d.Read, t.term)
			end := runeLen(strings.TrimRightFunc(clause, isClauseMark))
			cite := c
			p := citedCorrection(cite, 0, sp.Start, sp.Start+end, stated, "")
			return correctionCiting(d.Answer, p, cite), true
		}
	}
	return nil, false
}

// namesOneOf is the asked term whose report spelling first or second
// writes, when the asked terms name exactly one of the two; a term the
// pair's head writes is of both.
func namesOneOf(asked []askedTerm, first, second, head string) (askedTerm, bool) {
	in := func(t askedTerm, s string) bool {
		return slices.ContainsFunc(t.syn, func(w string) bool { return startsHan(w) && runeLen(w) >= minShared && strings.Contains(s, w) })
	}
	var found []askedTerm
	seconds := 0
	for _, t := range asked {
		a, b := in(t, first), in(t, second)
		if a && b || in(t, head) {
			continue // a word of both (盘锦, 品牌价值)
		}
		if a || b {
			found = append(found, t)
		}
		if b {
			seconds++
		}
	}
	if len(found) != 1 || seconds > 0 && seconds != len(found) {
		return askedTerm{}, false
	}
	return found[0], true
}

// englishStatesAmount: an English question writes a number.
func englishStatesAmount(q string) bool {
	return strings.ContainsAny(q, "0123456789") || containsAny(q, []string{"billion", "million", "thousand", "hundred"})
}

// statedThing is the words of English question read that name the thing
// from term on: up to "alone" when it follows closely ("rice brand value
// alone"), else the term and the nouns after it, up to the verb.
func statedThing(read, term string) string {
	q := strings.ToLower(read)
	i := strings.Index(q, term)
	if i < 0 {
		return term
	}
	if j := strings.Index(q[i:], " alone"); j >= 0 && j <= len(term)+24 {
		return read[i : i+j+len(" alone")]
	}
	end := i + len(term)
	for _, w := range strings.Fields(q[end:]) {
		w = strings.TrimRight(w, "?,.!")
		if slices.Contains(thingVerbs, w) || w == "" {
			break
		}
		end = strings.Index(q[end:], w) + end + len(w)
	}
	return read[i:end]
}

// thingVerbs end the words that name a thing an English claim is about.
var thingVerbs = []string{"is", "was", "are", "were", "has", "have", "had", "exceeds", "exceeded", "exceed", "reached", "reaches",
	"hit", "hits", "topped", "tops", "passed", "surpassed", "broke", "breaks", "crossed", "right", "correct", "alone", "together"}
