package feedback

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fb.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s, path
}

func TestRecordAndReport(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	ask := func(q string, found bool, cited ...int) int64 {
		id, err := s.RecordQuestion(ctx, Question{ChatID: 42, Source: "private", Question: q, Report: "panjin-2025", Mode: "extractive", Found: found, Cited: cited})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a := ask("进出口增长多少？", true, 5, 7)
	ask("进出口增长多少？", true, 5)
	b := ask("火星基地什么时候建？", false)
	ask("火星基地什么时候建？", false)
	ask("火星基地什么时候建？", false)
	if err := s.RecordVote(ctx, a, 42, Down); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordVote(ctx, a, 43, Up); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordVote(ctx, b, 42, Up); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordVote(ctx, 9999, 42, Up); !errors.Is(err, ErrNoQuestion) {
		t.Fatalf("vote on unknown question: err = %v", err)
	}
	if err := s.RecordVote(ctx, a, 42, 0); err == nil {
		t.Fatal("vote 0 accepted")
	}
	// Survives closing and reopening.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	top, err := s.TopQuestions(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].Question != "火星基地什么时候建？" || top[0].N != 3 || top[1].N != 2 {
		t.Fatalf("top = %+v", top)
	}
	un, err := s.Unanswered(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 1 || un[0].N != 3 {
		t.Fatalf("unanswered = %+v", un)
	}
	down, err := s.Downvoted(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(down) != 1 || down[0].QuestionID != a || down[0].Down != 1 || down[0].Up != 1 || len(down[0].Cited) != 2 || down[0].Cited[1] != 7 {
		t.Fatalf("downvoted = %+v", down)
	}
	// Re-voting replaces the vote.
	if err := s.RecordVote(ctx, a, 42, Up); err != nil {
		t.Fatal(err)
	}
	if down, _ = s.Downvoted(ctx, 10); len(down) != 0 {
		t.Fatalf("after re-vote downvoted = %+v", down)
	}
}

func TestChatIDNotStoredRaw(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	const chat = 987654321
	if _, err := s.RecordQuestion(ctx, Question{ChatID: chat, Question: "q"}); err != nil {
		t.Fatal(err)
	}
	var h string
	if err := s.db.QueryRow("SELECT chat_hash FROM questions").Scan(&h); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h, "987654321") || h != s.HashChat(chat) || h == s.HashChat(chat+1) {
		t.Fatalf("chat hash %q", h)
	}
	var mode, sync string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	s.db.QueryRow("PRAGMA synchronous").Scan(&sync)
	if mode != "wal" || sync != "2" {
		t.Fatalf("journal_mode=%s synchronous=%s, want wal and 2 (FULL)", mode, sync)
	}
}

func TestHashKeyStableAcrossReopen(t *testing.T) {
	s, path := openTemp(t)
	h1 := s.HashChat(1)
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.HashChat(1) != h1 {
		t.Fatal("hash key changed on reopen")
	}
}

// TestSurvivesKill9 writes from a child process, kills it with SIGKILL
// mid-stream, and checks every write the child reported as done is there.
func TestSurvivesKill9(t *testing.T) {
	if path := os.Getenv("FEEDBACK_KILL_CHILD_DB"); path != "" {
		s, err := Open(path)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		for i := 0; ; i++ {
			if _, err := s.RecordQuestion(context.Background(), Question{ChatID: int64(i), Question: fmt.Sprintf("q%d", i), Found: true}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Printf("done %d\n", i)
		}
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSurvivesKill9$")
	cmd.Env = append(os.Environ(), "FEEDBACK_KILL_CHILD_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	acked := -1
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatal(line)
		}
		if n, err := fmt.Sscanf(line, "done %d", &acked); n == 1 && err == nil && acked >= 50 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if acked < 50 {
		t.Fatalf("child acknowledged only %d writes", acked)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM questions").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n < acked+1 {
		t.Fatalf("%d rows after kill -9, but %d writes were acknowledged", n, acked+1)
	}
}
