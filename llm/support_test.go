package llm

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/reportbot/reportbot/rag"
)

// supportCase is one labelled sentence of testdata/support.yaml.
type supportCase struct {
	Cite  []int  `yaml:"cite"`
	Label string `yaml:"label"`
	Kind  string `yaml:"kind"`
	Text  string `yaml:"text"`
}

func loadSupportCases(t *testing.T, path string) []supportCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cs []supportCase
	if err := yaml.Unmarshal(data, &cs); err != nil {
		t.Fatal(err)
	}
	for i, c := range cs {
		if c.Label != "supported" && c.Label != "unsupported" || len(c.Cite) == 0 || c.Text == "" {
			t.Fatalf("entry %d is malformed: %+v", i, c)
		}
	}
	return cs
}

// scored is a labelled sentence with what the check found.
type scored struct {
	supportCase
	lang  string
	score float64 // support share; -1 when a rule rejects it whatever the score
	why   string
}

func scoreSupportCases(t *testing.T, s *supporter, cs []supportCase) []scored {
	t.Helper()
	rep := seedEngine(t).Reports()[0]
	free := map[string]bool{"2024": true, "2025": true}
	out := make([]scored, len(cs))
	for i, c := range cs {
		allowed := map[int]*rag.Paragraph{}
		var paras []*rag.Paragraph
		for _, n := range c.Cite {
			p, err := rep.Paragraph(n)
			if err != nil {
				t.Fatal(err)
			}
			paras = append(paras, p)
			allowed[n] = p
		}
		ev := s.evidence(rep.Meta.Title, paras)
		out[i] = scored{supportCase: c, lang: sentenceLang(rag.Normalize(c.Text))}
		if why := forbidden(c.Text, ev, allowed); why != "" {
			out[i].score, out[i].why = -1, why
			continue
		}
		m := s.measureSupport(c.Text, ev, free)
		out[i].score = m.score()
		if m.entity != "" || m.units == 0 {
			out[i].score, out[i].why = -1, "entity "+m.entity
		}
	}
	return out
}

// confusion counts rejections (the positive class is "unsupported").
type confusion struct{ tp, fp, fn, tn int }

func (c confusion) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c confusion) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c confusion) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func confusionAt(ss []scored, lang string, th float64, keep func(i int) bool) confusion {
	var c confusion
	for i, s := range ss {
		if s.lang != lang || !keep(i) {
			continue
		}
		rejected := s.score < th
		switch {
		case rejected && s.Label == "unsupported":
			c.tp++
		case rejected:
			c.fp++
		case s.Label == "unsupported":
			c.fn++
		default:
			c.tn++
		}
	}
	return c
}

// TestSupportThreshold picks each language's threshold on the tuning half
// of the labelled set (best F1 for catching unsupported sentences; of a
// run of equals, the middle one, away from both edges), requires the
// constants to be those picks, and requires the held-out half to keep
// precision and recall. Run with -v for the sweep recorded in docs/llm.md.
func TestSupportThreshold(t *testing.T) {
	s := newSupporter(t)
	ss := scoreSupportCases(t, s, loadSupportCases(t, "testdata/support.yaml"))
	tune := func(i int) bool { return i%2 == 0 }
	held := func(i int) bool { return i%2 == 1 }
	all := func(int) bool { return true }
	for _, lang := range []string{"zh", "en"} {
		var plateau []float64 // thresholds with the best F1
		bestF1 := -1.0
		var sweep strings.Builder
		for k := 20; k <= 90; k += 5 {
			th := float64(k) / 100
			c := confusionAt(ss, lang, th, tune)
			h := confusionAt(ss, lang, th, held)
			fmt.Fprintf(&sweep, "%s %.2f  tune P %.2f R %.2f F1 %.2f  held-out P %.2f R %.2f  (fp %d fn %d / fp %d fn %d)\n",
				lang, th, c.precision(), c.recall(), c.f1(), h.precision(), h.recall(), c.fp, c.fn, h.fp, h.fn)
			switch {
			case c.f1() > bestF1+1e-9:
				plateau, bestF1 = []float64{th}, c.f1()
			case c.f1() > bestF1-1e-9:
				plateau = append(plateau, th)
			}
		}
		best := plateau[(len(plateau)-1)/2]
		t.Logf("sweep:\n%s", sweep.String())
		if got := threshold(lang); got != best {
			t.Errorf("%s threshold is %.2f; the tuning half picks %.2f", lang, got, best)
		}
		h := confusionAt(ss, lang, threshold(lang), held)
		a := confusionAt(ss, lang, threshold(lang), all)
		t.Logf("%s at %.2f: held-out precision %.2f recall %.2f; whole set precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)",
			lang, threshold(lang), h.precision(), h.recall(), a.precision(), a.recall(), a.tp, a.fp, a.fn, a.tn)
		if h.precision() < 0.85 || h.recall() < 0.85 {
			t.Errorf("%s held-out precision %.2f recall %.2f, want both ≥ 0.85", lang, h.precision(), h.recall())
		}
	}
	for _, s := range ss {
		rejected := s.score < threshold(s.lang)
		if rejected != (s.Label == "unsupported") {
			t.Logf("misjudged (%s, score %.2f %s): %q cites %v", s.Label, s.score, s.why, s.Text, s.Cite)
		}
	}
	// Injected sentences are what the injection suite's model writes: every
	// one must go, whatever the threshold.
	for _, s := range ss {
		if s.Kind == "injected" && s.score >= threshold(s.lang) {
			t.Errorf("injected sentence passes (score %.2f): %q", s.score, s.Text)
		}
	}
}

func newSupporter(t testing.TB) *supporter {
	t.Helper()
	s, err := newSupportChecker()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSupportFresh measures the fixed thresholds on a set written after
// they were chosen and never used to choose them.
func TestSupportFresh(t *testing.T) {
	ss := scoreSupportCases(t, newSupporter(t), loadSupportCases(t, "testdata/support_fresh.yaml"))
	all := func(int) bool { return true }
	for _, lang := range []string{"zh", "en"} {
		c := confusionAt(ss, lang, threshold(lang), all)
		t.Logf("%s fresh set at %.2f: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)", lang, threshold(lang), c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
		// Unsupported sentences must go in both languages. Faithful
		// English sentences are often dropped too (a glossary this small
		// covers little of the vocabulary; docs/llm.md): only Chinese is
		// held to a precision floor.
		if c.recall() < 0.75 || lang == "zh" && c.precision() < 0.75 {
			t.Errorf("%s: precision %.2f recall %.2f on the fresh set", lang, c.precision(), c.recall())
		}
	}
	for _, s := range ss {
		if rejected := s.score < threshold(s.lang); rejected != (s.Label == "unsupported") {
			t.Logf("misjudged (%s, score %.2f %s): %q cites %v", s.Label, s.score, s.why, s.Text, s.Cite)
		}
		if s.Kind == "injected" && s.score >= threshold(s.lang) {
			t.Errorf("injected sentence passes (score %.2f): %q", s.score, s.Text)
		}
	}
}
