package rag

import "testing"

func TestWholeNumberAt(t *testing.T) {
	for _, c := range []struct {
		text, n string
		want    int
	}{
		{"新建10个", "10", 6},
		{"新建110个", "10", -1},
		{"新建10.5个", "10", -1},
		{"新建0.10个", "10", -1},
		{"到了10.", "10", 6},
		{"110个还是10个", "10", 12},
		{"", "10", -1},
	} {
		if got := wholeNumberAt(c.text, c.n); got != c.want {
			t.Errorf("wholeNumberAt(%q, %q) = %d, want %d", c.text, c.n, got, c.want)
		}
	}
}

func TestHanRunAround(t *testing.T) {
	for _, c := range []struct {
		text             string
		start, end       int
		wantFrom, wantTo int
	}{
		{"今年GDP目标多少", 9, 15, 9, 21},
		{"今年GDP", 0, 3, 0, 6},
		{"东西安全", 3, 6, 0, 12},
		{"abc", 1, 2, 1, 2},
		{"", 0, 0, 0, 0},
	} {
		from, to := hanRunAround(c.text, c.start, c.end)
		if from != c.wantFrom || to != c.wantTo {
			t.Errorf("hanRunAround(%q, %d, %d) = %d, %d; want %d, %d", c.text, c.start, c.end, from, to, c.wantFrom, c.wantTo)
		}
	}
}

func TestNamesSortWord(t *testing.T) {
	rd, _ := seedReader(t)
	for _, c := range []struct {
		q, w string
		want bool
	}{
		{"科技型中小企业增长多少", "科技型", true},
		{"出鹰企业增长多少", "雏鹰", true},    // a pinyin slip: chu for chu
		{"环境电商企业有多少家", "跨境", false}, // 境 merely shared
		{"转型企业有多少", "科技型", false},
		{"专精特心企业", "专精特新", true}, // one slip in a longer word
	} {
		if got := namesSortWord(c.q, c.w, rd.soundsAlike); got != c.want {
			t.Errorf("namesSortWord(%q, %q) = %v, want %v", c.q, c.w, got, c.want)
		}
	}
}
