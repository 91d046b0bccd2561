package rag

import "testing"

func TestCharSwapCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		{"盘锦港保税物流中心拓展铁精矿混矿业务对吗", "报告写的是铜精矿"},
		// Right names, and a verb said another way, stay uncorrected.
		{"盘锦港保税物流中心拓展铜精矿混矿业务对吗", ""},
		{"辽滨经开区去年升到第21位了吧", ""},
		// A kind of thing (学校) where the clause names one (学院) is no swapped name.
		{"学校在籍学生突破1万人吗？", ""},
		// A word the dictionary knows whole (援藏) across the shared flank.
		{"援藏项目赛尔山养殖园建成了吗", "报告写的是援疆项目，不是援藏项目"},
		{"援疆项目赛尔山养殖园建成了吗", ""},
		// A question that claims nothing still names what it asks of; a
		// quarter (西, a locative) opens the place's name, shown with its
		// county.
		{"盘山县东沙河防洪治理", "报告写的是盘山县西沙河，不是盘山县东沙河"},
		{"盘山县西沙河防洪治理怎么样", ""},
		// A compass word is shown with the name it is part of.
		{"辽东北供水盘锦应急支线输水工程怎么样了", "报告写的是辽西北，不是辽东北"},
		// In a question only a contrast set's character (东 for 西) is
		// read: another is as often a slip or the asker's own wording.
		{"华锦阿没项目进度到哪了", ""},
		{"全市城乡空间怎么布局？", ""},
		// What the question says the report said is read whole.
		// A name's numbered member (碳五) said with another number, in
		// digits or characters, whatever words follow it; the right one and
		// a count (五个) stay uncorrected.
		{"伊科思碳七工程竣工投产了吗", "报告写的是碳五"},
		{"伊科思碳3装置投产了吧", "报告写的是碳五"},
		{"伊科思碳五低碳综合利用竣工投产了吗", ""},
		{"报告说支持辽河石化做精沥青生产基地、做优润滑油生产基地，具体怎么做？", "报告写的是优沥青，不是精沥青"},
	}
	checkCorrections(t, e, tests)
}

// A part of the report named as the speaker says the report's words as
// much as 报告 does; hearsay names no text.
func TestSaysReportSaidByPart(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"报告说要坚持以工兴市不动摇", true},
		{"开放带动那一部分说要坚持以工兴市不动摇", true},
		{"民生部分提到要新建学校", true},
		{"听说要坚持以工兴市不动摇", false},
		{"据说今年要新建学校", false},
		{"坚持以工兴市不动摇吗", false},
	} {
		if got := saysReportSaid(tc.q); got != tc.want {
			t.Errorf("saysReportSaid(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
