package rag

import "testing"

// A list naming one item before 等 and its count names none of the rest
// asked past that item; one naming several does.
func TestRestUnlisted(t *testing.T) {
	for _, tc := range []struct {
		q, clause string
		want      bool
	}{
		{"12项重点水利工程除了西沙河还有哪些", "完成盘山县西沙河防洪治理等12项重点水利工程年度建设任务", true},
		{"除了成品油行业那个，另外两个项目是什么", "我市成品油行业全链条全周期规范管理体制机制创新等3个项目获评省制度性创新成果优秀奖", true},
		{"除了瑞士还有哪些国家", "赴瑞士、荷兰、美国等国家开展经贸交流", false}, // the list names more
		{"除了西沙河还有哪些", "完成盘山县西沙河防洪治理", false},        // no count: not a list
		// Every item named before 等 set aside: none of the rest is named.
		{"272个新建项目除了襄平新材料和综研化学还有哪些", "辽宁襄平新材料特种聚烯烃、辽河综研化学高端精细化学品等272个新建项目开工建设", true},
		{"除了襄平新材料还有哪些新建项目", "辽宁襄平新材料特种聚烯烃、辽河综研化学高端精细化学品等272个新建项目开工建设", false},
	} {
		norm := Normalize(tc.q)
		got := restAsked.MatchString(norm) && namesOnlySetAside(Normalize(tc.clause), setAsideThings(norm))
		if got != tc.want {
			t.Errorf("%s / %s: %v, want %v", tc.q, tc.clause, got, tc.want)
		}
	}
}
