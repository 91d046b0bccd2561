package llm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

const capSentence = "2025年全市地区生产总值预期增长5.5%左右〔¶23〕。"

// A server that ignores max_tokens and streams 3,000,000 characters: the
// client stops reading at the cap, keeps the text up to it and says so.
func TestStreamStopsReadingAtTheCap(t *testing.T) {
	f := newFixture(t, seedEngine(t))
	chunk := strings.Repeat("增长", 500) // 1,000 runes
	chunks := make([]string, 3000)
	for i := range chunks {
		chunks[i] = chunk
	}
	f.srv.Push(openaitest.Reply{Chunks: chunks})
	var streamed int
	text, err := f.client.Stream(context.Background(), []Message{{Role: "user", Content: "hi"}}, func(d string) { streamed += utf8.RuneCountInString(d) })
	if !errors.Is(err, ErrReplyTooLong) {
		t.Fatalf("err %v, want ErrReplyTooLong", err)
	}
	want := replyRunesPerToken * DefaultMaxTokens
	if n := utf8.RuneCountInString(text); n != want || streamed != want {
		t.Errorf("kept %d runes, streamed %d; want the cap, %d", n, streamed, want)
	}
	r := f.srv.Requests()[0]
	<-r.Finished()
	if r.Sent >= len(chunks)/2 {
		t.Errorf("the server wrote %d of %d chunks: the client kept reading past the cap", r.Sent, len(chunks))
	}
	t.Logf("the server wrote %d of %d chunks before the client hung up", r.Sent, len(chunks))
}

// One 3,000,000-character event: the body cap stops it mid-line.
func TestStreamBodyCapStopsOneHugeEvent(t *testing.T) {
	f := newFixture(t, seedEngine(t))
	f.srv.Push(openaitest.Reply{Chunks: []string{strings.Repeat("增", 3_000_000)}})
	text, err := f.client.Stream(context.Background(), []Message{{Role: "user", Content: "hi"}}, nil)
	if !errors.Is(err, ErrReplyTooLong) || text != "" {
		t.Fatalf("text %d bytes, err %v; want none and ErrReplyTooLong", len(text), err)
	}
}

func TestCompleteBodyCap(t *testing.T) {
	f := newFixture(t, seedEngine(t))
	f.srv.Push(reply(strings.Repeat("增", 3_000_000)))
	if _, err := f.client.Complete(context.Background(), []Message{{Role: "user", Content: "hi"}}); !errors.Is(err, ErrReplyTooLong) {
		t.Fatalf("err %v, want ErrReplyTooLong", err)
	}
}

// Replies over the cap through the answerer: a stream is cut at the cap
// and its whole sentences checked; a plain reply within the body cap is
// too; one over the body cap gives the extractive answer.
func TestAnswerOverTheCap(t *testing.T) {
	eng := seedEngine(t)
	small := func(c *Config, _ *Options) { c.MaxReplyRunes = 200 }
	long := strings.Repeat(capSentence, 40) // about 1,200 runes
	tests := []struct {
		name   string
		stream bool
		reply  string
		mode   string
	}{
		{"stream cut and checked", true, long, rag.ModeLLM},
		{"plain reply cut and checked", false, long, rag.ModeLLM},
		{"plain reply over the body cap", false, strings.Repeat(capSentence, 100_000), rag.ModeExtractive},
		{"stream of 3,000,000 characters", true, strings.Repeat(capSentence, 100_000), rag.ModeLLM},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, eng, small)
			rep := openaitest.Reply{Content: tt.reply}
			if tt.stream {
				rep = openaitest.Reply{Chunks: splitRunes(tt.reply, 300)}
			}
			f.srv.Push(rep)
			var ans *rag.Answer
			var err error
			var deltas strings.Builder
			if tt.stream {
				ans, err = f.ans.AskStream(context.Background(), rag.Query{Text: gdpQ}, func(d string) { deltas.WriteString(d) })
			} else {
				ans, err = f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
			}
			if err != nil {
				t.Fatal(err)
			}
			checkAnswer(t, eng, ans)
			if ans.Mode != tt.mode {
				t.Fatalf("mode %s, want %s: %q", ans.Mode, tt.mode, ans.Answer)
			}
			if n := utf8.RuneCountInString(ans.Answer); ans.Mode == rag.ModeLLM && n > 200 {
				t.Errorf("answer of %d runes over a cap of 200", n)
			}
			if n := utf8.RuneCountInString(deltas.String()); n > 200 {
				t.Errorf("streamed %d runes over a cap of 200", n)
			}
			if ans.Mode == rag.ModeLLM && !strings.HasSuffix(ans.Answer, "〔¶23〕。") {
				t.Errorf("the sentence cut through was kept: %q", ans.Answer)
			}
			if len(generations(f.srv)) != 1 {
				t.Errorf("%d generations", len(generations(f.srv)))
			}
		})
	}
}

func splitRunes(s string, n int) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); i += n {
		out = append(out, string(rs[i:min(len(rs), i+n)]))
	}
	return out
}
