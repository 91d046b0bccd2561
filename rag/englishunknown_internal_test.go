package rag

import (
	"context"
	"slices"
	"testing"
)

func TestEnglishAskedHead(t *testing.T) {
	cases := []struct {
		q      string
		figure bool
		want   string
	}{
		{"How many street lamps were repaired?", true, "lamps"},
		{"How many nurses and doctors does the city hire?", true, "doctors"},
		{"how much was spent on bridges", true, ""}, // a verb after the opener: no phrase asked
		{"How many visitors came to the museum?", true, "visitors"},
		{"Which harbour cranes will be bought?", false, ""}, // which one, not a figure
		{"Which cranes will be bought?", false, ""},
		{"What tax rebate will firms get?", true, "rebate"},
		{"Tell me about the wetlands.", false, ""},
	}
	for _, c := range cases {
		if got := englishAskedHead(c.q, c.figure); got != c.want {
			t.Errorf("englishAskedHead(%q, %v) = %q, want %q", c.q, c.figure, got, c.want)
		}
	}
}

func TestEnglishClaimedDoneHead(t *testing.T) {
	cases := []struct{ q, want string }{
		{"Is the new city velodrome finished?", "velodrome"},
		{"Has the old harbour lighthouse been fully opened?", "lighthouse"}, // be and adverbs before the verb
		{"Is the city's high-speed tram depot built?", "depot"},             // a hyphened compound modifies
		{"Is the LNG terminal at the port operational?", ""},                // a preposition parts the phrase
		{"Is the river water clean now?", ""},                               // no verb of done
		{"Has it been completed?", ""},
	}
	for _, c := range cases {
		if got := englishClaimedDoneHead(c.q); got != c.want {
			t.Errorf("englishClaimedDoneHead(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestUnknownContentWords(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct {
		q       string
		missing []string
		want    []string
	}{
		// Grammar, chat, common verbs and adjectives, units: no topic.
		{"hey guys, is it really true that growth was fast?", []string{"guys", "really", "true", "fast"}, nil},
		{"How many tonnes of grain were bought, roughly?", []string{"tonnes", "bought", "roughly"}, nil},
		// Inflections and slips of known words, adverbs of manner.
		{"goverment finacial plans handled efficiently", []string{"goverment", "finacial", "efficiently"}, nil},
		// A name is unknownName's; a content word is unknown.
		{"How many lighthouses did Atlantis build?", []string{"lighthouses", "atlantis"}, []string{"lighthouses"}},
	}
	for _, c := range cases {
		var got []string
		for _, w := range c.missing {
			if ix.unknownContentWord(c.q, w, nil) {
				got = append(got, w)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("unknownContentWords(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestGroundUnknownWord(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	cases := []struct {
		q     string
		found bool
	}{
		{"How many lighthouses does Panjin have?", false},
		{"How many buses will Panjin purchase in 2025?", true}, // the verb is unknown, the head is not
		{"Has the new sports stadium been completed?", false},  // claimed done of a thing never named
		{"Has the expressway expansion been completed?", true}, // the work on a named thing, known
	}
	for _, c := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %s", c.q, ans.Found, c.found, ans.Answer)
		}
	}
}
