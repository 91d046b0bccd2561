package rag

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// Spoken forms are not words the report lacks: a doubled verb, a
// clause-final 不 asking yes or no, 咱/俺 and 这些/那些.
func TestMissingWordsSpokenForms(t *testing.T) {
	checkMissingWords(t, seedIndex(t), []missingCase{
		{"黑臭水体今年治治不？", nil},
		{"咱们这些老旧小区改造不", nil},
		{"俺们那些公园去年新建了多少", nil},
		// A verb asked yes or no, a doubled verb, everyday talk around
		// the question (家里, 那阵子, 自个儿觉得, 盼头, 啊老铁).
		{"公交线路增不增加", nil},
		{"俺们那片老小区啥时候能收拾收拾", nil},
		{"家里老人那阵子自个儿觉得养老有啥盼头", nil},
		{"社零目标多少啊老铁", nil},
		{"去年发大水那会儿是咋熬过来的", nil},
		{"自个儿觉得房价还涨不", []string{"房价"}},
		// How often or how exactly (老得, 总是, 具体点) and whose (自身,
		// 省里) name no topic; a lexicon's spoken words of a report term
		// (来回跑, 争钱) are no words the report lacks.
		{"政府自身建设总是讲啥，说具体点", nil},
		{"办个证老得来回跑", nil},
		{"跟省里争钱争项目咋弄", nil},
		{"房价老是涨", []string{"房价"}},
		// Where in the report (第八部分, 最后) is no topic.
		{"第八部分讲的养老服务", nil},
		{"最后一部分说了哪些要求", nil},
		{"第九个方面最后的房价", []string{"房价"}},
		// Ways of asking (啥年份, 背景) the lexicon and fillerWords know.
		{"今年是啥年份，背景说说", nil},
		{"房价的背景", []string{"房价"}},
		// Asking a rank is how, not what: the report writes 全省第三.
		{"Which rank did Panjin get for R&D investment in the province?", nil},
		{"How did the city's R&D spending rank?", nil},
		{"What's the ranking of R&D intensity?", []string{"intensity"}},
		// Where in a topic, spoken (这块, 那块儿), and how often one must go
		// (跑好几趟) ask nothing; a resident's word of a report term (期房
		// for 保交楼, 稻田里养蟹 for 稻蟹共生) is no word the report lacks.
		{"政府在这块做了什么", nil},
		{"办个房本是不是还得跑好几趟", nil},
		{"买了期房怕交不了", nil},
		{"稻田里养蟹搞了多大面积", nil},
		{"房价那块儿是不是还得跑好几趟", []string{"房价"}},
		// How the answer is wanted (summarize, briefly, 用几句话) is no
		// topic; risk is the report's 风险.
		{"Summarize the 2025 plan for tourism.", nil},
		{"Briefly describe the tourism plan", nil},
		{"用几句话说说去年旅游", nil},
		{"How will the government handle real estate risks?", nil},
		{"Summarize the plan for casinos", []string{"casinos"}},
		// A count of rounds and how the report speaks ask nothing (几轮,
		// 光说好听的); the tail of a word the report writes part of (人 of
		// 年轻人, the report writes 年轻) makes no word with what follows.
		{"去年下了几轮大雨", nil},
		{"报告里政府有没有说自己有啥毛病 还是光说好听的", nil},
		{"年轻人来盘锦就业有啥政策", nil},
		{"城里养狗有啥管理规定", []string{"城里养狗", "规定"}},
		// Still missing: words the report never uses.
		{"盘锦的房价是多少", []string{"房价"}},
		{"周杰伦演唱会治治不", []string{"周杰伦演唱"}},
		// A doubled noun is a word like any other.
		{"宝宝的奶粉补贴有多少", []string{"宝宝", "奶粉"}},
	})
}

// missingCase is a question and the words missingWords finds it lacks,
// in order.
type missingCase struct {
	q    string
	want []string
}

func checkMissingWords(t *testing.T, ix *Index, cases []missingCase) {
	t.Helper()
	for _, tc := range cases {
		if got := ix.missingWords(Normalize(tc.q), nil); !slices.Equal(got, tc.want) {
			t.Errorf("missingWords(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Residents' words for errands and outings the report writes in its own
// terms (办执照 for 企业开办, 过户 and 办证 for 不动产登记, 逛街 and 撸串
// for 夜经济, a mistyped dgp for its GDP) are no words it
// lacks; nor is the rest of a longer lexicon word around a shorter one
// (跟上面 of 跟上面要 around 要钱). Words it never writes stay missing.
func TestMissingWordsEverydayErrands(t *testing.T) {
	checkMissingWords(t, seedIndex(t), []missingCase{
		{"办执照现在快不快", nil},
		{"房子过户办证要多久", nil},
		{"晚上逛街撸串的地方多不多", nil},
		{"dgp增速定了没", nil},
		{"市里跟上面要钱有啥新招", nil},
		{"过户要交多少契税", []string{"契税"}},
		{"逛街撸串的地方房价涨没涨", []string{"房价"}},
	})
}

// A run of characters the dictionary cut one by one and the reports never
// write asks a rate when it closes in 率 (失叶率, a misspelt 失业率), though
// none of its characters is a noun alone; one that names no thing and no
// quantity (扫黑打掉) still asks nothing.
func TestAskedUnwrittenRateRun(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want []string // missing asked terms, in order
	}{
		{"城镇登记失叶率是多少", []string{"失叶率"}},
		{"扫黑打掉多少团伙", nil},
	} {
		var got []string
		for _, a := range ix.askedTerms(ix.analyze(Normalize(tc.q), nil)) {
			if a.missing && a.noun {
				got = append(got, a.term)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("missing asked terms of %q = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// English words of asking, checking and place kinds name no topic: a
// question holding one asks about its other words ("Panjin Bank's
// situation" asks about the bank); a word the report lacks stays missing.
func TestMissingWordsEnglishAsking(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"What is Panjin Bank's situation?", nil},
		{"Who is responsible for project work?", nil},
		{"Did Panjin rank first in the province on anything?", nil},
		{"What should be the foremost quality of officials?", nil},
		{"Panjin's foreign trade grew 6% in 2024, correct?", nil},
		{"Give me a quick overview of Panjin's main targets for 2025", nil},
		{"What growth is Panjin expecting for 2026?", nil},
		{"What is Panshan county doing for tourism?", nil},
		{"What is the casino situation?", []string{"casino"}},
	} {
		got := ix.missingWords(Normalize(tc.q), nil)
		if !slices.Equal(got, tc.want) {
			t.Errorf("missingWords(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// An English figure question whose only topical words are ones the report
// lacks ("deposit growth") is declined by them, never answered with
// whatever growth the report gives; one that asks a word the report
// writes beside them is not.
func TestEnglishFigureOfOnlyMissing(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		found bool
		want  string
	}{
		{"What was the deposit growth?", false, "does not mention deposit"},
		{"How much did RMB deposits grow in 2024?", false, "does not mention"},
		{"What was the GDP growth in 2024?", true, "3.5%"},
	} {
		a, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != tc.found || !strings.Contains(a.Answer, tc.want) {
			t.Errorf("%q: found=%v %q, want found=%v holding %q", tc.q, a.Found, a.Answer, tc.found, tc.want)
		}
	}
}

// A grant (补助) is the report's subsidy (补贴) or relief (救助), not a
// word it lacks: "能得到补助吗" was declined as asking of 补助 though the
// report gives the relief asked.
func TestMissingWordsGrant(t *testing.T) {
	checkMissingWords(t, seedIndex(t), []missingCase{
		{"家里有残疾孩子要做康复，能得到补助吗", nil},
		{"家里有残疾孩子要做康复训练，能得到补助吗", []string{"训练"}},
	})
}

// How far or how wide a service reaches names no topic: the report writes
// the reach (一刻钟…服务圈), never a 范围. A 范围 of something else stays.
func TestMissingWordsReach(t *testing.T) {
	ix := seedIndex(t)
	checkMissingWords(t, ix, []missingCase{
		{"今年要让老人在家门口多远的范围内就能得到照料服务？", nil},
		{"老人在家门口多远范围内能得到照料服务", nil},
	})
	for _, q := range []string{"医保报销范围内有哪些药"} {
		if got := ix.missingWords(Normalize(q), nil); !slices.ContainsFunc(got, func(w string) bool { return strings.Contains(w, "范围") }) {
			t.Errorf("missingWords(%q) = %q, want a word of 范围", q, got)
		}
	}
}
