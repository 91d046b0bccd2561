package cli

import (
	"log/slog"
	"runtime"
	"runtime/debug"
)

// settleMemory runs once the reports are indexed, before serving: the
// build's garbage is collected and its pages given back, and, unless
// GOMEMLIMIT says otherwise, the collector is held to what the index keeps
// plus a margin (a quarter of it, at least 256 MiB). With one report
// (tens of MB) server.gc_percent decides alone; with a thousand (about a
// gigabyte kept) gc_percent 400 would let the heap grow to five times that.
func settleMemory(log *slog.Logger, getenv func(string) string) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	live := ms.HeapAlloc
	attrs := []any{"heap_mib", live >> 20}
	if getenv("GOMEMLIMIT") == "" {
		limit := live + max(256<<20, live/4)
		debug.SetMemoryLimit(int64(limit))
		attrs = append(attrs, "memory_limit_mib", limit>>20)
	}
	log.Info("reports indexed", attrs...)
}
