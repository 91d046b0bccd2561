package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A whether-question of a stage reached, of a thing only the 2025 plan
// names, is told the plan lists it, never left to read as yes; the plan's
// own words asked after are told so without a correction; a stage the
// review reports, or one asked of this year, is left alone.
func TestPlannedStageTold(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "京哈高速盘锦段通车了没", found: true, want: []string{"更正：报告把“京哈高速盘锦段扩容改造竣工通车”列为2025年目标，没有写京哈高速盘锦段已经通车"}},
		{q: "向海大道维修好了没", found: true, want: []string{"列为2025年目标，没有写向海大道已经维修好"}},
		{q: "智慧林湿综合管理平台上线了没", found: true, want: []string{"更正：报告把“建设盘锦智慧林湿综合管理平台”列为2025年目标"}},
		{q: "北方沥青轻烃回收那个工程开工没", found: true, want: []string{"更正：", "列为2025年目标"}},
		{q: "北方冬季清洁取暖项目通过国家验收了吗？", found: true, want: []string{"报告把“推动北方冬季清洁取暖项目通过国家验收”列为2025年目标"}, not: []string{"更正"}},
		// 已经 where the predicate opens, not inside it.
		{q: "兴隆台区通过国家生态文明建设示范区验收了吗", found: true, want: []string{"没有写兴隆台区已经通过国家生态文明建设示范区验收"}},
		{q: "北方冬季清洁取暖项目国家验收过了吗", found: true, want: []string{"没有写北方冬季清洁取暖项目已经国家验收过"}},
		// A thing no quote names: the stage quoted is other things'.
		{q: "盘锦跨海大桥建好了吗", grounding: rag.GroundNotAnswered, want: []string{"报告没有写盘锦跨海大桥"}},
		{q: "垃圾焚烧发电厂投产了吗", grounding: rag.GroundNotAnswered},
		{q: "金帛滩海洋乐园评上4A了没", found: true, not: []string{"报告没有写"}},
		// 活儿 names no thing: 保交楼 is what is asked, and quoted.
		{q: "保交楼的活儿去年干完没", found: true, not: []string{"报告没有写"}},
		{q: "华锦阿美项目机械竣工了吧？", found: true, want: []string{"报告把“推动华锦阿美项目机械竣工”列为2025年目标"}},
		{q: "盘锦港智慧化建起来了吗？", found: true, want: []string{"列为2025年目标，没有写盘锦港智慧化已经建起来"}},
		{q: "盘锦民用运输机场通航了吗？", found: true, want: []string{"列为2025年目标，没有写盘锦民用运输机场已经通航"}},
		// Named by the review at an earlier stage only, and never by the
		// plan: that clause corrects the stage asked.
		{q: "辽滨500千伏输变电工程建好了吧", found: true, want: []string{"更正：报告写的是辽滨500千伏输变电工程、金发生物基一期等230个续建项目加快实施，不是辽滨500千伏输变电工程已经建好"}},
		// …but a clause writing the stage asked says what was asked.
		{q: "盘锦港30万吨级原油码头主体工程去年完工了吧？", found: true, not: []string{"更正"}},
		// The plan still sets the thing itself 机械竣工: the review's part
		// done (地下工程全部完工) says nothing of the whole being built.
		{q: "华锦阿美建成投产了没", found: true, want: []string{"更正：报告把“推动华锦阿美项目机械竣工”列为2025年目标，没有写华锦阿美已经建成投产"}},
		{q: "伊科思碳五那个项目投产了吗", found: true, not: []string{"更正", "列为2025年目标"}},
		{q: "京抚线国省干道修复养护工程今年开工吧", found: true, not: []string{"更正"}},
	})
}
