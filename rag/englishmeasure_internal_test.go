package rag

import "testing"

func TestEnglishMeasureAsked(t *testing.T) {
	cases := []struct{ q, want string }{
		{"What is the storage capacity of the salt cavern?", "capacity"},
		{"How much grain processing capacity is planned?", "capacity"},
		{"What's the total area of the new port zone?", "area"},
		{"Which company will expand capacity?", ""}, // mentioned, not asked
		{"How big is the rice-crab farming area?", ""},
	}
	for _, c := range cases {
		got := ""
		if m := englishMeasureAsked(c.q); m != nil {
			got = m.noun.asked
		}
		if got != c.want {
			t.Errorf("englishMeasureAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestGroundUnmeasuredEnglish(t *testing.T) {
	checkFound(t, []questionFound{
		// The thing is named, its capacity or area never given.
		{"What's the storage capacity of the gas storage group at Shuangtaizi?", false},
		{"What is the handling capacity of the crude oil terminal?", false},
		{"What is the area of the Liaobin development zone?", false},
		// The capacity the report gives.
		{"How much grain processing capacity is planned for 2025?", true},
	})
}
