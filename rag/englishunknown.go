package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// An English question's words reach the report only through the lexicon:
// no Chinese text holds an English word. A content word the lexicon lacks
// ("How many new residents settled?", "How many Party members?") drops out
// of the reading, and the words left (new, residents) find a paragraph
// about something else, answered as if it were the one asked. Such a
// question is declined, naming the word; the nearest text stays, as
// related.
//
// Most words of an English question name nothing the report could write:
// grammar (the, of, whom), asking and talk (please, heard, really, guys),
// the common verbs and adjectives any topic takes (get, support, big,
// fast), units and time. englishStop lists them by their grammatical
// kind, so that only a word that could name a thing is read as unknown.

// englishStopKinds are English words no question topic is, by kind.
var englishStopKinds = [][]string{
	// Determiners, pronouns and quantifiers.
	strings.Fields(`a an the this that these those some any each every either neither no none all both few fewer
	many much more most less least other others another such own same several various enough whole lot lots bit
	what which who whom whose whatever whichever whoever how why when where whats hows
	me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
	we us our ours ourselves they them their theirs themselves one ones anyone anything anybody someone something
	somebody everyone everything everybody nobody nothing`),
	// Prepositions and conjunctions.
	strings.Fields(`about above across after against along amid among amongst around as at before behind below beneath
	beside besides between beyond by despite down during except for from in inside into like near next of off on
	onto opposite out outside over past per plus regarding concerning since than through throughout till to toward
	towards under underneath unlike until up upon versus via with within without according due worth front
	and but or nor so yet because although though while whereas if unless whether once then else also too`),
	// Auxiliaries, modals and the pieces contractions leave.
	strings.Fields(`be am is are was were been being have has had having do does did doing done will would shall
	should can could may might must ought cannot isn aren wasn weren hasn haven hadn doesn don didn won wouldn shan
	shouldn couldn mustn`),
	// Adverbs of degree, time, frequency and stance.
	strings.Fields(`not never always often sometimes usually already still just only even very really quite rather
	almost nearly approximately roughly exactly actually currently recently now today tomorrow yesterday tonight soon
	later ago ever again here there anywhere somewhere everywhere instead especially particularly mainly mostly
	generally basically simply fully partly totally completely finally firstly secondly lastly overall together
	however therefore thus perhaps maybe probably possibly certainly definitely surely indeed anyway respectively
	specifically exactly altogether yet`),
	// Politeness, greeting and chat.
	strings.Fields(`please pls plz thanks thank thx hi hello hey dear sir madam ok okay yes yeah yep nope sure guys guy
	folks friend friends buddy lol wow oh um uh hmm btw fyi wonder curious`),
	// The most common English verbs, whose object is what is asked.
	strings.Fields(`say said says tell told ask asked know knew known think thought want need hear heard see saw seen
	look find found get got gotten give gave given go goes went gone come came make made take took taken put keep
	kept let seem use mean meant happen call write wrote written explain describe show shown talk speak spoke
	spoken hope expect begin began begun try feel felt become became leave left bring brought hold held turn
	start stand run move live believe provide sit lose lost pay paid meet met include continue learn change lead
	led understand follow stop create read allow add spend spent grow grew grown open win offer remember consider
	appear buy bought wait serve send sent stay cut reach remain suggest raise pass sell sold require report decide
	pull support deal dealt check choose chose chosen plan aim intend manage`),
	// Verbs and nouns by which a figure moves, or is compared.
	strings.Fields(`rise rose risen fall fell fallen drop increase decrease decline climb jump double triple surge
	exceed top hit compare compared`),
	// Common adjectives of size, quality, truth, time and order.
	strings.Fields(`good bad big small large little great high low old long short better best worse worst bigger
	biggest larger largest smaller smallest higher highest lower lowest important true false real right wrong
	different certain possible likely entire full specific particular general fast faster fastest slow slower
	quick early late recent current latest previous final average easy hard excellent nice fine correct accurate
	realistic exact approximate main major key basic simple single double`),
	// Time, order and number words.
	strings.Fields(`day days week weeks month months year years yr yrs date time times period term annual annually
	monthly yearly daily weekly spring summer autumn fall winter morning evening night first second third fourth
	fifth sixth seventh eighth ninth tenth last half quarter dozen hundred hundreds thousand thousands million
	millions billion billions trillion zero eleven twelve twenty thirty forty fifty sixty seventy eighty ninety`),
	// Units and measures.
	strings.Fields(`yuan rmb dollar dollars usd ton tons tonne tonnes kilometer kilometers kilometre kilometres meter
	meters metre metres square cubic hectare hectares acre acres kilogram kilograms gram grams microgram micrograms
	percent percentage cent kilowatt kilowatts megawatt megawatts gigawatt gigawatts unit units
	round rounds batch batches item items piece pieces set sets pair pairs`),
	// Talk about the report itself, where it applies, and the abstract
	// nouns of asking what it does (principles, measures, steps).
	strings.Fields(`report reports reported paragraph paragraphs section sections chapter page text document question
	questions answer quote quoted mention result results figure figures statistic statistics data detail details
	part parts share portion rest example examples case cases thing things stuff situation nation national country
	countries nationwide nationally province provincial world global domestic local china chinese
	principle principles approach approaches measure measures step steps policy policies idea ideas aspect aspects
	point points issue issues matter matters`),
}

// englishStop is englishStopKinds as a set.
var englishStop = wordSet(slices.Concat(englishStopKinds...))

// adverbEndings end English adverbs of manner (efficiently, frugally):
// how a thing is done, not what.
var adverbEndings = []string{"ally", "ently", "antly", "ously", "ively", "fully", "ately", "ingly", "edly", "lessly"}

// minUnknownLetters is the shortest word read as unknown: a shorter one is
// as likely an abbreviation (tgt, ind) as a word.
const minUnknownLetters = 4

// unknownContentWord reports whether w, a word of the question the
// reports and the lexicon lack, could name what an English question asks:
// none of englishStop's kinds (nor an inflection of one), no adverb of
// manner, no slip of a known word, no name (a capitalized word in read,
// which unknownName reads by its sounds), no pinyin of the report's text.
// Only the asked head is tried: the slip search is the costly part.
func (ix *Index) unknownContentWord(read, w string, rep *Report) bool {
	switch {
	case len(w) < minUnknownLetters || !isLatinWord(w) || capitalizedWords(read)[w]:
	case englishStop[w] || ix.knownBase(w, rep) || hasAdverbEnding(w):
	case ix.slipOfKnown(w) || ix.pinyinWritten(w, rep):
	default:
		return true
	}
	return false
}

// capitalizedWords are the words read writes with a capital after its
// first word, lowered.
func capitalizedWords(read string) map[string]bool {
	m := map[string]bool{}
	words := strings.FieldsFunc(read, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if i > 0 && unicode.IsUpper([]rune(w)[0]) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// knownBase reports whether an inflection of w (settled, supports,
// aiming, panjins) is of a stop word or a word the lexicon or the reports
// know.
func (ix *Index) knownBase(w string, rep *Report) bool {
	corpus := ix.corpusFor(rep)
	for _, b := range inflectionBases(w) {
		if englishStop[b] || englishFiller[b] || stopWords[b] || ix.knownLatin(b, corpus) {
			return true
		}
	}
	return false
}

// inflectionBases are the forms w may be an inflection of: without its
// plural or third-person -s, its -ed, its -ing or the -ment of a noun of
// the verb (improvements), an e restored or a doubled consonant undone.
func inflectionBases(w string) []string {
	var out []string
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "ies", "ied", "ment", "ments"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		out = append(out, stem, stem+"e")
		if suf == "ies" || suf == "ied" {
			out = append(out, stem+"y")
		}
		if n := len(stem); stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1]) // planned, stopped
		}
	}
	return out
}

// hasAdverbEnding reports whether w ends with one of adverbEndings after
// at least three letters: unlike endsWithAny, a short word that merely
// ends so (rally) is no adverb of manner.
func hasAdverbEnding(w string) bool {
	for _, s := range adverbEndings {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// slipOfKnown reports whether w is one typing slip (a letter left out,
// one too many, one wrong, two swapped) from a word the lexicon or the
// stop lists know: goverment, targt, finacial, balnce. spelling reads
// only swaps as the word meant; here any slip only keeps the word from
// counting as unknown.
func (ix *Index) slipOfKnown(w string) bool {
	known := func(c string) bool {
		return englishStop[c] || englishFiller[c] || stopWords[c] || ix.lex != nil && ix.lex.knows(c)
	}
	for i := 0; i <= len(w); i++ {
		for c := byte('a'); c <= 'z'; c++ {
			if known(w[:i] + string(c) + w[i:]) { // a letter left out
				return true
			}
			if i < len(w) && c != w[i] && known(w[:i]+string(c)+w[i+1:]) { // one wrong
				return true
			}
		}
		if i < len(w) && known(w[:i]+w[i+1:]) { // one too many
			return true
		}
		if i+1 < len(w) && known(w[:i]+string(w[i+1])+string(w[i])+w[i+2:]) { // two swapped
			return true
		}
	}
	return false
}

// groundUnknownWord declines an English question whose asked thing, the
// head of the phrase it asks of (englishAskedHead: members of "How many
// Party members"), is a content word the report and the lexicon lack: what
// was found matches only the question's other words. A word the lexicon
// lacks elsewhere in the question (a verb, a modifier: "buses purchased")
// leaves what is asked named, and the answer stands; so does a correction
// another step made.
func (e *Engine) groundUnknownWord(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || d.Intent.Lang != "en" ||
		strings.ContainsFunc(d.Read, isHan) {
		return
	}
	head := englishAskedHead(d.Read, d.Intent.Figure)
	if head == "" {
		head = englishClaimedDoneHead(d.Read)
	}
	if head == "" || !slices.Contains(d.missing, head) || !e.ix.unknownContentWord(d.Read, head, d.Scope) {
		return
	}
	if len(e.ix.lex.linkPhraseTerms(Normalize(d.Read))[head]) > 0 {
		return // "innovation teams": a link's phrase names the report's 创新团队
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+head+"”。相关内容：", "The report does not mention "+head+". Related text:")
}

// englishAskOpeners open the phrase an English question asks of, after
// them: "how many Party members", "what fraction of", "is there a night
// market", "does the report mention the campus".
var englishAskOpeners = regexp.MustCompile(`^.*?\b(?:(?:how many|how much)(?: (?:is|are|was|were|will be))?|(what|which))` +
	`\s+(?:(?:the|a|an|any|its|their|panjin's|this|that|these|those) )?`)

// englishPhraseBreak reports whether w ends a noun phrase: a word of
// grammar (auxiliary, preposition, conjunction other than and/or, pronoun,
// question word) or of the common verbs, an adverb or a word of talk.
func englishPhraseBreak(w string) bool {
	if w == "and" || w == "or" {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true // "residents settled", "how much was invested": a verb
	}
	return englishBreakWords[w]
}

// englishBreakKinds is how many kinds, from the first, of englishStopKinds
// end a noun phrase: grammar, auxiliaries, adverbs, talk, the common verbs
// and those a figure moves by; not the adjectives, time words, units and
// words of the report after them, which a noun phrase may hold.
const englishBreakKinds = 7

// englishBreakWords are the words of those kinds, as a set.
var englishBreakWords = wordSet(slices.Concat(englishStopKinds[:englishBreakKinds]...))

// englishAskedHead is the head of the noun phrase an English question asks
// of: its last word, before the words that end it, a phrase joined by and
// or or read to its end ("party members and cadres": cadres); "" when no
// opener asks of a phrase.
func englishAskedHead(read string, figure bool) string {
	q := strings.ToLower(read)
	loc := englishAskOpeners.FindStringSubmatchIndex(q)
	if loc == nil || loc[1] == loc[0] || loc[2] >= 0 && !figure {
		return ""
	}
	words := strings.FieldsFunc(q[loc[1]:], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	head := ""
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if englishPhraseBreak(w) {
			break
		}
		if w != "and" && w != "or" {
			head = w
		}
	}
	return head
}

// englishClaimedDoneHead is the head of the noun phrase a yes-or-no
// question claims done ("Is the new sports stadium finished?": stadium):
// the phrase between the opening auxiliary (and a determiner) and the
// verb of done, less the auxiliaries and adverbs before that verb ("be",
// "fully"); "" when no verb of done follows or a word of grammar parts
// the phrase ("the terminal at the port"). A thing claimed built or open
// that the report never names would otherwise be answered by the clauses
// writing its other words (体育 of "sports").
func englishClaimedDoneHead(read string) string {
	q := strings.ToLower(read)
	opener := englishYesNo.FindStringIndex(q)
	done := englishDone.FindStringIndex(q)
	if opener == nil || done == nil || done[0] <= opener[1] {
		return ""
	}
	words := strings.FieldsFunc(q[opener[1]:done[0]], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	for len(words) > 0 && englishAdverbOrAux[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) > 0 && englishDeterminers[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	for _, w := range words {
		// A hyphened compound (high-speed, waste-to-energy) modifies the
		// phrase: no verb or preposition of its own ends it.
		if !strings.Contains(w, "-") && englishPhraseBreak(strings.TrimSuffix(w, "'s")) {
			return ""
		}
	}
	return strings.TrimSuffix(words[len(words)-1], "'s")
}

// englishDeterminers are the determiners and pronouns (englishStopKinds'
// first kind) that may open the phrase a question claims of.
var englishDeterminers = wordSet(englishStopKinds[0])

// englishAdverbOrAux are the auxiliaries and adverbs (englishStopKinds'
// third and fourth kinds) that may stand between a phrase and its verb of
// done: "be", "been", "fully", "already".
var englishAdverbOrAux = wordSet(slices.Concat(englishStopKinds[2:4]...))

// englishNoTopic reports whether w, an English word the lexicon and the
// reports lack, names no topic the report could lack: a word of grammar,
// of talk or of talk about the report itself (englishNoTopicWords: the,
// please, part, principles), an inflection of a word the lexicon or the
// reports know, or the -s form of a common verb or filler word
// (describes, governments); only adverbs, chat and report talk lend
// their inflections (englishNoTopicStems). The common verbs and adjectives themselves
// and their participles (want, realistic, named) stay: a question may
// claim the very thing they say ("named a National Forest City"), and
// the report's silence on it is its answer.
func (ix *Index) englishNoTopic(w string, rep *Report) bool {
	if englishNoTopicWords[w] {
		return true
	}
	corpus := ix.corpusFor(rep)
	for _, b := range inflectionBases(w) {
		if englishNoTopicStems[b] || ix.knownLatin(b, corpus) {
			return true
		}
	}
	for _, suf := range []string{"s", "es"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (englishVerbs[b] || englishFiller[b]) {
			return true
		}
	}
	return false
}

// englishNoTopicWords are the kinds of englishStopKinds that never name a
// topic: grammar, auxiliaries, adverbs, talk (the first five) and talk
// about the report (the last).
var englishNoTopicWords = wordSet(slices.Concat(slices.Concat(englishStopKinds[:5]...), englishStopKinds[len(englishStopKinds)-1]))

// englishNoTopicStems are the words whose inflections name no topic
// either (wondering, principles): adverbs, chat and talk about the
// report. Pronouns, prepositions, auxiliaries, adjectives, time words
// and units are left out: their inflected forms are nouns of their own
// (mine: mining, mines; out: outings; can: cans; good: goods; square:
// squares; spring: springs), which a question may ask of and the report
// lack.
var englishNoTopicStems = wordSet(slices.Concat(slices.Concat(englishStopKinds[3:5]...), englishStopKinds[len(englishStopKinds)-1]))

// englishVerbs are the common verbs and the verbs of figures, whose -s
// forms (describes, rises) name no topic; their participles stay topics
// (named, raised), since a question may claim what they say.
var englishVerbs = wordSet(slices.Concat(englishStopKinds[5:7]...))

// compoundTails close an English compound adjective after a hyphen
// (port-based, export-oriented, city-owned): what it says is of the word
// before the hyphen, and the tail names no topic of its own.
var compoundTails = wordSet([]string{"based", "led", "oriented", "driven", "owned", "related", "focused", "level", "wide"})
