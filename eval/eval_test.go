package eval_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/cli"
	"github.com/reportbot/reportbot/eval"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// baseline holds the scores reached so far: a change that lowers any of them
// fails here and must say why (and update testdata/baseline.json).
type baseline struct {
	Hit1           float64 `json:"hit_at_1"`
	Hit5           float64 `json:"hit_at_5"`
	MRR            float64 `json:"mrr"`
	FactAccuracy   float64 `json:"key_fact_accuracy"`
	FigureAccuracy float64 `json:"figure_accuracy"`
	Refusal        float64 `json:"refusal_accuracy"`
	Verbatim       float64 `json:"verbatim_quote_share"`
	MaxFalseRefuse float64 `json:"max_false_refusal_rate"`
	// MaxConfidentlyWrong is a ceiling: the worst answers may only fall.
	MaxConfidentlyWrong int `json:"max_confidently_wrong"`
}

func TestScoresDoNotDrop(t *testing.T) {
	// One engine for every set, each read in parallel: built anew for
	// each of a hundred sets it took most of the run under -race.
	eng, err := cli.BuildAnswerer(context.Background(), cli.EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		name, baseline string
		load           func() ([]eval.Question, error)
	}{
		{"tuning", "testdata/baseline.json", eval.DefaultQuestions},
		{"heldout", "testdata/baseline-heldout.json", eval.HeldoutQuestions},
		{"fresh", "testdata/baseline-fresh.json", eval.FreshQuestions},
		{"english", "testdata/baseline-english.json", fileQuestions("testdata/english.yaml")},
		{"lists", "testdata/baseline-lists.json", fileQuestions("testdata/lists.yaml")},
		{"colloquial", "testdata/baseline-colloquial.json", fileQuestions("testdata/colloquial.yaml")},
		{"blind3", "testdata/baseline-blind3.json", fileQuestions("testdata/blind3.yaml")},
		{"truth", "testdata/baseline-truth.json", fileQuestions("testdata/truth.yaml")},
		{"blind4", "testdata/baseline-blind4.json", fileQuestions("testdata/blind4.yaml")},
		{"truth2", "testdata/baseline-truth2.json", fileQuestions("testdata/truth2.yaml")},
		{"blind5", "testdata/baseline-blind5.json", fileQuestions("testdata/blind5.yaml")},
		{"truth3", "testdata/baseline-truth3.json", fileQuestions("testdata/truth3.yaml")},
		{"truth4", "testdata/baseline-truth4.json", fileQuestions("testdata/truth4.yaml")},
		{"blind6", "testdata/baseline-blind6.json", fileQuestions("testdata/blind6.yaml")},
		{"blind7", "testdata/baseline-blind7.json", fileQuestions("testdata/blind7.yaml")},
		{"blind8", "testdata/baseline-blind8.json", fileQuestions("testdata/blind8.yaml")},
		{"truth5", "testdata/baseline-truth5.json", fileQuestions("testdata/truth5.yaml")},
		{"english2", "testdata/baseline-english2.json", fileQuestions("testdata/english2.yaml")},
		{"blind9", "testdata/baseline-blind9.json", fileQuestions("testdata/blind9.yaml")},
		{"truth6", "testdata/baseline-truth6.json", fileQuestions("testdata/truth6.yaml")},
		{"blind10", "testdata/baseline-blind10.json", fileQuestions("testdata/blind10.yaml")},
		{"english3", "testdata/baseline-english3.json", fileQuestions("testdata/english3.yaml")},
		{"blind11", "testdata/baseline-blind11.json", fileQuestions("testdata/blind11.yaml")},
		{"truth7", "testdata/baseline-truth7.json", fileQuestions("testdata/truth7.yaml")},
		{"blind12", "testdata/baseline-blind12.json", fileQuestions("testdata/blind12.yaml")},
		{"blind13", "testdata/baseline-blind13.json", fileQuestions("testdata/blind13.yaml")},
		{"truth8", "testdata/baseline-truth8.json", fileQuestions("testdata/truth8.yaml")},
		{"blind14", "testdata/baseline-blind14.json", fileQuestions("testdata/blind14.yaml")},
		{"blind15", "testdata/baseline-blind15.json", fileQuestions("testdata/blind15.yaml")},
		{"blind16", "testdata/baseline-blind16.json", fileQuestions("testdata/blind16.yaml")},
		{"truth9", "testdata/baseline-truth9.json", fileQuestions("testdata/truth9.yaml")},
		{"truth10", "testdata/baseline-truth10.json", fileQuestions("testdata/truth10.yaml")},
		{"probe1", "testdata/baseline-probe1.json", fileQuestions("testdata/probe1.yaml")},
		{"blind17", "testdata/baseline-blind17.json", fileQuestions("testdata/blind17.yaml")},
		{"truth11", "testdata/baseline-truth11.json", fileQuestions("testdata/truth11.yaml")},
		{"probe2", "testdata/baseline-probe2.json", fileQuestions("testdata/probe2.yaml")},
		{"blind18", "testdata/baseline-blind18.json", fileQuestions("testdata/blind18.yaml")},
		{"blind19", "testdata/baseline-blind19.json", fileQuestions("testdata/blind19.yaml")},
		{"blind20", "testdata/baseline-blind20.json", fileQuestions("testdata/blind20.yaml")},
		{"blind21", "testdata/baseline-blind21.json", fileQuestions("testdata/blind21.yaml")},
		{"blind22", "testdata/baseline-blind22.json", fileQuestions("testdata/blind22.yaml")},
		{"blind23", "testdata/baseline-blind23.json", fileQuestions("testdata/blind23.yaml")},
		{"blind24", "testdata/baseline-blind24.json", fileQuestions("testdata/blind24.yaml")},
		{"blind25", "testdata/baseline-blind25.json", fileQuestions("testdata/blind25.yaml")},
		{"blind26", "testdata/baseline-blind26.json", fileQuestions("testdata/blind26.yaml")},
		{"blind27", "testdata/baseline-blind27.json", fileQuestions("testdata/blind27.yaml")},
		{"blind28", "testdata/baseline-blind28.json", fileQuestions("testdata/blind28.yaml")},
		{"blind29", "testdata/baseline-blind29.json", fileQuestions("testdata/blind29.yaml")},
		{"blind30", "testdata/baseline-blind30.json", fileQuestions("testdata/blind30.yaml")},
		{"blind31", "testdata/baseline-blind31.json", fileQuestions("testdata/blind31.yaml")},
		{"blind32", "testdata/baseline-blind32.json", fileQuestions("testdata/blind32.yaml")},
		{"blind33", "testdata/baseline-blind33.json", fileQuestions("testdata/blind33.yaml")},
		{"blind34", "testdata/baseline-blind34.json", fileQuestions("testdata/blind34.yaml")},
		{"blind35", "testdata/baseline-blind35.json", fileQuestions("testdata/blind35.yaml")},
		{"blind36", "testdata/baseline-blind36.json", fileQuestions("testdata/blind36.yaml")},
		{"blind37", "testdata/baseline-blind37.json", fileQuestions("testdata/blind37.yaml")},
		{"blind38", "testdata/baseline-blind38.json", fileQuestions("testdata/blind38.yaml")},
		{"blind39", "testdata/baseline-blind39.json", fileQuestions("testdata/blind39.yaml")},
		{"blind40", "testdata/baseline-blind40.json", fileQuestions("testdata/blind40.yaml")},
		{"blind41", "testdata/baseline-blind41.json", fileQuestions("testdata/blind41.yaml")},
		{"blind42", "testdata/baseline-blind42.json", fileQuestions("testdata/blind42.yaml")},
		{"blind43", "testdata/baseline-blind43.json", fileQuestions("testdata/blind43.yaml")},
		{"blind44", "testdata/baseline-blind44.json", fileQuestions("testdata/blind44.yaml")},
		{"blind45", "testdata/baseline-blind45.json", fileQuestions("testdata/blind45.yaml")},
		{"blind46", "testdata/baseline-blind46.json", fileQuestions("testdata/blind46.yaml")},
		{"blind47", "testdata/baseline-blind47.json", fileQuestions("testdata/blind47.yaml")},
		{"blind48", "testdata/baseline-blind48.json", fileQuestions("testdata/blind48.yaml")},
		{"blind49", "testdata/baseline-blind49.json", fileQuestions("testdata/blind49.yaml")},
		{"blind50", "testdata/baseline-blind50.json", fileQuestions("testdata/blind50.yaml")},
		{"blind51", "testdata/baseline-blind51.json", fileQuestions("testdata/blind51.yaml")},
		{"blind52", "testdata/baseline-blind52.json", fileQuestions("testdata/blind52.yaml")},
		{"blind53", "testdata/baseline-blind53.json", fileQuestions("testdata/blind53.yaml")},
		{"blind54", "testdata/baseline-blind54.json", fileQuestions("testdata/blind54.yaml")},
		{"blind55", "testdata/baseline-blind55.json", fileQuestions("testdata/blind55.yaml")},
		{"blind56", "testdata/baseline-blind56.json", fileQuestions("testdata/blind56.yaml")},
		{"blind57", "testdata/baseline-blind57.json", fileQuestions("testdata/blind57.yaml")},
		{"blind58", "testdata/baseline-blind58.json", fileQuestions("testdata/blind58.yaml")},
		{"blind59", "testdata/baseline-blind59.json", fileQuestions("testdata/blind59.yaml")},
		{"blind60", "testdata/baseline-blind60.json", fileQuestions("testdata/blind60.yaml")},
		{"blind61", "testdata/baseline-blind61.json", fileQuestions("testdata/blind61.yaml")},
		{"blind62", "testdata/baseline-blind62.json", fileQuestions("testdata/blind62.yaml")},
		{"blind63", "testdata/baseline-blind63.json", fileQuestions("testdata/blind63.yaml")},
		{"blind64", "testdata/baseline-blind64.json", fileQuestions("testdata/blind64.yaml")},
		{"blind65", "testdata/baseline-blind65.json", fileQuestions("testdata/blind65.yaml")},
		{"blind66", "testdata/baseline-blind66.json", fileQuestions("testdata/blind66.yaml")},
		{"blind67", "testdata/baseline-blind67.json", fileQuestions("testdata/blind67.yaml")},
		{"blind68", "testdata/baseline-blind68.json", fileQuestions("testdata/blind68.yaml")},
		{"blind69", "testdata/baseline-blind69.json", fileQuestions("testdata/blind69.yaml")},
		{"blind70", "testdata/baseline-blind70.json", fileQuestions("testdata/blind70.yaml")},
		{"blind71", "testdata/baseline-blind71.json", fileQuestions("testdata/blind71.yaml")},
		{"blind72", "testdata/baseline-blind72.json", fileQuestions("testdata/blind72.yaml")},
		{"blind73", "testdata/baseline-blind73.json", fileQuestions("testdata/blind73.yaml")},
		{"blind74", "testdata/baseline-blind74.json", fileQuestions("testdata/blind74.yaml")},
		{"blind75", "testdata/baseline-blind75.json", fileQuestions("testdata/blind75.yaml")},
		{"blind76", "testdata/baseline-blind76.json", fileQuestions("testdata/blind76.yaml")},
		{"blind77", "testdata/baseline-blind77.json", fileQuestions("testdata/blind77.yaml")},
		{"blind78", "testdata/baseline-blind78.json", fileQuestions("testdata/blind78.yaml")},
		{"blind79", "testdata/baseline-blind79.json", fileQuestions("testdata/blind79.yaml")},
		{"blind80", "testdata/baseline-blind80.json", fileQuestions("testdata/blind80.yaml")},
		{"probe4", "testdata/baseline-probe4.json", fileQuestions("testdata/probe4.yaml")},
		{"probe3", "testdata/baseline-probe3.json", fileQuestions("testdata/probe3.yaml")},
		{"probe5", "testdata/baseline-probe5.json", fileQuestions("testdata/probe5.yaml")},
		{"probe6", "testdata/baseline-probe6.json", fileQuestions("testdata/probe6.yaml")},
		{"probe7", "testdata/baseline-probe7.json", fileQuestions("testdata/probe7.yaml")},
		{"probe8", "testdata/baseline-probe8.json", fileQuestions("testdata/probe8.yaml")},
		{"probe9", "testdata/baseline-probe9.json", fileQuestions("testdata/probe9.yaml")},
		{"probe10", "testdata/baseline-probe10.json", fileQuestions("testdata/probe10.yaml")},
		{"probe11", "testdata/baseline-probe11.json", fileQuestions("testdata/probe11.yaml")},
		{"probe12", "testdata/baseline-probe12.json", fileQuestions("testdata/probe12.yaml")},
		{"probe13", "testdata/baseline-probe13.json", fileQuestions("testdata/probe13.yaml")},
		{"probe14", "testdata/baseline-probe14.json", fileQuestions("testdata/probe14.yaml")},
		{"probe15", "testdata/baseline-probe15.json", fileQuestions("testdata/probe15.yaml")},
		{"probe16", "testdata/baseline-probe16.json", fileQuestions("testdata/probe16.yaml")},
		{"probe17", "testdata/baseline-probe17.json", fileQuestions("testdata/probe17.yaml")},
		{"probe18", "testdata/baseline-probe18.json", fileQuestions("testdata/probe18.yaml")},
		{"probe19", "testdata/baseline-probe19.json", fileQuestions("testdata/probe19.yaml")},
		{"probe20", "testdata/baseline-probe20.json", fileQuestions("testdata/probe20.yaml")},
		{"probe21", "testdata/baseline-probe21.json", fileQuestions("testdata/probe21.yaml")},
		{"probe22", "testdata/baseline-probe22.json", fileQuestions("testdata/probe22.yaml")},
		{"probe23", "testdata/baseline-probe23.json", fileQuestions("testdata/probe23.yaml")},
		{"probe24", "testdata/baseline-probe24.json", fileQuestions("testdata/probe24.yaml")},
		{"probe25", "testdata/baseline-probe25.json", fileQuestions("testdata/probe25.yaml")},
		{"probe26", "testdata/baseline-probe26.json", fileQuestions("testdata/probe26.yaml")},
		{"probe27", "testdata/baseline-probe27.json", fileQuestions("testdata/probe27.yaml")},
		{"probe28", "testdata/baseline-probe28.json", fileQuestions("testdata/probe28.yaml")},
		{"probe29", "testdata/baseline-probe29.json", fileQuestions("testdata/probe29.yaml")},
		{"probe30", "testdata/baseline-probe30.json", fileQuestions("testdata/probe30.yaml")},
		{"probe31", "testdata/baseline-probe31.json", fileQuestions("testdata/probe31.yaml")},
		{"probe32", "testdata/baseline-probe32.json", fileQuestions("testdata/probe32.yaml")},
		{"probe33", "testdata/baseline-probe33.json", fileQuestions("testdata/probe33.yaml")},
		{"probe34", "testdata/baseline-probe34.json", fileQuestions("testdata/probe34.yaml")},
		{"probe35", "testdata/baseline-probe35.json", fileQuestions("testdata/probe35.yaml")},
		{"probe36", "testdata/baseline-probe36.json", fileQuestions("testdata/probe36.yaml")},
		{"probe37", "testdata/baseline-probe37.json", fileQuestions("testdata/probe37.yaml")},
		{"probe38", "testdata/baseline-probe38.json", fileQuestions("testdata/probe38.yaml")},
		{"probe39", "testdata/baseline-probe39.json", fileQuestions("testdata/probe39.yaml")},
		{"probe40", "testdata/baseline-probe40.json", fileQuestions("testdata/probe40.yaml")},
		{"probe41", "testdata/baseline-probe41.json", fileQuestions("testdata/probe41.yaml")},
		{"probe42", "testdata/baseline-probe42.json", fileQuestions("testdata/probe42.yaml")},
		{"probe43", "testdata/baseline-probe43.json", fileQuestions("testdata/probe43.yaml")},
		{"probe44", "testdata/baseline-probe44.json", fileQuestions("testdata/probe44.yaml")},
		{"probe45", "testdata/baseline-probe45.json", fileQuestions("testdata/probe45.yaml")},
		{"probe46", "testdata/baseline-probe46.json", fileQuestions("testdata/probe46.yaml")},
		{"probe47", "testdata/baseline-probe47.json", fileQuestions("testdata/probe47.yaml")},
		{"probe48", "testdata/baseline-probe48.json", fileQuestions("testdata/probe48.yaml")},
		{"probe49", "testdata/baseline-probe49.json", fileQuestions("testdata/probe49.yaml")},
		{"probe50", "testdata/baseline-probe50.json", fileQuestions("testdata/probe50.yaml")},
		{"probe51", "testdata/baseline-probe51.json", fileQuestions("testdata/probe51.yaml")},
		{"probe52", "testdata/baseline-probe52.json", fileQuestions("testdata/probe52.yaml")},
		{"probe53", "testdata/baseline-probe53.json", fileQuestions("testdata/probe53.yaml")},
		{"probe54", "testdata/baseline-probe54.json", fileQuestions("testdata/probe54.yaml")},
		{"probe55", "testdata/baseline-probe55.json", fileQuestions("testdata/probe55.yaml")},
		{"probe56", "testdata/baseline-probe56.json", fileQuestions("testdata/probe56.yaml")},
		{"probe57", "testdata/baseline-probe57.json", fileQuestions("testdata/probe57.yaml")},
		{"probe58", "testdata/baseline-probe58.json", fileQuestions("testdata/probe58.yaml")},
		{"probe59", "testdata/baseline-probe59.json", fileQuestions("testdata/probe59.yaml")},
		{"probe60", "testdata/baseline-probe60.json", fileQuestions("testdata/probe60.yaml")},
		{"probe61", "testdata/baseline-probe61.json", fileQuestions("testdata/probe61.yaml")},
		{"probe62", "testdata/baseline-probe62.json", fileQuestions("testdata/probe62.yaml")},
		{"probe63", "testdata/baseline-probe63.json", fileQuestions("testdata/probe63.yaml")},
		{"probe64", "testdata/baseline-probe64.json", fileQuestions("testdata/probe64.yaml")},
		{"probe65", "testdata/baseline-probe65.json", fileQuestions("testdata/probe65.yaml")},
		{"probe66", "testdata/baseline-probe66.json", fileQuestions("testdata/probe66.yaml")},
		{"probe67", "testdata/baseline-probe67.json", fileQuestions("testdata/probe67.yaml")},
		{"probe68", "testdata/baseline-probe68.json", fileQuestions("testdata/probe68.yaml")},
		{"probe69", "testdata/baseline-probe69.json", fileQuestions("testdata/probe69.yaml")},
		{"probe71", "testdata/baseline-probe71.json", fileQuestions("testdata/probe71.yaml")},
		{"probe70", "testdata/baseline-probe70.json", fileQuestions("testdata/probe70.yaml")},
		{"probe72", "testdata/baseline-probe72.json", fileQuestions("testdata/probe72.yaml")},
		{"probe73", "testdata/baseline-probe73.json", fileQuestions("testdata/probe73.yaml")},
		{"probe75", "testdata/baseline-probe75.json", fileQuestions("testdata/probe75.yaml")},
		{"probe74", "testdata/baseline-probe74.json", fileQuestions("testdata/probe74.yaml")},
		{"probe76", "testdata/baseline-probe76.json", fileQuestions("testdata/probe76.yaml")},
		{"probe77", "testdata/baseline-probe77.json", fileQuestions("testdata/probe77.yaml")},
		{"probe78", "testdata/baseline-probe78.json", fileQuestions("testdata/probe78.yaml")},
		{"probe79", "testdata/baseline-probe79.json", fileQuestions("testdata/probe79.yaml")},
		{"probe80", "testdata/baseline-probe80.json", fileQuestions("testdata/probe80.yaml")},
		{"probe81", "testdata/baseline-probe81.json", fileQuestions("testdata/probe81.yaml")},
		{"probe82", "testdata/baseline-probe82.json", fileQuestions("testdata/probe82.yaml")},
		{"probe83", "testdata/baseline-probe83.json", fileQuestions("testdata/probe83.yaml")},
		{"probe84", "testdata/baseline-probe84.json", fileQuestions("testdata/probe84.yaml")},
		{"probe85", "testdata/baseline-probe85.json", fileQuestions("testdata/probe85.yaml")},
		{"probe86", "testdata/baseline-probe86.json", fileQuestions("testdata/probe86.yaml")},
		{"probe87", "testdata/baseline-probe87.json", fileQuestions("testdata/probe87.yaml")},
		{"probe88", "testdata/baseline-probe88.json", fileQuestions("testdata/probe88.yaml")},
		{"probe89", "testdata/baseline-probe89.json", fileQuestions("testdata/probe89.yaml")},
		{"probe90", "testdata/baseline-probe90.json", fileQuestions("testdata/probe90.yaml")},
		{"probe91", "testdata/baseline-probe91.json", fileQuestions("testdata/probe91.yaml")},
		{"probe92", "testdata/baseline-probe92.json", fileQuestions("testdata/probe92.yaml")},
		{"probe93", "testdata/baseline-probe93.json", fileQuestions("testdata/probe93.yaml")},
		{"probe94", "testdata/baseline-probe94.json", fileQuestions("testdata/probe94.yaml")},
		{"probe95", "testdata/baseline-probe95.json", fileQuestions("testdata/probe95.yaml")},
		{"probe96", "testdata/baseline-probe96.json", fileQuestions("testdata/probe96.yaml")},
		{"probe97", "testdata/baseline-probe97.json", fileQuestions("testdata/probe97.yaml")},
		{"probe98", "testdata/baseline-probe98.json", fileQuestions("testdata/probe98.yaml")},
		{"probe99", "testdata/baseline-probe99.json", fileQuestions("testdata/probe99.yaml")},
		{"probe100", "testdata/baseline-probe100.json", fileQuestions("testdata/probe100.yaml")},
		{"probe101", "testdata/baseline-probe101.json", fileQuestions("testdata/probe101.yaml")},
		{"probe102", "testdata/baseline-probe102.json", fileQuestions("testdata/probe102.yaml")},
		{"probe103", "testdata/baseline-probe103.json", fileQuestions("testdata/probe103.yaml")},
		{"probe104", "testdata/baseline-probe104.json", fileQuestions("testdata/probe104.yaml")},
		{"probe105", "testdata/baseline-probe105.json", fileQuestions("testdata/probe105.yaml")},
		{"probe106", "testdata/baseline-probe106.json", fileQuestions("testdata/probe106.yaml")},
		{"probe107", "testdata/baseline-probe107.json", fileQuestions("testdata/probe107.yaml")},
		{"probe108", "testdata/baseline-probe108.json", fileQuestions("testdata/probe108.yaml")},
		{"probe109", "testdata/baseline-probe109.json", fileQuestions("testdata/probe109.yaml")},
		{"probe110", "testdata/baseline-probe110.json", fileQuestions("testdata/probe110.yaml")},
		{"probe111", "testdata/baseline-probe111.json", fileQuestions("testdata/probe111.yaml")},
		{"probe112", "testdata/baseline-probe112.json", fileQuestions("testdata/probe112.yaml")},
		{"probe113", "testdata/baseline-probe113.json", fileQuestions("testdata/probe113.yaml")},
		{"probe114", "testdata/baseline-probe114.json", fileQuestions("testdata/probe114.yaml")},
		{"probe115", "testdata/baseline-probe115.json", fileQuestions("testdata/probe115.yaml")},
		{"probe116", "testdata/baseline-probe116.json", fileQuestions("testdata/probe116.yaml")},
		{"probe117", "testdata/baseline-probe117.json", fileQuestions("testdata/probe117.yaml")},
		{"probe118", "testdata/baseline-probe118.json", fileQuestions("testdata/probe118.yaml")},
		{"probe119", "testdata/baseline-probe119.json", fileQuestions("testdata/probe119.yaml")},
		{"probe120", "testdata/baseline-probe120.json", fileQuestions("testdata/probe120.yaml")},
		{"probe121", "testdata/baseline-probe121.json", fileQuestions("testdata/probe121.yaml")},
		{"probe122", "testdata/baseline-probe122.json", fileQuestions("testdata/probe122.yaml")},
		{"probe123", "testdata/baseline-probe123.json", fileQuestions("testdata/probe123.yaml")},
		{"probe124", "testdata/baseline-probe124.json", fileQuestions("testdata/probe124.yaml")},
		{"probe125", "testdata/baseline-probe125.json", fileQuestions("testdata/probe125.yaml")},
		{"probe126", "testdata/baseline-probe126.json", fileQuestions("testdata/probe126.yaml")},
		{"probe127", "testdata/baseline-probe127.json", fileQuestions("testdata/probe127.yaml")},
		{"probe128", "testdata/baseline-probe128.json", fileQuestions("testdata/probe128.yaml")},
		{"probe129", "testdata/baseline-probe129.json", fileQuestions("testdata/probe129.yaml")},
		{"probe130", "testdata/baseline-probe130.json", fileQuestions("testdata/probe130.yaml")},
		{"probe131", "testdata/baseline-probe131.json", fileQuestions("testdata/probe131.yaml")},
		{"probe132", "testdata/baseline-probe132.json", fileQuestions("testdata/probe132.yaml")},
		{"probe133", "testdata/baseline-probe133.json", fileQuestions("testdata/probe133.yaml")},
		{"probe134", "testdata/baseline-probe134.json", fileQuestions("testdata/probe134.yaml")},
		{"probe135", "testdata/baseline-probe135.json", fileQuestions("testdata/probe135.yaml")},
		{"probe136", "testdata/baseline-probe136.json", fileQuestions("testdata/probe136.yaml")},
		{"probe137", "testdata/baseline-probe137.json", fileQuestions("testdata/probe137.yaml")},
		{"probe138", "testdata/baseline-probe138.json", fileQuestions("testdata/probe138.yaml")},
		{"probe139", "testdata/baseline-probe139.json", fileQuestions("testdata/probe139.yaml")},
		{"probe140", "testdata/baseline-probe140.json", fileQuestions("testdata/probe140.yaml")},
		{"probe141", "testdata/baseline-probe141.json", fileQuestions("testdata/probe141.yaml")},
		{"probe142", "testdata/baseline-probe142.json", fileQuestions("testdata/probe142.yaml")},
		{"probe143", "testdata/baseline-probe143.json", fileQuestions("testdata/probe143.yaml")},
		{"probe144", "testdata/baseline-probe144.json", fileQuestions("testdata/probe144.yaml")},
		{"probe145", "testdata/baseline-probe145.json", fileQuestions("testdata/probe145.yaml")},
		{"probe146", "testdata/baseline-probe146.json", fileQuestions("testdata/probe146.yaml")},
		{"probe147", "testdata/baseline-probe147.json", fileQuestions("testdata/probe147.yaml")},
		{"probe148", "testdata/baseline-probe148.json", fileQuestions("testdata/probe148.yaml")},
		{"probe149", "testdata/baseline-probe149.json", fileQuestions("testdata/probe149.yaml")},
		{"probe150", "testdata/baseline-probe150.json", fileQuestions("testdata/probe150.yaml")},
		{"probe151", "testdata/baseline-probe151.json", fileQuestions("testdata/probe151.yaml")},
		{"probe152", "testdata/baseline-probe152.json", fileQuestions("testdata/probe152.yaml")},
		{"probe153", "testdata/baseline-probe153.json", fileQuestions("testdata/probe153.yaml")},
		{"probe154", "testdata/baseline-probe154.json", fileQuestions("testdata/probe154.yaml")},
	} {
		t.Run(set.name, func(t *testing.T) {
			t.Parallel()
			checkScores(t, eng, set.baseline, set.load)
		})
	}
}

// fileQuestions loads a set shipped as a file (eval --file): the tuning
// supplements english.yaml, lists.yaml and colloquial.yaml, and the third
// held-out set, blind3.yaml.
func fileQuestions(path string) func() ([]eval.Question, error) {
	return func() ([]eval.Question, error) {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return eval.ParseQuestions(raw)
	}
}

func checkScores(t *testing.T, eng rag.Answerer, baselineFile string, load func() ([]eval.Question, error)) {
	raw, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	var want baseline
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	qs, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 30 {
		t.Fatalf("question set has %d questions, want at least 30", len(qs))
	}
	got, err := eval.Run(ctx, eng, qs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"hit@1", got.Hit1, want.Hit1},
		{"hit@5", got.Hit5, want.Hit5},
		{"MRR", got.MRR, want.MRR},
		{"key-fact accuracy", got.FactAccuracy, want.FactAccuracy},
		{"figure accuracy", got.FigureAccuracy, want.FigureAccuracy},
		{"refusal accuracy", got.Refusal, want.Refusal},
		{"verbatim quotes", got.Verbatim, want.Verbatim},
	} {
		if c.got < c.want {
			t.Errorf("%s dropped to %.3f, below the %.3f reached before", c.name, c.got, c.want)
		}
	}
	if got.Verbatim != 1 {
		t.Errorf("verbatim quote share %.3f, must be 100%%", got.Verbatim)
	}
	if got.FalseRefusal > want.MaxFalseRefuse {
		t.Errorf("false refusals rose to %.3f, above %.3f", got.FalseRefusal, want.MaxFalseRefuse)
	}
	if got.ConfidentlyWrong > want.MaxConfidentlyWrong {
		t.Errorf("confidently wrong answers rose to %d, above %d", got.ConfidentlyWrong, want.MaxConfidentlyWrong)
	}
	if t.Failed() && !heldOut(baselineFile) {
		for _, f := range got.Failures {
			t.Logf("%s: %s", f.ID, f.Reason)
		}
	}
}

// heldOut reports whether a baseline is a held-out set's, whose misses are
// not printed: they are read only as aggregates. blind5–blind11 became
// tuning sets once their answers had been seen (docs/eval.md); their misses
// are still not printed here.
func heldOut(baselineFile string) bool {
	for _, s := range []string{"heldout", "fresh", "blind"} {
		if strings.Contains(baselineFile, s) {
			return true
		}
	}
	return false
}

func TestParseQuestionsRejectsBadSets(t *testing.T) {
	for name, raw := range map[string]string{
		"not yaml":           "- [",
		"missing id":         "- question: 什么\n",
		"duplicate id":       "- id: a\n  question: 甲\n- id: a\n  question: 乙\n",
		"answerable no gold": "- id: a\n  question: 甲\n  answerable: true\n",
	} {
		if _, err := eval.ParseQuestions([]byte(raw)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// Every shipped set must be checkable: gold paragraphs exist and every key
// fact is written in one of its question's gold paragraphs (after the
// normalization scoring applies: ¶8 writes "64％").
func TestQuestionSetsMatchTheReport(t *testing.T) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	paras := reports[0].Paragraphs
	for name, load := range map[string]func() ([]eval.Question, error){
		"tuning": eval.DefaultQuestions, "heldout": eval.HeldoutQuestions, "fresh": eval.FreshQuestions,
		"english": fileQuestions("testdata/english.yaml"), "lists": fileQuestions("testdata/lists.yaml"),
		"colloquial": fileQuestions("testdata/colloquial.yaml"), "blind3": fileQuestions("testdata/blind3.yaml"),
		"truth": fileQuestions("testdata/truth.yaml"), "blind4": fileQuestions("testdata/blind4.yaml"),
		"truth2": fileQuestions("testdata/truth2.yaml"), "blind5": fileQuestions("testdata/blind5.yaml"),
		"truth3": fileQuestions("testdata/truth3.yaml"), "truth4": fileQuestions("testdata/truth4.yaml"),
		"blind6": fileQuestions("testdata/blind6.yaml"),
	} {
		qs, err := load()
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if !q.Answerable && (len(q.Gold) > 0 || len(q.Facts) > 0) {
				t.Errorf("%s/%s: unanswerable with gold or facts", name, q.ID)
			}
			for _, g := range q.Gold {
				if g < 1 || g > len(paras) {
					t.Errorf("%s/%s: gold ¶%d outside 1..%d", name, q.ID, g, len(paras))
				}
			}
			for _, f := range q.Facts {
				found := false
				for _, g := range q.Gold {
					if g >= 1 && g <= len(paras) && strings.Contains(rag.Normalize(paras[g-1].Text), rag.Normalize(f)) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s/%s: fact %q is in none of its gold paragraphs %v", name, q.ID, f, q.Gold)
				}
			}
		}
	}
}

// A share of no questions prints as n/a (or — by kind), not 0.0%.
func TestWriteTableSharesOfNothing(t *testing.T) {
	s := &eval.Scores{Questions: 2, Unanswerable: 2, Refusal: 0.5, Verbatim: 1,
		ByKind: map[string]eval.KindScore{"unanswerable": {N: 2, Facts: 0.5}}}
	var b strings.Builder
	s.WriteTable(&b)
	for _, want := range []string{
		"| hit@1 | n/a (no answerable questions) |", "| MRR | n/a (no answerable questions) |",
		"| key-fact accuracy | n/a (no answerable questions) |", "| figure accuracy | n/a (no figure, pair or premise questions) |",
		"| refusal accuracy (unanswerable) | 50.0% |", "| false refusals (answerable) | n/a (no answerable questions) |",
		"| verbatim quotes | n/a of 0 |", "| unanswerable | 2 | — | 50.0% | 0 |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), " 0.0%") {
		t.Errorf("a share of nothing printed as 0.0%%:\n%s", b.String())
	}
}
