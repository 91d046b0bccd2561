package rag

import "testing"

// A place an English question names that opens the name of a thing the
// report writes with the place's Chinese name in it (辽河双台子储气库群,
// 大连理工大学) is part of that name, not the district or city asked; the
// place asked for its own (a possessive, or a word the report never
// writes after it) still is.
func TestLatinOpensName(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q     string
		place string // the place read, "" for none
	}{
		{"Is the Shuangtaizi gas storage phase 1 on the Liaohe finished?", ""},
		{"What will the city support at Dalian University of Technology Panjin campus?", ""},
		{"What is Shuangtaizi's GDP growth?", "双台子区"},
		{"How many universities does Dalian have?", "大连市"},
		{"Dalian's university count?", "大连市"},
		{"What is planned for Dawa?", "大洼区"},
	} {
		s := ix.readPlace(Normalize(tc.q), nil)
		got := ""
		if s != nil && s.Relation != PlaceOwn {
			got = s.Name
		}
		if got != tc.place {
			t.Errorf("%q: place %q, want %q", tc.q, got, tc.place)
		}
	}
}

// The name of the thing is what is asked: "Dalian University of
// Technology" asks the report's 大连理工大学, while a road named by its
// ends (Beijing-Harbin) is asked by its kind word.
func TestAskedKeepsPlaceName(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, want string
		has     bool
	}{
		{"What is the plan for Dalian University of Technology Panjin campus?", "dalian university", true},
		{"How is the Beijing-Harbin expressway going?", "beijing", false},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		has := false
		for _, at := range ix.askedTerms(a) {
			if len(at.term) >= len(tc.want) && at.term[:len(tc.want)] == tc.want {
				has = true
			}
		}
		if has != tc.has {
			t.Errorf("%q: asked holds %q = %v, want %v (%v)", tc.q, tc.want, has, tc.has, ix.askedTerms(a))
		}
	}
}

// The place inside the name of a thing still searches by its Chinese
// name, the report's own word for the thing.
func TestOpenedNameTerms(t *testing.T) {
	ix := seedIndex(t)
	a := ix.analyze(Normalize("Is the Shuangtaizi gas storage phase 1 on the Liaohe finished?"), nil)
	if a.terms["双台子"] == 0 {
		t.Errorf("terms %v lack 双台子", a.terms)
	}
}
