package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// English questions reach the report's own terms: the words of a
// question in English name what the report writes in Chinese, and no
// English word the report cannot write turns an answerable question into
// a refusal.
func TestEnglishReportTerms(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		// "provincial average" is 全省: the province is what Panjin is
		// compared with, not the place asked about.
		{q: "How did Panjin's budget revenue growth compare with the provincial average?", found: true, want: []string{"高于全省2.8个百分点"}},
		// Compared with the province, last year's growth stays last year's:
		// the province is the other side, not this year's target.
		{q: "By how much did general public budget revenue grow last year, and how did that compare with the province?", found: true, figures: []string{"8.3%"}},
		// Government revenue is the budget's, not a company's 营业收入.
		{q: "How much did Panjin's local government revenue grow last year?", found: true, figures: []string{"8.3%"}},
		{q: "What kind of year is 2025 for the city?", found: true, want: []string{"收官之年"}, paragraph: 21},
		{q: "How much did the electronic information industry's revenue grow?", found: true, figures: []string{"40%"}},
		{q: "Which county does Panjin give paired assistance to?", found: true, want: []string{"和布克赛尔县"}},
		{q: "How many disabled children received rehabilitation assistance in 2024?", found: true, figures: []string{"223名"}},
		{q: "How much did criminal case alerts fall?", found: true, want: []string{"26.1%"}},
		{q: "How big is the Huajin Aramco supporting industrial park?", found: true, want: []string{"3.57平方公里"}},
		{q: "Did the smart city rating reach four stars last year?", found: true, want: []string{"四星级"}},
		{q: "What did Panjin achieve together with Dalian in 2024?", found: true, want: []string{"联合大连"}},
		{q: "How many rural residents will get safe drinking water from the rural water supply projects?", found: true, want: []string{"18万农村居民"}},
		{q: "How many projects were newly signed and registered in 2024?", found: true, figures: []string{"260个"}},
		{q: "How much did the total liabilities of the city-owned state enterprises fall?", found: true, want: []string{"负债总额降低11.1%"}},
		{q: "How many central SOE cooperation projects will be carried out in 2025?", found: true, want: []string{"央地合作项目10个以上"}},
		{q: "waht is the GPD target", found: true, figures: []string{"5.5%左右"}},
		{q: "Who delivered the government work report?", found: true, want: []string{"邢"}, paragraph: 2},
		{q: "How many provincial-level enterprise technology centers will be added?", found: true, figures: []string{"2家"}},
		{q: "How much should total R&D spending grow this year?", found: true, figures: []string{"7%"}},
		// R&D spending or investment without "total" is still 研发经费, not
		// consumer spending (社零) or fixed-asset investment (固投); a rank
		// asked of it is the report's 全省第三.
		{q: "What growth in R&D spending does Panjin target for 2025?", found: true, figures: []string{"7%"}},
		{q: "How much will R&D investment grow this year?", found: true, figures: []string{"7%"}},
		{q: "Where did Panjin's R&D investment rank in the province in 2024?", found: true, want: []string{"全省第三"}},
		{q: "How was Panjin ranked for R&D expenditure last year?", found: true, want: []string{"全省第三"}},
		{q: "How many old residential compounds were renovated in 2024?", found: true, want: []string{"老旧小区11个"}},
		{q: "Which central and provincial enterprises does the mayor thank?", found: true, want: []string{"辽河油田、华锦集团"}},
		{q: "Why were the targets set at these levels?", found: true, want: []string{"上述目标，是立足"}, paragraph: 23},
		// How far along a project is, is its overall progress (总体进度).
		{q: "How far along is the Huajin Aramco project?", found: true, want: []string{"工程总体进度超过55%"}, paragraph: 8},
		// Its main units are the report's 主装置 (32套主装置陆续拔地而起), not
		// the berths or rail line other paragraphs give it; units alone name
		// nothing.
		{q: "How many main units does the Huajin Aramco project have?", found: true, want: []string{"32套主装置"}, paragraph: 8},
		{q: "How many main process units does Huajin Aramco have?", found: true, want: []string{"32套主装置"}, paragraph: 8},
		{q: "How many units does the Huajin Aramco project have?", grounding: rag.GroundNoSuchFigure},
		{q: "How will the city attract more investment this year?", found: true, paragraph: 29},
		{q: "Which sports events will the city hold in 2025?", found: true, want: []string{"全国冰钓赛"}},
		// Scientific achievements are the report's 科技成果 (转化科技成果90项以上).
		{q: "How many scientific achievements will be transformed in 2025?", found: true, figures: []string{"90项以上"}},
		{q: "How many research results will be commercialized this year?", found: true, figures: []string{"90项以上"}},
		// Two letters swapped are read as the word they misspell.
		{q: "how much did toursim revenue grow last yaer", found: true, figures: []string{"29.9％"}},
		// English names of the report's own terms: flood control is 防洪 (not
		// any project), a tech contract 技术合同, energy consumption 能源消耗
		// (not the consumption of 社零); beds (床位) the report never counts.
		{q: "How many flood control projects this year?", found: true, want: []string{"12项重点水利工程"}},
		{q: "What is the target for tech contract turnover?", found: true, figures: []string{"13亿元以上"}},
		{q: "What are the targets for energy consumption?", found: true, want: []string{"能源消耗总量和强度调控"}},
		// A section's topic asked in English (opening up, the heading's 开放带动)
		// is that section's plan, not "nothing in the report".
		{q: "What is the plan for opening up?", found: true, want: []string{"坚持以港兴市不动摇"}},
		{q: "How many elderly care beds will be added?", grounding: rag.GroundNoSuchFigure},
		// ...and the province's own figures are still not the report's.
		{q: "What was Liaoning's budget revenue growth in 2024?", grounding: rag.GroundOtherPlace, not: []string{"8.3%"}},
	})
}

// An English yes-or-no question about a named thing the report never
// writes is declined: the words the lexicon knows (host: 举办) match
// other events, and a yes would be of something else. A name the report
// writes in pinyin, or a question naming nothing unknown, is answered.
func TestEnglishUnknownNameDeclined(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "Did the city host the Asian Winter Games last year?", grounding: rag.GroundNotAnswered, want: []string{"does not mention"}},
		{q: "Did Panjin host the Asian Winter Games?", grounding: rag.GroundNotAnswered, want: []string{"does not mention Asian Winter Games"}},
		{q: "Did Panjin hold the Red Beach marathon in 2024?", found: true, want: []string{"红马赛"}},
		// A Chinese gloss names the event in the report's words.
		{q: "Did Panjin take part in the China International Import Expo (进博会) to attract investment in 2024?", found: true, want: []string{"参加进博会"}},
	})
}
