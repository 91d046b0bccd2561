package figures

import "testing"

// A size that picks a class of things (500万元以上项目) is no figure; the
// count of the class keeps the step written before it.
func TestSizeClassIsNoFigure(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, nil)
	var got []string
	for _, f := range ix.InParagraph(seedReport(t).Meta.ID, 27) {
		got = append(got, f.Indicator+":"+f.Text)
	}
	for _, tc := range []struct {
		fig  string
		want bool
	}{
		{"实施项目:500万元以上", false},
		{"实施500万元以上项目:600个", true},
		{"亿元以上项目:125个", true},
	} {
		has := false
		for _, g := range got {
			has = has || g == tc.fig
		}
		if has != tc.want {
			t.Errorf("¶27 holds %s: %v, want %v (figures %v)", tc.fig, has, tc.want, got)
		}
	}
}
