package storage_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/storage"
)

const envKillChild = "REPORTBOT_STORAGE_KILL_CHILD_DSN"

// TestSurvivesSIGKILL writes from a child process — updates into the
// inbox, votes — prints each write once it returned, is killed with
// SIGKILL mid-stream, and then every write it reported is there and the
// database checks clean.
func TestSurvivesSIGKILL(t *testing.T) {
	if dsn := os.Getenv(envKillChild); dsn != "" {
		killChild(dsn)
		return
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	eachBackend(t, func(t *testing.T, e *env) {
		qid, err := e.s.RecordQuestion(ctx, storage.Question{ChatID: 1, Question: "进出口增长多少？"})
		must(t, err)
		e.s.Close()
		cmd := exec.Command(os.Args[0], "-test.run=^TestSurvivesSIGKILL$")
		cmd.Env = append(os.Environ(), envKillChild+"="+e.dsn)
		out, err := cmd.StdoutPipe()
		must(t, err)
		must(t, cmd.Start())
		sc := bufio.NewScanner(out)
		acked := -1
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "error") {
				cmd.Process.Kill()
				t.Fatal(line)
			}
			if n, err := fmt.Sscanf(line, "acked %d", &acked); n == 1 && err == nil && acked >= 100 {
				break
			}
		}
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		cmd.Wait()
		if acked < 100 {
			t.Fatalf("child acknowledged only %d writes", acked)
		}
		s := e.open()
		for i := 1; i <= acked; i++ {
			if st, err := s.InboxState(ctx, int64(i)); err != nil || st != "pending" {
				t.Fatalf("acknowledged update %d after SIGKILL: state %q, %v", i, st, err)
			}
		}
		var all []storage.Voted
		must(t, s.EachQuestion(ctx, time.Time{}, func(v storage.Voted) error { all = append(all, v); return nil }))
		if len(all) != 1 || all[0].QuestionID != qid || all[0].Up < acked {
			t.Fatalf("%d votes stored, %d acknowledged", all[0].Up, acked)
		}
		problems, err := s.Check(ctx)
		if err != nil || len(problems) > 0 {
			t.Fatalf("check after SIGKILL: %v %v", problems, err)
		}
	})
}

func killChild(dsn string) {
	ctx := context.Background()
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for i := int64(1); ; i++ {
		if _, err := s.EnqueueUpdate(ctx, i, []byte(fmt.Sprintf(`{"update_id":%d}`, i)), 0); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		if err := s.RecordVote(ctx, 1, 1000+i, storage.Up); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Printf("acked %d\n", i)
	}
}
