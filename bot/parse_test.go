package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

func TestCallbackRoundTrip(t *testing.T) {
	for _, c := range []callback{
		{Op: 'o', N: 5, Report: "panjin-2025"},
		{Op: 'n', N: 77, Report: ""},
		{Op: 'v', Vote: 1, QID: 123456789},
		{Op: 'v', Vote: -1, QID: 1},
		{Op: 'q', N: 2},
	} {
		s, err := c.encode()
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		got, err := parseCallback(s)
		if err != nil || got != c {
			t.Fatalf("parse(%q) = %+v, %v; want %+v", s, got, err, c)
		}
	}
}

func TestCallbackRejects(t *testing.T) {
	for _, s := range []string{
		"", "o", "o:", "o:0:r", "o:-1:r", "o:01:r", "o:5", "o:5:r:x", "o:5:bad id", "x:5:r",
		"v:*:1", "v:+:0", "v:+:", "v:+:1:2", "q:100", "q:-1", "q:", "q:01",
		"o:5:" + strings.Repeat("r", 41), "o:1234567890:r", "o:5:r\n",
	} {
		if c, err := parseCallback(s); err == nil {
			t.Errorf("parseCallback(%q) = %+v, want error", s, c)
		}
	}
	if _, err := (callback{Op: 'o', N: 1, Report: strings.Repeat("x", 60)}).encode(); err == nil {
		t.Error("encode accepted an over-long report id")
	}
}

func FuzzParseCallback(f *testing.F) {
	for _, s := range []string{"o:5:panjin-2025", "n:1:", "v:+:42", "v:-:7", "q:0", "o:99999:x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseCallback(s)
		if err != nil {
			return
		}
		enc, err := c.encode()
		if err != nil {
			t.Fatalf("parsed %q to %+v which does not encode: %v", s, c, err)
		}
		if enc != s {
			t.Fatalf("parse(%q) re-encodes as %q", s, enc)
		}
		if len(enc) > 64 {
			t.Fatalf("%q is over 64 bytes", enc)
		}
	})
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		name   string
		target string
		args   string
	}{
		{"/start", true, "start", "", ""},
		{"/ask 进出口增长多少？", true, "ask", "", "进出口增长多少？"},
		{"/ask@PanjinReportBot  进出口 ", true, "ask", "PanjinReportBot", "进出口"},
		{"/Para\n23", true, "para", "", "23"},
		{"/help@OtherBot", true, "help", "OtherBot", ""},
		{"hello /start", false, "", "", ""},
		{"/", false, "", "", ""},
		{"/进出口", false, "", "", ""},
		{"/a@b@c", false, "", "", ""},
	}
	for _, tt := range tests {
		c, ok := parseCommand(tt.in)
		if ok != tt.ok || c.Name != tt.name || c.Target != tt.target || c.Args != tt.args {
			t.Errorf("parseCommand(%q) = %+v, %v", tt.in, c, ok)
		}
	}
	c, _ := parseCommand("/ask@panjinreportbot x")
	if !c.forMe("PanjinReportBot") {
		t.Error("@target match should ignore case")
	}
	c, _ = parseCommand("/ask@OtherBot x")
	if c.forMe("PanjinReportBot") {
		t.Error("command for another bot accepted")
	}
}

func TestStripMention(t *testing.T) {
	// "😀" is two UTF-16 units: the entity offset counts them.
	text := "😀 @PanjinReportBot 进出口增长多少？"
	ents := []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: 3, Length: 16}}
	q, ok := stripMention(text, ents, "PanjinReportBot")
	if !ok || q != "😀  进出口增长多少？" {
		t.Fatalf("got %q %v", q, ok)
	}
	if _, ok := stripMention("@PanjinReportBotX 你好", nil, "PanjinReportBot"); ok {
		t.Fatal("a longer username matched")
	}
	if _, ok := stripMention("@other 你好", []models.MessageEntity{{Type: "mention", Offset: 0, Length: 6}}, "PanjinReportBot"); ok {
		t.Fatal("another mention matched")
	}
}

func TestRateLimiter(t *testing.T) {
	clk := newFakeClock()
	l := newRateLimiter(clk, 5, 7)
	res := func(r limitResult, _ bool) limitResult { return r }
	for i := 0; i < 5; i++ {
		if got := res(l.allow(1)); got != allowed {
			t.Fatalf("question %d: %v", i, got)
		}
	}
	if got, warn := l.allow(1); got != limitedMinute || !warn {
		t.Fatalf("6th question in a minute: %v, warn %v", got, warn)
	}
	if got, warn := l.allow(1); got != limitedMinute || warn {
		t.Fatalf("7th question in a minute: %v, warn %v (want a single warning)", got, warn)
	}
	if got := res(l.allow(2)); got != allowed {
		t.Fatal("another user was limited")
	}
	clk.Advance(61 * time.Second)
	for k := 1; k <= 2; k++ { // each call counts a question
		if got := res(l.allow(1)); got != allowed {
			t.Fatalf("question %d after a minute: %v", k, got)
		}
	}
	if got, warn := l.allow(1); got != limitedDay || !warn {
		t.Fatalf("8th question in a day: %v, warn %v", got, warn)
	}
	clk.Advance(24 * time.Hour)
	if got := res(l.allow(1)); got != allowed {
		t.Fatalf("next day: %v", got)
	}
}

func TestSchedulerSpacing(t *testing.T) {
	clk := newFakeClock()
	s := newScheduler(clk)
	// Private chat: one message a second.
	if d := s.reserve(1, false); d != 0 {
		t.Fatalf("first wait %v", d)
	}
	if d := s.reserve(1, false); d != time.Second {
		t.Fatalf("second wait %v", d)
	}
	// Group: after 20 in a minute the 21st waits for the minute to pass.
	var last time.Duration
	for i := 0; i < 21; i++ {
		last = s.reserve(-100, true)
	}
	if last != time.Minute {
		t.Fatalf("21st group message waits %v, want 1m", last)
	}
	// Overall: at most 30 a second across chats.
	s = newScheduler(clk)
	for i := 0; i < 30; i++ {
		if d := s.reserve(int64(1000+i), false); d != 0 {
			t.Fatalf("message %d waits %v", i, d)
		}
	}
	if d := s.reserve(2000, false); d != time.Second {
		t.Fatalf("31st message in a second waits %v", d)
	}
}
