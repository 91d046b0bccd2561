package rag

import "testing"

// An English question naming a district or zone of the city carries the
// place's Chinese name as a term, so paragraphs naming it can rank; one
// naming the city itself, or no place, gains nothing.
func TestAddPlaceTerms(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct {
		q    string
		term string
		want bool
	}{
		{"What happened in Panshan county?", "盘山县", true},
		{"What is planned for Xinglongtai district?", "兴隆台", true},
		{"What did Liaobin zone get for circular economy?", "辽滨经开区", true},
		{"What is Dawa district doing?", "大洼", true},
		{"What is Panjin doing for tourism?", "盘锦", false},
		{"What is the GDP target?", "盘山县", false},
		// a figure of the place: the report gives none, its name must not pull in other sentences
		{"Grain output of Panshan county in 2024?", "盘山县", false},
	}
	for _, tc := range cases {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := a.terms[tc.term] > 0; got != tc.want {
			t.Errorf("%q: term %s present=%v, want %v (terms %v)", tc.q, tc.term, got, tc.want, a.terms)
		}
	}
}

// The pinyin of one of the city's own places alone ("Dawa", "Liaobin")
// names that place, as its English name with the kind does; a word that
// names no place of the city (or the city itself) names none.
func TestLocalLatinPlace(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, want string // want: the place's name, "" for none inside the city
	}{
		{"What is planned for Dawa?", "大洼区"},
		{"What happened in Panshan?", "盘山县"},
		{"How is the Liaobin economic zone ranked?", "辽滨经开区"},
		{"What is Xinglongtai doing for ecology?", "兴隆台区"},
		{"What is Panjin doing for tourism?", ""},
		{"What is planned for Dalian?", ""},
	} {
		s := ix.readPlace(Normalize(tc.q), nil)
		got := ""
		if s != nil && s.Relation == PlaceInside {
			got = s.Name
		}
		if got != tc.want {
			t.Errorf("%q: place inside = %q, want %q", tc.q, got, tc.want)
		}
		if m := ix.missingWords(Normalize(tc.q), nil); tc.want != "" && len(m) > 0 {
			t.Errorf("%q: missing %q, want none", tc.q, m)
		}
	}
}
