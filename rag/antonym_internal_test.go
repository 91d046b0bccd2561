package rag

import "testing"

func TestOppositeCorrection(t *testing.T) {
	problems := "我们既要看到成绩，也要正视问题：项目储备不足，居民消费意愿不强，内需总体偏弱；传统产业转型步伐不快；政府系统个别干部执行力较弱、创造力不强，等等。"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"报告说项目储备很充足没啥问题?", problems, "项目储备不足"},
		{"居民消费意愿很强吧", problems, "居民消费意愿不强"},
		{"居民消费意愿较强吧", problems, "居民消费意愿不强"}, // 较强: 不强 is its other way too
		{"今年是不是项目储备也很充足", problems, "项目储备不足"},
		{"报告说现在居民消费意愿很强、内需旺盛？", problems, "居民消费意愿不强"}, // the present is no part of the subject
		{"目前居民消费意愿很强吧", problems, "居民消费意愿不强"},
		{"干部执行力较强吧", problems, "政府系统个别干部执行力较弱"},  // quoted from the subject's start
		{"报告说盘锦项目储备很充足，对吧？", problems, "项目储备不足"}, // the report's own city, unnamed in its clause
		{"全市项目储备很充足吧", problems, "项目储备不足"},
		{"大连项目储备很充足吧", problems, ""},   // another city's
		{"项目储备不充足吧", problems, ""},     // says the report's way
		{"项目储备并不充足吧", problems, ""},    // so does this
		{"储备充足吗", problems, ""},        // 储备 alone is any reserve
		{"粮食储备充足吗", problems, ""},      // another subject
		{"新兴产业转型步伐很快吧", problems, ""},  // 传统产业's, not 新兴产业's
		{"企业干部执行力较强吧", problems, ""},   // 政府系统个别干部's
		{"传统产业转型步伐加快了吧", problems, ""}, // 加快 is no appraisal
		// An outcome against what was expected: all of a subject claimed
		// beyond it, some short of it in the report, which names the doing.
		{"报告里说去年各项经济指标全部超预期完成了，对吧？", "个别经济指标完成情况不及预期；传统产业转型步伐不快", "个别经济指标完成情况不及预期"},
		{"经济指标都好于预期完成了吧", "个别经济指标完成情况不及预期；传统产业转型步伐不快", "个别经济指标完成情况不及预期"},
		{"各项经济指标全部超预期推进了吧", "个别经济指标完成情况不及预期", ""}, // another doing
		{"社会指标全部超预期完成了吧", "个别经济指标完成情况不及预期", ""},   // another subject
		// Full-width spaces open a paragraph; normalizing drops them, and
		// the quote must still be cut at the report's own offsets.
		{"项目储备很充足吧", "　　" + problems, "项目储备不足"},
	} {
		p, ok := oppositeCorrection(Normalize(tc.q), []Citation{{Report: "panjin-2025", Paragraph: 19, Quote: tc.quote}}, []string{"盘锦市", "盘锦"})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("oppositeCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
