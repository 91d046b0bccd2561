package crashtest

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	token         = "7000001:CRASH-test_token"
	webhookSecret = "crash-test-secret"
	webhookPath   = "/telegram/webhook"
)

var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

// TestMain removes the binary built for the scenarios.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds reportbot once for all scenarios.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "reportbot-crash-bin")
		if err != nil {
			buildErr = err
			return
		}
		binDir, binPath = dir, filepath.Join(dir, "reportbot")
		out, err := exec.Command("go", "build", "-o", binPath, "..").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// replica is one `reportbot serve` process, restarted after each kill.
type replica struct {
	name   string
	addr   string
	config string
	logs   string
	env    []string
	bin    string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// newReplica writes the replica's configuration: the fake Bot API, the
// database, a lease of 3 s so that another replica takes over quickly.
func newReplica(t *testing.T, name, dir, apiURL, dsn string, webhook bool) *replica {
	t.Helper()
	r := &replica{name: name, addr: freeAddr(t), bin: binary(t),
		config: filepath.Join(dir, name+".yaml"), logs: filepath.Join(dir, name+".log")}
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "server:\n  addr: %s\n  open_health: true\n", r.addr)
	fmt.Fprintf(&cfg, "log:\n  level: warn\n")
	fmt.Fprintf(&cfg, "telegram:\n  api_url: %s\n  rate_limit: 1000\n  rate_per_day: 100000\n", apiURL)
	if webhook {
		fmt.Fprintf(&cfg, "  webhook_url: https://bot.example.org%s\n  webhook_path: %s\n", webhookPath, webhookPath)
	}
	fmt.Fprintf(&cfg, "storage:\n  dsn: %q\n  replica: %s\n  lease: 3s\n", dsn, name)
	if err := os.WriteFile(r.config, []byte(cfg.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	r.env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+token, "TELEGRAM_WEBHOOK_SECRET="+webhookSecret)
	return r
}

// start runs the replica and waits until it serves HTTP.
func (r *replica) start(t *testing.T) {
	t.Helper()
	logf, err := os.OpenFile(r.logs, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(logf, "---- start %s\n", time.Now().Format(time.RFC3339Nano))
	cmd := exec.Command(r.bin, "serve", "--config", r.config)
	cmd.Env = r.env
	cmd.Stderr = logf
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
		}
		cmd.Wait()
		logf.Close()
		close(done)
	}()
	r.mu.Lock()
	r.cmd, r.done = cmd, done
	r.mu.Unlock()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + r.addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		select {
		case <-done:
			t.Fatalf("%s exited at start; log %s:\n%s", r.name, r.logs, tail(r.logs))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not come up; log:\n%s", r.name, tail(r.logs))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// signal sends sig and waits for the process to end.
func (r *replica) signal(t *testing.T, sig syscall.Signal) {
	t.Helper()
	r.mu.Lock()
	cmd, done := r.cmd, r.done
	r.mu.Unlock()
	if cmd == nil {
		return
	}
	cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Errorf("%s did not stop on %v", r.name, sig)
	}
	if sig == syscall.SIGTERM && cmd.ProcessState != nil && !cmd.ProcessState.Success() {
		t.Errorf("%s exited with %v on SIGTERM; log:\n%s", r.name, cmd.ProcessState, tail(r.logs))
	}
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}
