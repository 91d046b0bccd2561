package scale_test

import (
	"bufio"
	"context"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/cli"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/scale"
)

// BenchmarkScale measures answering with many reports loaded: the seed
// plus REPORTBOT_SCALE_REPORTS-1 generated ones (default 100 in all; 1
// is the seed alone), through what POST /v1/ask computes for a question
// no cache has seen:
//
//   - scoped: the load test's questions confined to the seed (report=ID),
//     to compare with the one-report cost;
//   - place: the same questions prefixed with a generated report's city,
//     so the place (and year) pick the report;
//   - ambiguous: a question that names no place, which several places'
//     reports fit equally, asked back.
//
// Each reports its p50 and p99 besides the mean. docs/load.md has the
// figures and scale/run.sh the whole measurement.
//
//	REPORTBOT_SCALE_REPORTS=1000 go test ./scale -run '^$' -bench Scale -benchtime 2000x
func BenchmarkScale(b *testing.B) {
	n := 100
	if s := os.Getenv("REPORTBOT_SCALE_REPORTS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("REPORTBOT_SCALE_REPORTS=%q: want a number of reports", s)
		}
		n = v
	}
	opts := cli.EngineOptions{}
	if n > 1 {
		opts.SeedsDir = b.TempDir()
		if err := scale.Write(opts.SeedsDir, n-1); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Now()
	a, err := cli.BuildAnswerer(context.Background(), opts)
	if err != nil {
		b.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("%d reports indexed in %v; live heap %d MB", n, took.Round(time.Millisecond), ms.HeapAlloc>>20)
	base := loadQuestions(b, "../loadtest/questions.txt")
	placed, err := scale.Questions(n-1, base, 4096)
	if err != nil {
		b.Fatal(err)
	}
	if n == 1 {
		placed = base
	}
	for _, bc := range []struct {
		name string
		q    func(i int) rag.Query
	}{
		{"scoped", func(i int) rag.Query { return rag.Query{Text: base[i%len(base)], Report: "panjin-2025"} }},
		{"place", func(i int) rag.Query { return rag.Query{Text: placed[i%len(placed)]} }},
		{"ambiguous", func(i int) rag.Query { return rag.Query{Text: "地区生产总值增长目标是多少"} }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := context.Background()
			var took []time.Duration
			i := 0
			for b.Loop() {
				q := bc.q(i)
				q.Text += distinctTail(i + 1)
				t := time.Now()
				if _, err := a.Ask(ctx, q); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(t))
				i++
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
		})
	}
}

func loadQuestions(b *testing.B, path string) []string {
	b.Helper()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			qs = append(qs, q)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return qs
}

// distinctTail is n in binary as full-width punctuation: it misses every
// cache without changing what a question asks (as loadtest -distinct).
func distinctTail(n int) string {
	var sb strings.Builder
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			sb.WriteString("？")
		} else {
			sb.WriteString("。")
		}
	}
	return sb.String()
}
