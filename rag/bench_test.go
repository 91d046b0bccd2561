package rag_test

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// benchEngine builds the default engine: both legs, local embedding.
func benchEngine(b *testing.B) *rag.Engine {
	b.Helper()
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
	if err != nil {
		b.Fatal(err)
	}
	return rag.NewEngine(ix, vectorLeg(b, ix, ""))
}

var benchQuestions = []string{
	"2025年地区生产总值增长目标是多少？",
	"去年外贸涨了多少？",
	"今年公交车计划买多少台",
	"2025年要重点做好哪八个方面工作？",
	"盘锦的房价是多少",
	"What is Panjin's GDP growth target for 2025?",
}

func BenchmarkIndexBuild(b *testing.B) {
	for b.Loop() {
		benchEngine(b)
	}
}

func BenchmarkSearch(b *testing.B) {
	eng := benchEngine(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := eng.Search(ctx, rag.Query{Text: benchQuestions[i%len(benchQuestions)]}, 5); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAsk measures the whole pipeline: retrieval and extraction.
func BenchmarkAsk(b *testing.B) {
	eng := benchEngine(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := eng.Ask(ctx, rag.Query{Text: benchQuestions[i%len(benchQuestions)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAskCached measures a repeated question, answered from the cache.
func BenchmarkAskCached(b *testing.B) {
	eng := rag.Cached(benchEngine(b), rag.AnswerCacheSize)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := eng.Ask(ctx, rag.Query{Text: benchQuestions[i%len(benchQuestions)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkLexiconExpand reads questions through the lexicon, as every
// question (and the figures step) does: English phrases are matched in
// the same pass as words.
func BenchmarkLexiconExpand(b *testing.B) {
	lx := rag.DefaultLexicon()
	qs := append(slices.Clone(benchQuestions),
		"How much foreign capital and domestic capital was brought in, and how fast did foreign trade grow?",
		"What share of days had good air quality, and what is the fixed-asset investment target?")
	for i := range qs {
		qs[i] = rag.Normalize(qs[i])
	}
	i := 0
	for b.Loop() {
		lx.Expand(qs[i%len(qs)])
		i++
	}
}

// claimQuestions are claims checked against the report: stages, ranks,
// slogans and days, each read over every clause naming its thing.
var claimQuestions = []string{
	"辽西北供水盘锦应急支线输水工程已经完工了吗",
	"今年要建成盘锦机场吧",
	"企业活跃度全省第一吧",
	"盘锦推出了“辽河口海鲜菜”吗",
	"报告是1月10日做的吧",
}

// BenchmarkAskClaims measures claims, whose grounding reads the report's
// clauses beyond those cited, one sub-benchmark a claim.
func BenchmarkAskClaims(b *testing.B) {
	eng := benchEngine(b)
	ctx := context.Background()
	for i, q := range claimQuestions {
		b.Run(strconv.Itoa(i), func(b *testing.B) {
			for b.Loop() {
				if _, err := eng.Ask(ctx, rag.Query{Text: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
