package rag

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report's signature names its speaker (¶2 "市长 邢  鹏", the metadata's
// speaker "邢鹏（市长）"). That line answers who the mayor is and who
// delivered the report. It is no answer to who holds the office elsewhere
// ("大连市长是谁") or at another time ("前任市长是谁"), nor to the speaker's
// life ("邢鹏是哪里人"); nor to who holds another office the report's text
// never names ("盘锦市委书记是谁": a sentence naming 习近平总书记 is not one
// either). A claim that gives the speaker another office or name
// ("邢鹏是副市长吧", "报告是市长李鹏做的吧") is corrected by it.

// signature is a report's speaker as its metadata names them, and the
// paragraph that signs the report with their office and name.
type signature struct {
	rep          *Report
	para         *Paragraph
	name, office string // normalized: 邢鹏, 市长
	span         Span   // the office and name in para.Text
}

// speakerMeta reads the metadata's speaker: "邢鹏（市长）".
var speakerMeta = regexp.MustCompile(`^\s*(\p{Han}{2,4})\s*[（(]\s*(\p{Han}{2,8})\s*[）)]\s*$`)

// signatureDepth is how many paragraphs from the top a signature is
// looked for in: it stands under the title.
const signatureDepth = 6

// signatureOf is rep's signature; false when its metadata names no speaker
// or no paragraph near the top signs with their office and name.
func signatureOf(rep *Report) (signature, bool) {
	if rep == nil {
		return signature{}, false
	}
	m := speakerMeta.FindStringSubmatch(rep.Meta.Speaker)
	if m == nil {
		return signature{}, false
	}
	name, office := Normalize(m[1]), Normalize(m[2])
	for i := range rep.Paragraphs[:min(len(rep.Paragraphs), signatureDepth)] {
		p := &rep.Paragraphs[i]
		if p.Quotable() && Normalize(p.Text) == office+name {
			return signature{rep: rep, para: p, name: name, office: office, span: Sentences(p.Text)[0]}, true
		}
	}
	return signature{}, false
}

// signatureFor is the signature of the report d is answered from: its
// scope, or the one report loaded.
func (e *Engine) signatureFor(d *Draft) (signature, bool) {
	rep := e.reportOf(d)
	if rep == nil {
		return signature{}, false
	}
	sig, ok := e.ix.signatures[rep.Meta.ID]
	return sig, ok
}

// signaturesOf are the reports' signatures (signatureOf), by report id,
// read once: asked of nearly every answer.
func signaturesOf(reports []*Report) map[string]signature {
	out := map[string]signature{}
	for _, r := range reports {
		if sig, ok := signatureOf(r); ok {
			out[r.Meta.ID] = sig
		}
	}
	return out
}

// office is a word naming an office a question may ask the holder of, and
// the office it is, as the report's text would write it (mayor: 市长).
// concurrent: a mayor may hold it as well (市委副书记), so a report signed
// by the mayor does not tell a claim of it wrong. An empty canon is an
// office the report names its holder with (习近平总书记): left to the text.
type office struct {
	word, canon string
	concurrent  bool
}

// offices, matched leftmost and longest first: 常务副市长 before 市长.
var offices = []office{
	{"总书记", "", false}, {"第一书记", "第一书记", false}, {"支部书记", "支部书记", false}, {"支书", "支书", false},
	{"市委书记", "市委书记", false}, {"市委副书记", "市委副书记", true}, {"书记", "市委书记", false},
	{"一把手", "市委书记", false}, {"二把手", "市长", false},
	{"常务副市长", "常务副市长", false}, {"副市长", "副市长", false}, {"市长助理", "市长助理", false}, {"市长", "市长", false},
	{"人大常委会主任", "人大常委会主任", false}, {"人大主任", "人大常委会主任", false}, {"政协主席", "政协主席", false},
	{"秘书长", "秘书长", false}, {"纪委书记", "纪委书记", false}, {"组织部长", "组织部长", false}, {"宣传部长", "宣传部长", false},
	{"省委书记", "省委书记", false}, {"副省长", "副省长", false}, {"省长", "省长", false},
	{"区委书记", "区委书记", false}, {"县委书记", "县委书记", false}, {"区长", "区长", false}, {"县长", "县长", false},
	{"executive vice mayor", "常务副市长", false}, {"vice mayor", "副市长", false}, {"vice-mayor", "副市长", false}, {"deputy mayor", "副市长", false},
	{"first secretary", "第一书记", false}, {"branch secretary", "支部书记", false},
	{"party secretary", "市委书记", false}, {"party chief", "市委书记", false}, {"party boss", "市委书记", false},
	{"secretary of the cpc", "市委书记", false}, {"secretary of the party committee", "市委书记", false},
	{"secretary of the municipal party committee", "市委书记", false}, {"secretary of the panjin municipal party committee", "市委书记", false},
	{"secretary-general", "秘书长", false}, {"secretary general", "秘书长", false}, {"governor", "省长", false}, {"mayor", "市长", false},
}

// officeModifies follows an office word that names a thing, not the
// office: 一把手工程, 市长热线.
var officeModifies = regexp.MustCompile(`^(?:工程|热线|信箱|项目|奖|公开电话|接待日|制)`)

// officeOfBody precedes an office word held in a body below the city's:
// 村书记, 党委书记, 社区书记, "village party secretary".
var officeOfBody = regexp.MustCompile(`(?:驻村|村|镇|乡|街道|社区|党委|党组|团委|企业|学校|支部|\b(?:village|township|branch|school|company|deputy)\s+)$`)

// officeAsked is the office norm names, leftmost and longest first, and
// where its word stands. The office of a body below the city's is that
// body's ("驻村第一书记": 驻村第一书记, not 市委书记).
func officeAsked(norm string) (office, int, bool) {
	best, at := office{}, -1
	for _, o := range offices {
		i := officeIndex(norm, o.word)
		if i < 0 || at >= 0 && (i > at || i == at && len(o.word) <= len(best.word)) || officeModifies.MatchString(norm[i+len(o.word):]) {
			continue
		}
		if body := officeOfBody.FindString(norm[:i]); body != "" {
			o.canon = body + o.word
		}
		best, at = o, i
	}
	return best, at, at >= 0
}

// splitAfter opens a word an office word's closing 长 belongs to instead
// (全市长期, 城市长效, 全省长远); splitBefore closes one its opening 市, 县,
// 区 or 省 belongs to (城市长…, 全县长…).
var (
	splitAfter  = regexp.MustCompile(`^(?:期|效|远|足|久|达|江|城|寿|春|征|租|沙|廊|输|线|短|时间|周期|三角)`)
	splitBefore = regexp.MustCompile(`[全城都各]$`)
)

// officeIndex is where word first stands in norm as a word of its own:
// "mayor" not in "mayoral", 市长 not in 全市长期 or 城市长效; -1 when nowhere.
func officeIndex(norm, word string) int {
	for from := 0; from < len(norm); {
		i := strings.Index(norm[from:], word)
		if i < 0 {
			return -1
		}
		i += from
		before, after := norm[:i], norm[i+len(word):]
		if !officeSplit(before, after, word) {
			return i
		}
		from = i + len(word)
	}
	return -1
}

// officeSplit reports whether word, between before and after, is cut out
// of other words rather than standing as one.
func officeSplit(before, after, word string) bool {
	if isASCIIWord(word) {
		return before != "" && isASCIILetter(before[len(before)-1]) || after != "" && isASCIILetter(after[0])
	}
	return strings.HasSuffix(word, "长") && splitAfter.MatchString(after) ||
		strings.ContainsAny(word[:3], "市县区省") && splitBefore.MatchString(before)
}

// otherTenure is the word before an office that asks of its holder at
// another time ("前任市长", "下一任市长", "the former mayor"): "" when none.
// The signature names the holder of now only.
var otherTenure = regexp.MustCompile(`(?:前任|上任|上一任|上届|上一届|原任?|下任|下一任|下届|下一届|历任|卸任|继任)(?:盘锦)?市?$|` +
	`\b(?:former|previous|next|last|past|prior|future|ex-|outgoing|incoming)\s*(?:panjin\s+)?$`)

var (
	// delivererCue asks who delivered the report ("报告是谁做的", "谁作的报告",
	// "who delivered the report"): the report itself is asked of, with no
	// more than an identity's fillers between — not "报告提到的老旧小区改造谁
	// 来做", which asks who does the work.
	delivererCue = regexp.MustCompile(`报告(?:是|由|到底是|究竟是)?谁来?(?:作|做|讲|念|宣读)|` +
		`谁来?(?:作|做|讲|念|宣读|所作)了?的?(?:这份|这个|这次|本次|今年的?)?(?:盘锦)?(?:市)?(?:政府工作)?报告|` +
		`报告人|(?:作|做)报告的(?:人|是)|` +
		`\bwho (?:delivered|gave|presented|made|read|wrote)\b[^?]{0,30}\b(?:report|speech|address)\b`)
	// deliveredClaim says by whom the report was delivered: "报告是市委书记作的吧".
	deliveredClaim = regexp.MustCompile(`报告.{0,12}(?:作|做|讲|念|宣读)的?|(?:作|做)的报告|\bdelivered\b`)
	// biographyCue asks of a person's life, not of the report: where from,
	// how old, what before, how to reach them. Words that name a policy's
	// topic as well (家庭, 孩子, 毕业) are biographyOwn.
	biographyCue = regexp.MustCompile(`哪里人|哪儿人|哪的人|籍贯|老家|出生|出身|生日|哪年生|岁数|年龄|几岁|年纪|属什么|属啥|` +
		`之前在哪|以前在哪|原来在哪|之前是干|以前是干|之前干|以前干|之前做|以前做|之前当|以前当|任职|上任|任期|当了几年|干了几年|担任.{0,4}几年|` +
		`履历|简历|学历|哪个学校|老婆|妻子|爱人|子女|男的|女的|性别|民族|党龄|电话|手机|邮箱|微信|工资|薪水|年薪|月薪|照片|长什么样`)
	// biographyOwn asks of the person's life only right after them, as
	// theirs: "市长的家庭", "市长家里几口人", "市长多大了" — not "市长对困难
	// 家庭有什么安排".
	biographyOwn = regexp.MustCompile(`^(?:本人)?(?:的|是)?(?:什么|啥|哪所|哪个)?(?:家庭|家里|家人|孩子|经历|背景|毕业|多大)`)
	// biographyAside are words between a person and a cue that turn to the
	// report or to a policy: "市长说今年要保障…家庭" asks what the mayor said.
	biographyAside = regexp.MustCompile(`说|提|讲|要|报告|工作|对|关于|针对|给|为|[，,。；;]`)
	// biographyCueEN asks the same in English, within biographyReach of
	// the person: "how old is the mayor", "where is the mayor from".
	biographyCueEN = regexp.MustCompile(`\bhow old\b|\bborn\b|\bbirth|\bwhere is [a-z ]{0,30} from\b|\bwhere does [a-z ]{0,30} come from\b|` +
		`\bhometown\b|\bbiography\b|\bbefore becoming\b|\bphone\b|\bemail\b|\bsalary\b|\bwife\b|\bhusband\b|\bmarried\b`)
	// biographyOwnEN are the English words that name a policy's topic as
	// well, asked of the person as theirs: "the mayor's family", "the
	// education of the mayor" — not "what did the mayor say about education".
	biographyOwnEN = regexp.MustCompile(`^(?:'s|s') (?:age|background|education|educational|academic|family|career|previous|past|personal|political)\b`)
	biographyOfEN  = regexp.MustCompile(`\b(?:age|background|education|family|career) of (?:the )?$`)
)

// biographyReach is how many bytes of an English question around the
// person a biography cue is looked for in.
const biographyReach = 24

// officeMark stands for the office word in holderPattern.
const officeMark = "⟨office⟩"

// holderPattern asks who holds the office officeMark stands for. The
// holders of an office several hold are asked as a list closing the
// question (副市长有哪些, 副市长都是哪几位, 副市长都有谁), not "市长有哪些工作安排".
var holderPattern = regexp.MustCompile(officeMark + `(?:的)?(?:是|叫|姓)?(?:谁|哪位|何人|什么名字|啥名字|名字|叫什么|叫啥|姓什么|姓啥)|` +
	officeMark + `(?:都|分别)?(?:有|是)(?:哪些|哪几位|哪几个)(?:人)?(?:呢|啊|呀)?[?？。]*$|` +
	officeMark + `(?:都|分别)?有谁|` +
	`(?:谁|哪位)(?:是|当|任|担任)\p{Han}{0,4}` + officeMark + `|` +
	`\bwho(?:'s| is| was| are)\b[^?]{0,40}` + officeMark + `|` + officeMark + `'s name\b|\bname of [^?]{0,30}` + officeMark)

// holderAsked reports whether norm asks who holds office word: "市委书记是谁",
// "市长叫什么名字", "谁是市长", "who is the party secretary", "the mayor's
// name" — not "Which enterprises does the mayor thank by name".
func holderAsked(norm, word string) bool {
	i := officeIndex(norm, word)
	return i >= 0 && holderPattern.MatchString(norm[:i]+officeMark+norm[i+len(word):])
}

// asksBiography reports whether norm asks of the life of the speaker sig
// names, or of an office's holder: the cue follows the person within a
// few words that do not turn to what the report says.
func asksBiography(norm string, people []string) bool {
	for _, who := range people {
		i := officeIndex(norm, who)
		if i < 0 {
			continue
		}
		after := norm[i+len(who):]
		if isASCIIWord(who) {
			if asksBiographyEN(norm, i, who) {
				return true
			}
			continue
		}
		if biographyOwn.MatchString(after) {
			return true
		}
		if loc := biographyCue.FindStringIndex(after); loc != nil {
			between := after[:loc[0]]
			if len([]rune(between)) <= 8 && !biographyAside.MatchString(between) {
				return true
			}
		}
	}
	return false
}

// asksBiographyEN is asksBiography of English, where the cue may come
// first ("how old is the mayor"): it stands within biographyReach of the
// person at i, or names what is theirs ("the mayor's family").
func asksBiographyEN(norm string, i int, who string) bool {
	before, after := norm[:i], norm[i+len(who):]
	near := norm[max(0, i-biographyReach):min(len(norm), i+len(who)+biographyReach)]
	return biographyCueEN.MatchString(near) || biographyOwnEN.MatchString(after) || biographyOfEN.MatchString(before)
}

// isASCIIWord: w is an English word, not Chinese.
func isASCIIWord(w string) bool { return w != "" && w[0] < 0x80 }

// surnames open a Chinese name a claim may give the speaker ("市长是王鹏吧").
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤邢葛殷齐谷闵高石白田任廖常武乔康傅施洪龙牛金"

// nameEnds end a name in a claim: what follows it (做的, 吧, 市长).
const nameEnds = "作做的吧吗呀啊呢嘛么是讲念市在了，,。？?！!"

// claimedName is a name claim norm gives after the office or 是
// ("市长是王鹏吧", "报告是市长李鹏做的吧") or that opens it right before the
// office ("王鹏市长做的报告吗"), other than the speaker's: "" when none.
func claimedName(norm string, sig signature) string {
	rs := []rune(norm)
	lead := []rune(sig.office)
	for i := range rs {
		after := i > 0 && rs[i-1] == '是' || i >= len(lead) && string(rs[i-len(lead):i]) == sig.office
		if !after || !strings.ContainsRune(surnames, rs[i]) {
			continue
		}
		j := i
		for j < len(rs) && j-i < 4 && unicode.Is(unicode.Han, rs[j]) && !strings.ContainsRune(nameEnds, rs[j]) {
			j++
		}
		if name := string(rs[i:j]); otherName(name, sig) {
			return name
		}
	}
	return nameBeforeOffice(rs, sig)
}

// nameBeforeOffice is the name a claim opens with, written right before
// the office ("王鹏市长做的报告吗", "李小鹏市长讲的吧"), or a surname with the
// office ("王市长"): "" when none. Only at
// the claim's start, so a word ending in a surname's character (盘锦王…)
// is never read as a name.
func nameBeforeOffice(rs []rune, sig signature) string {
	for n := 3; n >= 2; n-- {
		if len(rs) > n && strings.HasPrefix(string(rs[n:]), sig.office) && strings.ContainsRune(surnames, rs[0]) {
			if name := string(rs[:n]); !strings.ContainsFunc(name, func(r rune) bool { return !unicode.Is(unicode.Han, r) || strings.ContainsRune(nameEnds, r) }) && otherName(name, sig) {
				return name
			}
		}
	}
	// A surname alone, as people address an official (王市长): another
	// surname than the speaker's is claimed with the office.
	if len(rs) > 1 && strings.HasPrefix(string(rs[1:]), sig.office) && strings.ContainsRune(surnames, rs[0]) && !strings.HasPrefix(sig.name, string(rs[0])) {
		return string(rs[0]) + sig.office
	}
	return ""
}

// otherName reports whether name, two or three characters, is not the
// speaker's name or a part of it. The speaker's name with a character
// more (邢鹏飞 for 邢鹏) is another person's, unless that character is
// what the claim goes on with (邢鹏说, 邢鹏向大会…).
func otherName(name string, sig signature) bool {
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 3 || sig.name == "" {
		return false // no signature to hold a name against
	}
	if rest, ok := strings.CutPrefix(name, sig.name); ok {
		return rest != "" && !strings.ContainsAny(rest, nameGoesOn)
	}
	return !strings.HasPrefix(sig.name, name)
}

// nameGoesOn are the verbs and prepositions a claim may go on with right
// after the speaker's name, none of them part of it: 邢鹏说, 邢鹏向大会作.
const nameGoesOn = "说讲谈提向对给把将为代同主表发"

// identityFillers are the words a claim of who the speaker is may hold
// besides the person and the office: "这份报告是市长李鹏做的吧".
var identityFillers = regexp.MustCompile(`这份|这次|这个|今年的?|政府工作|报告|盘锦市?|人代会上?|在|是|的|作|做|讲|念|宣读|对吧|对不对|对吗|是不是|没错|吧|吗|嘛|呗|啊|呀|[？?！!。，,\s]`)

// identityClaim reports whether claim norm says no more than who the
// speaker is or who delivered the report ("邢鹏是副市长吧", "报告是人大主任作的
// 吗"): not "邢鹏市长说GDP增长5.5%吧", a claim of what the report says.
func identityClaim(norm string, sig signature, off office) bool {
	rest := strings.ReplaceAll(norm, sig.name, "")
	if off.word != "" {
		rest = strings.ReplaceAll(rest, off.word, "")
	}
	rest = strings.ReplaceAll(rest, sig.office, "")
	if name := claimedName(norm, sig); name != "" {
		rest = strings.ReplaceAll(rest, name, "")
	}
	return len([]rune(identityFillers.ReplaceAllString(rest, ""))) <= 2
}

// groundPeople answers a question about who holds an office, who the
// speaker is or of their life, and corrects a claim of the speaker's
// office or name, from the report's signature alone — of the report's own
// place only: "大连市长是谁" is left declined for the place.
func (e *Engine) groundPeople(d *Draft) {
	grounding := d.Answer.Understood.Grounding
	if d.Lookup || grounding == GroundOtherPlace || grounding == GroundOtherPeriod || d.place != nil && d.place.Relation == PlaceOther {
		return
	}
	// A district or the province named ("辽宁省长是谁"): its offices are
	// not the speaker's, and the report names the holder of none.
	away := d.place != nil && d.place.Relation != PlaceOwn
	sig, ok := e.signatureFor(d)
	if !ok {
		return
	}
	norm := d.norm
	off, at, named := officeAsked(norm)
	if named && (off.canon == "" || namesHolder(sig, off)) {
		return // 总书记, 驻村第一书记: the report's text may name its holder
	}
	asked := off.word
	if named {
		body := officeOfBody.FindString(norm[:at])
		asked = otherTenure.FindString(norm[:at-len(body)]) + body + off.word // 前任市长, 驻村第一书记
	}
	own := named && off.canon == sig.office && asked == off.word && !away
	other := named && !own
	speaker := strings.Contains(norm, sig.name)
	switch {
	case e.ix.statesClaim(d.Read) && (speaker || deliveredClaim.MatchString(norm) || own) && identityClaim(norm, sig, off):
		e.speakerClaim(d, sig, off, asked, other)
	case other && (holderAsked(norm, off.word) || asksBiography(norm, []string{off.word})):
		e.signatureAnswer(d, sig, false, fmt.Sprintf("报告没有提到%s是谁，只写明作报告的是%s。相关内容：", asked, sig.office),
			"The report does not say who the "+asked+" is; it names only the official who delivered it. Related text:")
	case asksBiography(norm, []string{sig.name, sig.office, "mayor"}) && (speaker || own):
		e.signatureAnswer(d, sig, false, fmt.Sprintf("报告没有介绍%s%s的个人情况（籍贯、年龄、履历等），只署了职务和姓名。相关内容：", sig.office, sig.name),
			"The report says nothing of the speaker's background; it gives only the office and name. Related text:")
	case own && holderAsked(norm, off.word) || delivererCue.MatchString(norm) && !other && !away:
		e.signatureAnswer(d, sig, true, "", "")
	default:
		dropSignature(d.Answer, sig)
	}
}

// dropSignature drops the signature from an answer to a question of no
// person that quotes more: "市长对孩子上学有什么打算" shares 市长 with it,
// and it says nothing of schooling.
func dropSignature(ans *Answer, sig signature) {
	signs := func(p Part) bool {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			return false
		}
		c := ans.Citations[p.Citations[0]]
		return c.Report == sig.para.Report && c.Paragraph == sig.para.N
	}
	quotes, signed := 0, false
	for _, p := range ans.Parts {
		if p.Type == PartQuote || p.Type == PartFigure {
			quotes++
		}
		signed = signed || signs(p)
	}
	if signed && quotes > 1 {
		ans.keepParts(func(p Part) bool { return !signs(p) })
	}
}

// namesHolder reports whether sig's report names, beside its signature,
// the office off as a signature writes it ("省委书记郝鹏"): who holds it is
// then left to the text.
func namesHolder(sig signature, off office) bool {
	for i := range sig.rep.Paragraphs {
		p := &sig.rep.Paragraphs[i]
		if p != sig.para && strings.Contains(Normalize(p.Text), off.canon) {
			return true
		}
	}
	return false
}

// speakerClaim answers a claim about the speaker: corrected where it gives
// another office or name, declined where the office may be held as well,
// confirmed by the signature otherwise.
func (e *Engine) speakerClaim(d *Draft, sig signature, off office, asked string, other bool) {
	switch {
	case other && off.concurrent:
		e.signatureAnswer(d, sig, false, fmt.Sprintf("报告只写明%s是%s，没有说是否兼任%s。相关内容：", sig.name, sig.office, asked),
			"The report gives only the speaker's office, not whether they also serve as "+asked+". Related text:")
	case other:
		e.signatureCorrection(d, sig, asked)
	default:
		if name := claimedName(d.norm, sig); name != "" {
			e.signatureCorrection(d, sig, name)
			return
		}
		e.signatureAnswer(d, sig, true, "", "")
	}
}

// signatureAnswer makes d's answer the signature: as the answer when
// found, else as related text under the notice zh (en).
func (e *Engine) signatureAnswer(d *Draft, sig signature, found bool, zh, en string) {
	ans := d.Answer
	ans.Found, ans.Figures, ans.Citations, ans.Parts = true, nil, []Citation{}, []Part{introPart(ans.Lang)}
	ans.Understood.Grounding = ""
	ans.addQuote(citationFor(sig.para, sig.span))
	if !found {
		ans.relatedOnly(GroundNotAnswered, zh, en) // keeps the quote alone
	}
}

// signatureCorrection makes d's answer the correction of what a claim
// stated of the speaker (an office, a name) by the signature, then the
// signature quoted.
func (e *Engine) signatureCorrection(d *Draft, sig signature, stated string) {
	ans := d.Answer
	c := citationFor(sig.para, sig.span)
	ans.Found, ans.Figures, ans.Citations = true, nil, []Citation{}
	ans.Understood.Grounding = ""
	ans.Parts = []Part{citedCorrection(c, 0, 0, sig.span.End-sig.span.Start, stated, "报告人"), introPart(ans.Lang)}
	ans.addQuote(c)
}
