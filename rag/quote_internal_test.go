package rag

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A question asking how a topic is done is answered from the body of the
// report on it, not only from the targets line that states its figure.
func TestSectionFirstQuotesTheBody(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		para  int
		quote string
		also  int // a paragraph cited beside it, 0 for none asked
	}{
		// The targets line's figure stays beside the body's quote.
		{"今年打算怎么提振消费", 30, "释放消费潜力", 23},
		{"今年财政过紧日子咋落实", 75, "过紧日子", 0},
		{"今年怎么扩大消费", 30, "扩大传统消费", 0},
		// The topic's own section paragraph, not a body paragraph sharing 扩大.
		{"今年怎么扩大有效需求", 26, "狠抓有效需求", 0},
		// A figure named: the body about it (外贸 for 进出口) still comes in.
		{"今年进出口总额有什么安排", 48, "外贸", 23},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		if !slices.ContainsFunc(ans.Citations, func(c Citation) bool {
			return c.Paragraph == tc.para && strings.Contains(c.Quote, tc.quote)
		}) {
			t.Errorf("Ask(%q) quotes no %q of ¶%d:\n%s", tc.q, tc.quote, tc.para, ans.Answer)
		}
		if tc.also != 0 && !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return c.Paragraph == tc.also }) {
			t.Errorf("Ask(%q) no longer cites ¶%d:\n%s", tc.q, tc.also, ans.Answer)
		}
	}
}

// A question naming one of the targets line's figures is about that
// figure: no body paragraph sharing a word with it (化债 of ¶67 for 投资,
// 粮食物流 of ¶35 for 粮食) comes in.
func TestSectionFirstKeepsANamedFigure(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"今年固定资产投资有什么进展", "今年粮食产量有什么安排"} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		var paras []int
		for _, c := range ans.Citations {
			paras = append(paras, c.Paragraph)
		}
		if !slices.Equal(paras, []int{23}) {
			t.Errorf("Ask(%q) cites ¶%v, want ¶23 alone:\n%s", q, paras, ans.Answer)
		}
	}
}

// sectionFirst's order, on candidates laid out by hand: which one comes
// first and where the others go.
func TestSectionFirstOrder(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	rep := ix.Latest()
	para := func(n int) *Paragraph {
		p, err := rep.Paragraph(n)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if para(16).Kind != ParaBody || para(16).Period.Kind == para(23).Period.Kind {
		t.Fatal("¶16 is no body paragraph of the other year")
	}
	type cand struct {
		n     int
		score float64
	}
	for _, tc := range []struct {
		name string
		q    string
		in   []cand
		want []int
	}{
		{"the body comes first, the opening second, the rest after",
			"今年怎么扩大消费", []cand{{23, 10}, {26, 5}, {30, 5}}, []int{30, 23, 26}},
		{"only the other year's body would qualify",
			"今年怎么扩大消费", []cand{{23, 10}, {16, 5}}, []int{23, 16}},
		{"a body quote under the share stays",
			"今年怎么扩大消费", []cand{{23, 10}, {27, 1}}, []int{23, 27}},
		{"a body quote over the share comes first",
			"今年怎么扩大消费", []cand{{23, 10}, {27, 2}}, []int{27, 23}},
		{"a figure of the opening named, a body sharing a word",
			"今年固定资产投资有什么进展", []cand{{23, 10}, {67, 5}}, []int{23, 67}},
		{"a figure of the opening named, a body sharing part of its name",
			"今年粮食产量有什么安排", []cand{{23, 10}, {35, 5}}, []int{23, 35}},
		{"a figure of the opening named, the body about it",
			"今年进出口总额有什么安排", []cand{{23, 10}, {48, 1}}, []int{48, 23}},
		{"the section's own paragraph is no opening",
			"今年怎么扩大有效需求", []cand{{26, 10}, {30, 5}}, []int{26, 30}},
		{"not asked how",
			"今年社会消费品零售总额增长多少", []cand{{23, 10}, {30, 5}}, []int{23, 30}},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		a.asked = ix.askedTerms(a)
		cands := make([]candidate, len(tc.in))
		for i, c := range tc.in {
			p := para(c.n)
			cands[i] = candidate{para: p, span: Span{byteEnd: len(p.Text)}, score: c.score}
		}
		e.sectionFirst(a, cands)
		var got []int
		for _, c := range cands {
			got = append(got, c.para.N)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: sectionFirst(%q) = ¶%v, want ¶%v", tc.name, tc.q, got, tc.want)
		}
	}
}

func TestOpensPart(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	for _, tc := range []struct {
		n    int
		want bool
	}{
		{6, true},   // 2024's overview
		{22, true},  // 2025's general requirements
		{23, true},  // 2025's targets
		{26, false}, // the first section's own paragraph
		{30, false}, // a section's body
		{75, false}, // after the sections, in no section
	} {
		p, err := rep.Paragraph(tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.opensPart(p); got != tc.want {
			t.Errorf("opensPart(¶%d) = %v, want %v", tc.n, got, tc.want)
		}
	}
}

// Asking what help there is, or what progress was made, asks what is done,
// as asking for measures does.
func TestHowAskedHelp(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"没人带娃今年有啥帮衬", true},
		{"对民营企业今年有啥扶持", true},
		{"残疾孩子有什么帮助", true},
		{"今年有啥新举措", true},
		{"去年城市建设有什么进展", true},
		{"去年文化事业有哪些成效", true},
		{"今年有啥好玩的", false},
		// Asked whether there is any, it asks what there is.
		{"养孩子贵，市里有支持吗", true},
		{"开网店的有没有扶持", true},
		{"老旧小区改造有没有啥办法", true},
		{"公园有没有人", false},
		{"今年有支持多少户", false},
	} {
		if got := howAsked.MatchString(tc.q); got != tc.want {
			t.Errorf("howAsked(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A clause cut from a longer sentence is widened to the sentence: the
// clauses beside it tell the rest of what was asked.
func TestWholeSentences(t *testing.T) {
	p := &Paragraph{N: 1, Text: "乡村振兴更进一步。建成高标准农田12万亩，粮食产量110万吨左右。城市功能更加完善。"}
	sentences := FullSentences(p.Text)
	clauses := Clauses(p.Text)
	// The last clause of the second sentence: 粮食产量110万吨左右。
	var last Span
	for _, c := range clauses {
		if strings.Contains(p.Text[c.byteStart:c.byteEnd], "粮食产量") {
			last = trimSpan(p.Text, c)
		}
	}
	got := wholeSentences([]candidate{{para: p, span: last}})
	if len(got) != 1 || !strings.Contains(p.Text[got[0].span.byteStart:got[0].span.byteEnd], "高标准农田12万亩") {
		t.Errorf("wholeSentences(粮食产量…) = %q, want the whole sentence", p.Text[got[0].span.byteStart:got[0].span.byteEnd])
	}
	// A whole sentence stays as it is.
	whole := trimSpan(p.Text, sentences[0])
	if got := wholeSentences([]candidate{{para: p, span: whole}}); got[0].span != whole {
		t.Errorf("wholeSentences(whole sentence) moved it to %v", got[0].span)
	}
}

// Asked about a topic, not a number, the answer quotes the whole sentence
// the best clause sits in, so its figures come along.
func TestTopicQuotesWholeSentence(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		para  int
		quote string
	}{
		{"去年粮食收成咋样", 11, "12.45万亩"},
		{"今年数字化转型有啥打算", 37, "智能工厂15个"},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		if !slices.ContainsFunc(ans.Citations, func(c Citation) bool {
			return c.Paragraph == tc.para && strings.Contains(c.Quote, tc.quote)
		}) {
			t.Errorf("Ask(%q) quotes no %q of ¶%d:\n%s", tc.q, tc.quote, tc.para, ans.Answer)
		}
	}
}

// A run on a topic opens with the heading right before its best sentence
// when that heading names the topic; another topic's heading, or a
// sentence that is no heading, stays out.
func TestWithTopicHeading(t *testing.T) {
	for _, tc := range []struct {
		name, text, best, want string
	}{
		{"heading naming the topic", "水运能力提升。新开航线三条，吞吐量增长百分之五。", "新开航线三条，吞吐量增长百分之五。", "水运能力提升。新开航线三条，吞吐量增长百分之五。"},
		{"another topic's heading", "旅游热度攀升。新开航线三条，吞吐量增长百分之五。", "新开航线三条，吞吐量增长百分之五。", "新开航线三条，吞吐量增长百分之五。"},
		{"no heading before", "全年新开航线三条，运输企业增加到二十家，服务持续完善。新建码头两座。", "新建码头两座。", "新建码头两座。"},
		{"first sentence", "新开航线三条，吞吐量增长百分之五。", "新开航线三条，吞吐量增长百分之五。", "新开航线三条，吞吐量增长百分之五。"},
	} {
		p := &Paragraph{Text: tc.text}
		var c candidate
		for _, s := range FullSentences(tc.text) {
			if sp := trimSpan(tc.text, s); tc.text[sp.byteStart:sp.byteEnd] == tc.best {
				c = candidate{para: p, span: sp}
			}
		}
		got := withTopicHeading(c, []askedTerm{{term: "水运", weight: 1}})
		if q := p.Text[got.span.byteStart:got.span.byteEnd]; q != tc.want {
			t.Errorf("%s: quote %q, want %q", tc.name, q, tc.want)
		}
	}
}
