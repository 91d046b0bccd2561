package rag

import "strings"

// AskedKinds are the kinds of figure a question, or one half of it, asks:
// a rate or share as it stands, a change, a count or an amount in a unit.
type AskedKinds struct {
	// Figure: it asks a number, or may ("今年呢"); a half asking how
	// ("今年怎么稳就业") asks none, and a figure of that year answers what
	// it did not ask.
	Figure bool
	// Share: it names a share (比例, 覆盖率), which only a percentage is.
	Share  bool
	Level  bool
	Change bool
	Amount bool
}

// askedKindsOf reads the kinds of figure a normalized text asks.
func askedKindsOf(norm string) AskedKinds {
	share := asksShare(norm)
	return AskedKinds{Figure: containsAny(norm, figureCues) || share || !asksHowDone(norm), Share: share, Level: AsksLevel(norm), Change: AsksChange(norm), Amount: AsksAmount(norm)}
}

// asksHowDone reports whether a text asks how a thing is done or planned
// ("今年怎么稳就业", "有啥新举措"): a half naming no figure asks the other
// half's ("今年呢") unless it asks so.
func asksHowDone(norm string) bool {
	return howDone(norm) || howAsked.MatchString(norm) || containsAny(norm, howCues)
}

// shareNouns name a share of a whole.
var shareNouns = []string{"比例", "比重", "占比", "覆盖率", "普及率", "普惠率", "proportion", "share of", "percentage of"}

// asksShare reports whether a text names a share and asks no change or
// count: "普惠性幼儿园比例去年和今年目标" asks 90.6%, not 520个 places.
func asksShare(norm string) bool {
	return containsAny(norm, shareNouns) && !containsCue(norm, changeCues) && !countAsked.MatchString(norm)
}

// halfPeriodWords are the year words whose period a half's words alone
// tell, with no report to place a year written in digits.
var halfPeriodWords = map[string]PeriodKind{"去年": PeriodResult, "今年": PeriodPlan}

// halfAskedKinds reads what each half of a question asking two years in
// two halves asks, by the period its year word names: "实际到位内资去年
// 多少亿？今年增长目标多少" asks 2024's amount and 2025's growth, which the
// whole question, read at once, mixes. Nil when the question is not so
// parted, or its halves do not name the two periods by 去年 and 今年.
func halfAskedKinds(norm string) map[PeriodKind]AskedKinds {
	if !strings.Contains(norm, "去年") && !strings.Contains(norm, "今年") {
		// A half is placed only by 去年 or 今年 (loneYearHalves gives the
		// first half the other): most questions end here, unparted.
		return nil
	}
	halves := periodHalves(norm)
	if halves == nil {
		halves = loneYearHalves(norm)
	}
	if halves == nil {
		return nil
	}
	out := map[PeriodKind]AskedKinds{}
	for _, h := range halves {
		at := yearsAt(h)
		if len(at) != 1 {
			return nil
		}
		k, ok := halfPeriodWords[h[at[0][0]:at[0][1]]]
		if !ok {
			return nil
		}
		out[k] = askedKindsOf(h)
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// AskedOf is what the question asks of period k: its half's kinds when it
// asks the two years in two halves, else the whole question's.
func (in Intent) AskedOf(k PeriodKind) AskedKinds {
	if h, ok := in.Halves[k]; ok {
		return h
	}
	return AskedKinds{Figure: true, Share: in.Share, Level: in.Level, Change: in.Change, Amount: in.Amount}
}
