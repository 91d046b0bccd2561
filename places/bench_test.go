package places

import (
	"runtime"
	"testing"
)

var benchQuestions = []string{
	"大连今年gdp目标是多少?",
	"2025年地区生产总值增长目标是多少?",
	"盘锦港30万吨级原油码头什么时候建成?",
	"what is dalian's gdp target compared with liaoning?",
	"报告说全国的增长目标是5%,辽宁省呢?大洼区呢?",
}

// BenchmarkFind: one op is Find over each of the questions above.
func BenchmarkFind(b *testing.B) {
	g := load(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, q := range benchQuestions {
			g.Find(q)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*len(benchQuestions)), "ns/question")
}

// BenchmarkLoad also reports the heap one loaded Gazetteer keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, _ := Load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1e6, "MB-kept")
}
