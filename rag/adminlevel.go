package rag

import (
	"slices"
	"strings"
)

// englishLevels are the English names of the administrative levels
// (adminLevels), each with the report's word for it.
var englishLevels = map[string]string{"national-level": "国家级", "national level": "国家级", "provincial-level": "省级",
	"provincial level": "省级", "municipal-level": "市级", "municipal level": "市级", "city-level": "市级", "county-level": "县级"}

// askedLevel is the administrative level a question names, in the
// report's word for it (国家级, 省级, 市级…); "" when none. A thing named
// at one level (省级产教融合型企业) is not the thing named at another.
// Where clauses name different levels, the last that names one is read:
// an earlier clause sets the scene (汇福粮油国家级，那新增的省级龙头企业
// 是多少家 states the national one and asks the provincial count), and
// a follow-up clause turns to its own level (…，国家级的呢).
func askedLevel(norm string) string {
	clauses := strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(",，;；。", r) })
	for i := len(clauses) - 1; i > 0; i-- {
		if l := levelIn(clauses[i]); l != "" {
			return l
		}
	}
	return levelIn(norm)
}

// levelIn is the first administrative level of adminLevels that text
// names, in the report's word for it; "" when none.
func levelIn(norm string) string {
	for _, l := range adminLevels {
		if strings.Contains(norm, l) {
			return l
		}
	}
	for e, l := range englishLevels {
		if strings.Contains(norm, e) {
			return l
		}
	}
	return ""
}

// otherLevel reports whether a figure clause counts things of no
// administrative level asked: no item of it (parted by 、) that holds a
// figure names the level asked with the thing asked (its head, when the
// question has one). "培育省级产教融合型企业10家以上" is no count of 市级
// ones, "1个省级、2个市级产教联合体" none of 市级 企业, and "打造产教融合实训
// 基地15个" after it none of a level at all.
func otherLevel(level, clause string, asked []askedTerm) bool {
	if level == "" {
		return false
	}
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	for _, item := range strings.Split(clause, "、") {
		if strings.ContainsFunc(item, isDigitRune) && strings.Contains(item, level) && (h < 0 || asked[h].in(item)) {
			return false
		}
	}
	return true
}

// otherLevelFigure reports whether figure part p's indicator names an
// administrative level other than the one the question asks (新增省级企业
// 技术中心 where 国家级 is asked): no figure of it, in any year.
func (d *Draft) otherLevelFigure(p Part) bool {
	want := askedLevel(d.norm)
	if want == "" || p.Figure == nil {
		return false
	}
	ind := Normalize(p.Figure.Indicator)
	return askedLevel(ind) != "" && !strings.Contains(ind, want)
}
