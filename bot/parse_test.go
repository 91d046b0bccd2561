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
		{Op: 'q', N: 1, Lang: "en"},
		{Op: 'm', QID: 42},
		{Op: 'c', Report: "panjin-2024"},
		{Op: 'c', Report: strings.Repeat("r", 40)},
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
		"v:*:1", "v:+:0", "v:+:", "v:+:1:2", "q:100", "q:-1", "q:", "q:01", "q:1:fr", "q:1:", "q:1:en:x", "m:0", "m:", "m:1:2", "m:01",
		"o:5:" + strings.Repeat("r", 41), "o:1234567890:r", "o:5:r\n",
		"c:", "c", "c:r:x", "c:bad id", "c:" + strings.Repeat("r", 41), "c:盘锦",
	} {
		if c, err := parseCallback(s); err == nil {
			t.Errorf("parseCallback(%q) = %+v, want error", s, c)
		}
	}
	if _, err := (callback{Op: 'o', N: 1, Report: strings.Repeat("x", 60)}).encode(); err == nil {
		t.Error("encode accepted an over-long report id")
	}
	if _, err := (callback{Op: 'c'}).encode(); err == nil {
		t.Error("encode accepted a choice of no report")
	}
}

func FuzzParseCallback(f *testing.F) {
	for _, s := range []string{"o:5:panjin-2025", "n:1:", "v:+:42", "v:-:7", "q:0", "q:1:en", "m:9", "o:99999:x", "c:panjin-2024"} {
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

// The limiter books every question a slot: now while the user is within
// the limits, else the first time both allow (first come, first served),
// up to maxQueued waiting; the day is counted in the limiter's zone.
func TestRateLimiter(t *testing.T) {
	clk := newFakeClock() // 2025-03-01 09:00 UTC = 17:00 in Shanghai
	shanghai := time.FixedZone("CST", 8*3600)
	l := newRateLimiter(clk, 3, 10*time.Minute, 8, shanghai, 2)
	t0 := clk.Now()
	type want struct {
		after  time.Duration // slot - t0
		limit  limitKind
		booked bool
		warn   bool
	}
	step := func(name string, user int64, w want) {
		t.Helper()
		bk := l.book(user)
		if got := bk.at.Sub(t0); got != w.after || bk.limit != w.limit || bk.booked != w.booked || bk.warn != w.warn {
			t.Fatalf("%s: slot +%v limit %v booked %v warn %v; want +%v %v %v %v", name, got, bk.limit, bk.booked, bk.warn, w.after, w.limit, w.booked, w.warn)
		}
	}
	for i := 0; i < 3; i++ { // a burst within the limit
		step("burst", 1, want{time.Duration(i) * time.Second, limitNone, true, false})
		clk.Advance(time.Second)
	}
	// The 4th waits for the 1st to leave the window; the 5th for the 2nd.
	step("4th", 1, want{10 * time.Minute, limitWindow, true, false})
	step("5th", 1, want{10*time.Minute + time.Second, limitWindow, true, false})
	// Two wait: the 6th is not booked, and the user is told once a minute.
	step("6th", 1, want{10*time.Minute + 2*time.Second, limitWindow, false, true})
	step("7th", 1, want{10*time.Minute + 2*time.Second, limitWindow, false, false})
	step("another user", 2, want{3 * time.Second, limitNone, true, false})
	// Once the waiting ones are due, a new question goes at once as long
	// as the window (now t0+30s…t0+10m30s) holds fewer than three.
	clk.Advance(10*time.Minute - 3*time.Second + 30*time.Second)
	step("after the window", 1, want{10*time.Minute + 30*time.Second, limitNone, true, false})
	clk.Advance(20 * time.Minute)
	base := clk.Now().Sub(t0)
	step("later", 1, want{base, limitNone, true, false})
	step("later", 1, want{base, limitNone, true, false})
	// That was the 8th today (Shanghai): the 9th waits for tomorrow 00:00 there.
	midnight := time.Date(2025, 3, 2, 0, 0, 0, 0, shanghai).Sub(t0)
	step("9th today", 1, want{midnight, limitDay, true, false})
	clk.Advance(midnight - base)
	step("tomorrow", 1, want{midnight, limitNone, true, false})
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
