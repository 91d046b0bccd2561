package store

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// progress draws "embedding  37/138 [=====>    ]" on one terminal line.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
}

// minProgressItems: below this, a bar is noise.
const minProgressItems = 20

func newProgress(w io.Writer, total int) *progress {
	if total < minProgressItems {
		w = nil
	}
	p := &progress{w: w, total: total}
	p.draw()
	return p
}

func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	p.draw()
}

func (p *progress) done() {
	if p.w != nil {
		fmt.Fprintln(p.w)
	}
}

func (p *progress) draw() {
	if p.w == nil {
		return
	}
	const width = 30
	filled := width * p.n / p.total
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(p.w, "\rembedding %4d/%d [%s]", p.n, p.total, bar)
}
