package rag_test

import (
	"context"
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
