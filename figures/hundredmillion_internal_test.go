package figures

import "testing"

// "hundred million" is 亿 said in English: the stated figure is scaled
// by both words and held to the report's 亿 figure.
func TestPremiseHundredMillion(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"Actual use of foreign capital was 5.7 hundred million USD in 2024?", "5.7 hundred million USD", "7.5亿美元"},
		{"Actual use of foreign capital was 7.5 hundred million USD in 2024?", "", ""},
	})
	if v, ok := Parse("5.7 hundred million USD"); !ok || v.Number != 5.7e8 || v.Unit != "美元" {
		t.Errorf("Parse(5.7 hundred million USD) = %v, %v", v, ok)
	}
}
