package rag

import "testing"

// A quoted term a demonstrative points back with is named by the clause
// before it in its sentence; one opening its sentence, or with no
// demonstrative, is not.
func TestNamesBack(t *testing.T) {
	for _, c := range []struct {
		sentence, quoted string
		want             bool
	}{
		{"新港区主体码头全部建成、吞吐能力翻番，这座“海上门户”初具规模。", "“海上门户”", true},
		{"稻米品牌连续三年获评国家地理标志，这一“金字招牌”越擦越亮。", "“金字招牌”", true},
		{"老城区改造完成，该“样板”在全省推广。", "“样板”", true},
		{"这座“海上门户”初具规模。", "“海上门户”", false},
		{"坚持和发展新时代“枫桥经验”，建强综治中心。", "“枫桥经验”", false},
		{"新港区主体码头全部建成，推动“海上门户”建设。", "“海上门户”", false},
		{"新港区主体码头全部建成，这座门户初具规模。", "“海上门户”", false},
	} {
		if got := namesBack(c.sentence, c.quoted); got != c.want {
			t.Errorf("namesBack(%q, %q) = %v, want %v", c.sentence, c.quoted, got, c.want)
		}
	}
}
