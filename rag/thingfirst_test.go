package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestThingFirstMention: a question that opens with the thing and asks
// whether the report mentions it (人才公寓有提到吗) is declined when a word
// of the thing is one the report never writes (公寓, 公积金, 北站), though
// the report's text shares its other words (人才, 住房, 改造); a thing of
// the report's words, written another way (冰钓比赛: 全国冰钓赛), is
// still answered. The thing's words are read as the report would write
// them (writtenUnits).
func TestThingFirstMention(t *testing.T) {
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		for _, c := range []struct {
			q     string
			found bool
		}{
			{"人才公寓有提到吗", false},
			{"住房公积金有提吗", false},
			{"盘锦北站改造报告讲没讲", false},
			{"冰钓比赛提到了吗", true},
			{"停车管理条例有提到吗", true},
			{"跟无锡合作的事提了吗", true},
			{"扫黑除恶报告里讲没讲", true},
			// A question word makes the opening a question, not a thing.
			{"政府归谁监督 报告里有说没", true},
			// A clause told is no thing asked about.
			{"螃蟹沟那边一下雨就淹 报告有说吗", true},
			// An abbreviated name the quotes write whole is answered.
			{"大工盘锦校区报告里提了吗", true},
			// A word the cutter left in characters (田长制, 驻村, 算力) or a
			// closing kind's character (河蟹节) the report never writes with
			// its neighbours is the thing unwritten; one it writes is not.
			{"田长制有没有", false},
			{"驻村第一书记说了没", false},
			{"算力中心提了吗", false},
			{"河蟹节报告里说没说", false},
			{"林长制讲了吗", true},
			{"断头路报告讲没讲", true},
			{"辽河口渔家菜提到了吗", true},
			{"电梯阻车系统有提吗", true},
			// A name closing with a kind's word (大学, 城市) the report never
			// writes is unmentioned by its others of the kind.
			{"辽宁石油化工大学有提到吗", false},
			{"国家卫生城市有提吗", false},
			{"辽河石油职业技术学院提到了吗", true},
			{"大连理工盘锦校区有提到吗", true},
			{"盘锦银行提到了吗", true},
		} {
			a, err := eng.Ask(context.Background(), rag.Query{Text: c.q})
			if err != nil {
				t.Fatal(err)
			}
			if a.Found != c.found {
				t.Errorf("%s: found=%v, want %v:\n%s", c.q, a.Found, c.found, a.Answer)
			}
			if !c.found && !strings.Contains(a.Answer, "报告没有提到") {
				t.Errorf("%s: the decline does not say the report does not mention it:\n%s", c.q, a.Answer)
			}
		}
	})
}
