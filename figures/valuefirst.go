package figures

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// valueFirst corrects a claim that names, figure first, what a figure is
// of ("147亿是进口额吧", "4.7%是存款增速吧") when the report gives that
// figure for one other indicator only (进出口总额达到147亿元, 贷款余额增长
// 4.7％): the correction names the indicator the report gives it for. Nil
// when the claim names that indicator, or the figure is of none or of
// several.
func (st *Stepper) valueFirst(d *rag.Draft, stated []Mention, confirmed []*Figure, scope string) *Correction {
	if len(stated) != 1 || !d.ClaimShaped() {
		return nil
	}
	m := stated[0]
	name, ok := valueFirstName([]rune(d.Read), m)
	if !ok {
		return nil
	}
	sp := st.idx.scope(scope)
	if sp == nil {
		return nil
	}
	kind := normKind(d.Norm(), sp)
	f := st.idx.onlyHolder(m, kind, scope)
	if f == nil || st.names(d, name, f, kind, scope) {
		return nil
	}
	if confirmedAs(d, confirmed, f) {
		return nil
	}
	return &Correction{Stated: name, Actual: *f, Named: true}
}

// confirmedAs reports whether the premise check, reading the claim's
// words, confirmed f's indicator stating the figure ("70.1亿是工业技改投入
// 吧"), and the question names no other kind of its family: "147亿是进口额
// 吧" finds 进出口总额 too, of which 进口额 is another kind.
func confirmedAs(d *rag.Draft, confirmed []*Figure, f *Figure) bool {
	for _, c := range confirmed {
		if c.Indicator == f.Indicator && !d.OtherKind(c.Indicator) {
			return true
		}
	}
	return false
}

// valueFirstName is the name a claim gives figure m when the words right
// after it say what it is ("147亿是进口额吧": 进口额); not ok when, without
// the words of a period or a kind, nothing is named ("5.5%是今年目标吧").
func valueFirstName(rs []rune, m Mention) (string, bool) {
	after := strings.TrimSpace(string(rs[m.End:]))
	for _, w := range []string{"应该是", "指的是", "就是", "是"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			after = rest
			break
		}
		if w == "是" {
			return "", false
		}
	}
	name := string([]rune(after)[:nextMark([]rune(after), 0)])
	if containsAnyOf(name, askWords...) {
		return "", false // "147亿是什么", "147亿是进口还是出口"
	}
	name = rag.TrimClaimTail(strings.TrimSuffix(rag.TrimClaimTail(name), "么"))
	if name == "" || strings.ContainsFunc(name, unicode.IsDigit) {
		return "", false // "5.5%是吧", "39.7%是2024年的吗"
	}
	core := name
	for _, w := range nameless {
		core = strings.ReplaceAll(core, w, "")
	}
	return name, strings.TrimSpace(core) != ""
}

// nameless are words a claim's name may hold that name no indicator: a
// period, a kind of figure, a judgement ("是对的吧").
var nameless = []string{"去年", "今年", "明年", "全年", "目标", "预期", "计划", "结果", "实际", "完成",
	"增速", "增幅", "增长率", "增长", "总额", "总量", "数字", "数据", "指标", "比例", "比重",
	"正确", "准确", "没错", "对", "错", "真", "假", "的", "了", "盘锦", "全市"}

// onlyHolder is the one figure of the period asked (kind, "" any) that
// figure m states, in its unit (a bare 亿 is money in any currency); nil
// when none or more than one indicator has it.
func (ix *Index) onlyHolder(m Mention, kind Kind, report string) *Figure {
	v := m.Value
	bareYi := v.Unit == "" && strings.HasSuffix(m.Text, "亿")
	if v.Unit == "" && !bareYi {
		return nil // a bare number may be of anything
	}
	sp := ix.scope(report)
	var found *Figure
	for i := sp.lo; i < sp.hi; i++ {
		f := &ix.figs[i]
		fits := UnitsCompatible(v.Unit, f.Unit) || bareYi && isMoney(f.Unit)
		if kind != "" && f.Kind != kind || !fits || f.Unit == "" || f.Unit == UnitRank || !v.Admits(f.Amount()) {
			continue
		}
		if found != nil && found.Indicator != f.Indicator {
			return nil
		}
		found = f
	}
	return found
}

// names reports whether a claim's name may name f's indicator: it shares
// a word of its own with it (海洋GDP for 海洋经济生产总值, 工业技改投入 for 投
// 入技改资金); or it names no other kind of a family f's indicator belongs
// to (进口额 for 进出口总额, 存款 for 贷款余额), and the figures search finds
// f for it, or finds no indicator strongly (a name the report's words do
// not reach: "去年种的树" for 植树造林 is no claim of another thing). "外资"
// finds 实际利用外资 and not 实际到位内资: 451.5亿元 is not what it names.
func (st *Stepper) names(d *rag.Draft, name string, f *Figure, kind Kind, scope string) bool {
	if st.idx.sharesTerm(d, name, f, scope) {
		return true
	}
	if d.OtherKind(f.Indicator) {
		return false
	}
	other := false
	for _, c := range st.idx.search(Query{Text: name, Kind: kind, Report: scope}) {
		if c.fig.Indicator == f.Indicator {
			return true
		}
		other = other || c.coverage >= premiseMinCoverage
	}
	return !other
}

// sharesTerm reports whether a claim's name shares with f's indicator a
// bigram few indicators hold (海洋, 技改), outside the words naming the
// kind of a family the question asks (出口 of 出口增速 is no word 进出口总额
// shares) and the words that name no indicator (增速, 总额).
func (ix *Index) sharesTerm(d *rag.Draft, name string, f *Figure, scope string) bool {
	core := rag.Normalize(name)
	for _, w := range d.KindNames() {
		core = strings.ReplaceAll(core, w, " ")
	}
	for _, w := range nameless {
		core = strings.ReplaceAll(core, w, " ")
	}
	sp := ix.scope(scope)
	ind := rag.Normalize(f.Indicator)
	for _, g := range bigrams(core) {
		if len([]rune(g)) < 2 || !strings.Contains(ind, g) {
			continue
		}
		if id, ok := ix.gramID[g]; ok && len(ix.within(ix.holding[id], sp))*rareTermShare <= int(sp.hi-sp.lo) {
			return true
		}
	}
	return false
}

// rareTermShare: a bigram held by at most one indicator in this many is a
// word of its own (海洋, 技改), not a common one (增长, 项目, 企业).
const rareTermShare = 20

// namedFigure is af, the report's figure f as a correction of the name a
// claim gave it, shown with the words that name it: from where its
// indicator's words start in its sentence to its end ("进出口总额达到147亿
// 元"), an exact span of the paragraph, with a 全年 right before them
// (全年新签约注册项目260个 says it is the year's sum). af as it is when
// they are not found there.
func namedFigure(d *rag.Draft, f Figure, af rag.AnswerFigure) rag.AnswerFigure {
	p, err := d.Paragraph(f.Report, f.Paragraph)
	ind := []rune(f.Indicator)
	if err != nil || len(ind) < 2 {
		return af
	}
	rs := []rune(p.Text)
	for i := f.Start - len(ind[:2]); i >= 0 && f.Start-i <= maxNamedSpan; i-- {
		if strings.ContainsRune("。；;！!？?", rs[i]) {
			break
		}
		if rs[i] == ind[0] && rs[i+1] == ind[1] {
			if i >= 2 && string(rs[i-2:i]) == "全年" {
				i -= 2 // 全年新签约注册项目260个: the year's sum, not one event's
			}
			af.Value, af.Start = string(rs[i:f.End]), i
			return af
		}
	}
	return af
}

// maxNamedSpan bounds how far before a figure its indicator's words may
// start (金融机构本外币贷款余额增长4.7％).
const maxNamedSpan = 24
