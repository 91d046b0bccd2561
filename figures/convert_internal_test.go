package figures

import "testing"

// A figure stated, or restated, in another unit of the same measure is
// held to the report's after an exact conversion: a wrong one corrected,
// a right one (with the slack 约 gives) never.
func TestPremiseConverted(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"修复湿地约1500亩对吗？", "约1500亩", "150.2公顷"},
		{"修复湿地约2250亩对吗？", "", ""},
		{"修复湿地2253亩对吗？", "", ""},
		{"高标准农田12.45万亩，约合1.245万公顷？", "1.245万公顷", "12.45万亩"},
		{"高标准农田12.45万亩，约合8300公顷？", "", ""},
		{"粮食产量110万吨就是1.1亿公斤吧？", "1.1亿公斤", "110万吨左右"},
		{"粮食产量110万吨就是11亿公斤吧？", "", ""},
		{"处置闲置土地198公顷，也就是19.8平方公里吧？", "19.8平方公里", "198公顷"},
		{"处置闲置土地198公顷，也就是1.98平方公里吧？", "", ""},
		{"华锦阿美配套产业园3.57平方公里，约合535亩？", "535亩", "3.57平方公里"},
		{"华锦阿美配套产业园3.57平方公里，约合5355亩？", "", ""},
		{"引进人才1.15万人，就是一万一千五百人吧？", "", ""},
		{"引进人才1.15万人，就是一千一百五十人吧？", "一千一百五十人", "1.15万人"},
	})
}

func TestConvertTo(t *testing.T) {
	for _, tc := range []struct {
		v        float64
		from, to string
		want     float64
		ok       bool
	}{
		{150.2, "公顷", "亩", 2253, true},
		{1.98, "平方公里", "公顷", 198, true},
		{1.1e6, "吨", "千克", 1.1e9, true},
		{39, "公里", "里", 78, true},
		{1, "英里", "米", 1609.344, true},
		{5, "吨", "亩", 0, false},
		{5, "亩", "亩", 0, false},
	} {
		got, ok := convertTo(tc.v, tc.from, tc.to)
		if ok != tc.ok || ok && (got-tc.want)*(got-tc.want) > 1e-6 {
			t.Errorf("convertTo(%v, %s, %s) = %v %v, want %v %v", tc.v, tc.from, tc.to, got, ok, tc.want, tc.ok)
		}
	}
}
