package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A question may ask what standing the report gives a thing in the city's
// development ("港口对盘锦的地位怎么定的", "把港口摆在什么位置"). Chinese
// policy writing states such a standing as a slogan naming the thing by its
// first character as the means of the city's rise: 以港兴市 (the port makes
// the city), 以工强市, 工业立市. The sentence writing that slogan answers;
// a sentence that only shares 港口 with the question does not.

// standingAsked reads the thing whose standing is asked: "港口" of
// "港口对盘锦的地位怎么定的" or "把港口摆在什么位置".
var standingAsked = []*regexp.Regexp{
	regexp.MustCompile(`^(?:报告(?:里|中)?(?:对|把)?)?(\p{Han}{2,4}?)(?:对于?|在)(?:盘锦|全市|我市|城市|咱们?|本市)?(?:发展|振兴)?(?:中|里|上)?的?(?:地位|定位)`),
	regexp.MustCompile(`把(\p{Han}{2,4}?)(?:摆|放)在了?(?:什么|啥|哪个?|怎样的?)(?:位置|地位)`),
}

// citySlogan is a slogan of a thing making the city: 以港兴市, 以工强市
// (the thing's first character after 以), 制造强市, 教育强市 (the thing's
// first two characters). One character before 强城 is a verb's
// (增强城市辨识度, 全面加强城市公共安全), no thing's.
var citySlogan = regexp.MustCompile(`以(\p{Han})(?:兴|强|立|活|富)(?:市|城)|(\p{Han}{2})(?:兴|强|立)(?:市|城)`)

// standingThing is the thing whose standing in the city norm asks, "" when
// it asks none.
func standingThing(norm string) string {
	for _, re := range standingAsked {
		if m := re.FindStringSubmatch(norm); m != nil {
			return m[1]
		}
	}
	return ""
}

// sloganFor finds the one sentence of rep writing a city slogan whose
// thing is written by thing's first character (以港兴市) or its first two
// (教育强市, not for 教师); false when none or several.
func sloganFor(rep *Report, thing string) (*Paragraph, Span, bool) {
	first, _ := utf8.DecodeRuneInString(thing)
	everyParagraph := func(*Paragraph) bool { return true }
	return onlySentence(rep, everyParagraph, func(s string) bool {
		return slices.ContainsFunc(citySlogan.FindAllStringSubmatch(s, -1), func(m []string) bool {
			return m[1] == string(first) || m[2] != "" && strings.HasPrefix(thing, m[2])
		})
	})
}

// groundCityStanding answers a question asking the standing the report
// gives a thing in the city with the sentence writing its slogan.
func (e *Engine) groundCityStanding(d *Draft) {
	rep := e.ownReportAsked(d)
	thing := standingThing(d.norm)
	if rep == nil || thing == "" {
		return
	}
	if p, sp, ok := sloganFor(rep, thing); ok {
		quoteSentence(d.Answer, p, sp)
	}
}
