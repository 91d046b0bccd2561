package cli

import (
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/storage/storagetest"
)

// seedFeedback records questions an hour apart from 2025-03-01 09:00 UTC
// and votes on them, as the bot would.
func seedFeedback(t *testing.T, dsn string) {
	t.Helper()
	now := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	st, err := storage.Open(context.Background(), dsn, storage.WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	for i, q := range []struct {
		text  string
		found bool
		vote  int
	}{
		{"进出口增长多少？", true, storage.Down},
		{"=HYPERLINK(\"http://evil\")", false, 0},
		{"火星基地什么时候建？", false, storage.Up},
		{"进出口增长多少？", true, 0},
	} {
		id, err := st.RecordQuestion(ctx, storage.Question{Time: now, ChatID: 42, Source: "private", Question: q.text,
			Report: "panjin-2025", Mode: "extractive", Found: q.found, Cited: []int{6, 23}, UpdateID: int64(100 + i)})
		if err != nil {
			t.Fatal(err)
		}
		if q.vote != 0 {
			if err := st.RecordVote(ctx, id, 7, q.vote); err != nil {
				t.Fatal(err)
			}
		}
		now = now.Add(time.Hour)
	}
}

func TestFeedbackCommand(t *testing.T) {
	for _, be := range storagetest.Backends {
		t.Run(be.Name, func(t *testing.T) {
			dsn := be.DSN(t)
			seedFeedback(t, dsn)
			run := func(args ...string) (string, error) {
				var out, errOut syncBuffer
				err := Run(context.Background(), append([]string{"feedback", "--dsn", dsn}, args...), Env{Stdout: &out, Stderr: &errOut, Getenv: envFrom(nil)})
				return out.String(), err
			}
			out, err := run()
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"2  2025-03-01 12:00  进出口增长多少？", "火星基地什么时候建？", "1  0  2025-03-01 09:00  extractive  yes  ¶6 ¶23  进出口增长多少？"} {
				if !strings.Contains(out, want) {
					t.Errorf("report lacks %q:\n%s", want, out)
				}
			}
			// --since 2025-03-01T10:30Z leaves the last two questions.
			out, err = run("--since", "2025-03-01T10:30:00Z", "--csv")
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatalf("CSV: %v\n%s", err, out)
			}
			if len(rows) != 3 || strings.Join(rows[0], ",") != "id,time,source,chat,question,report,mode,found,cited,up,down" {
				t.Fatalf("CSV rows %q", rows)
			}
			if r := rows[1]; r[1] != "2025-03-01T11:00:00Z" || r[4] != "火星基地什么时候建？" || r[7] != "no" || r[8] != "6 23" || r[9] != "1" || r[10] != "0" || len(r[3]) != 32 {
				t.Fatalf("CSV row %q", r)
			}
			out, _ = run("--csv")
			if !strings.Contains(out, `'=HYPERLINK(""http://evil"")`) {
				t.Fatalf("a formula-like question is not defused in the CSV:\n%s", out)
			}
			if _, err := run("--since", "last tuesday"); err == nil || !IsUsage(err) {
				t.Fatalf("bad --since: %v", err)
			}
		})
	}
}

func TestFeedbackCommandNoDatabase(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	var out syncBuffer
	err := Run(context.Background(), []string{"feedback", "--db", missing}, Env{Stdout: &out, Stderr: &out, Getenv: envFrom(nil)})
	if err == nil || !strings.Contains(err.Error(), "no feedback database at") {
		t.Fatalf("missing database: %v", err)
	}
	// The configuration names the database when no flag does.
	err = Run(context.Background(), []string{"feedback"}, Env{Stdout: &out, Stderr: &out,
		Getenv: envFrom(map[string]string{"REPORTBOT_STORAGE_DSN": missing})})
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Fatalf("database from REPORTBOT_STORAGE_DSN: %v", err)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Time
		bad  bool
	}{
		{"", time.Time{}, false},
		{"2025-03-01T08:00:00Z", time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC), false},
		{"36h", now.Add(-36 * time.Hour), false},
		{"7d", now.AddDate(0, 0, -7), false},
		{"2025-03-01", time.Date(2025, 3, 1, 0, 0, 0, 0, time.Local), false},
		{"-3h", time.Time{}, true},
		{"soon", time.Time{}, true},
	} {
		got, err := parseSince(c.in, now)
		if (err != nil) != c.bad || !got.Equal(c.want) {
			t.Errorf("parseSince(%q) = %v, %v", c.in, got, err)
		}
	}
}
