package rag

import (
	"regexp"
	"strings"
)

// spokenProvince is how a chat names the province of the report as
// 全省 does: 省里, 省上, 咱省, 我省, 本省. The report writes none of them,
// so a figure asked of them ("省里今年GDP目标") is the province's, not the
// city's.
var spokenProvince = regexp.MustCompile(`省里|省上|咱们?省|我省|本省`)

// givenByProvince is the province acting for the city right after it is
// named (省里给的资金, 省里拨了多少, 省上支持的项目): the city's receipts,
// which the report gives.
var givenByProvince = regexp.MustCompile(`^(?:给|拨|下拨|下达|补|奖|支持|批|发|安排|下发|分配|帮)`)

// asksWholeProvince reports whether norm names the province of the report
// as a whole, written (全省) or spoken (省里).
func asksWholeProvince(norm string) bool {
	if strings.Contains(norm, "全省") {
		return true
	}
	for _, m := range spokenProvince.FindAllStringIndex(norm, -1) {
		// "比省里高多少" sets the city beside the province: the city's own
		// figure, which the comparison checks read.
		compared := comparedBefore.MatchString(norm[:m[0]]) || comparedAfter.MatchString(norm[m[1]:]) ||
			endsWithAny(norm[:m[0]], []string{"和", "与", "跟"})
		if !compared && !givenByProvince.MatchString(norm[m[1]:]) {
			return true
		}
	}
	return false
}

// writtenProvinceCompared reads a spoken province set beside the city
// ("跟省里比呢", "比省里高多少", "和省上相比") as the report writes it,
// 全省: the report's comparison (高于全省2.8个百分点) then answers it as it
// answers "比全省高多少", not the city's own figure alone.
func writtenProvinceCompared(text string) string {
	locs := spokenProvince.FindAllStringIndex(text, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		m := locs[i]
		compared := comparedBefore.MatchString(text[:m[0]]) || comparedAfter.MatchString(text[m[1]:]) && endsWithAny(text[:m[0]], []string{"和", "与", "跟", "同"})
		if compared && !givenByProvince.MatchString(text[m[1]:]) {
			text = text[:m[0]] + "全省" + text[m[1]:]
		}
	}
	return text
}
