package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

const examplePath = "../config.example.yaml"

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultsValid(t *testing.T) {
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Defaults()) {
		t.Fatalf("Load(\"\") = %v, want defaults %v", c, Defaults())
	}
	if c.Server.Addr != "127.0.0.1:8080" || c.Server.MaxBodyBytes != 65536 || c.Server.RateLimitPerMinute != 120 ||
		!c.Server.OpenHealth || c.Server.OpenMetrics || c.Telegram.WebhookPath != "/telegram/webhook" ||
		c.Server.ShutdownTimeout != 15*time.Second || c.LLM.MaxTokens != 800 {
		t.Errorf("defaults differ from the documented ones: %v", c)
	}
}

func TestExampleEqualsDefaults(t *testing.T) {
	c, err := Load(examplePath, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Defaults()) {
		t.Errorf("config.example.yaml differs from Defaults():\nexample:\n%v\ndefaults:\n%v", c, Defaults())
	}
}

// TestExampleDocumentsEveryKey checks that every key of Config is in the
// example with a comment, and that the example has no key Config lacks.
func TestExampleDocumentsEveryKey(t *testing.T) {
	raw, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			if prefix != "" {
				key = prefix + "." + key
			}
			if v.Kind == yaml.MappingNode {
				walk(v, key)
				continue
			}
			found[key] = true
			if strings.TrimSpace(k.HeadComment+k.LineComment+v.LineComment) == "" {
				t.Errorf("example key %s has no comment", key)
			}
		}
	}
	walk(root.Content[0], "")
	keys := Keys()
	if len(keys) < 25 {
		t.Fatalf("Keys() = %d keys, expected all of Config's", len(keys))
	}
	for _, k := range keys {
		if !found[k] {
			t.Errorf("key %s is missing from config.example.yaml", k)
		}
		delete(found, k)
	}
	for k := range found {
		t.Errorf("config.example.yaml has %s, which Config does not", k)
	}
	// Every documented environment override is in the example's header.
	for _, o := range EnvOverrides {
		if !bytes.Contains(raw, []byte(o.Env)) {
			t.Errorf("override %s (%s) not documented in config.example.yaml", o.Env, o.Key)
		}
	}
	for _, e := range []string{EnvTelegramBotToken, EnvTelegramWebhookSecret, EnvOpenAIAPIKey, EnvAPIKeys} {
		if !bytes.Contains(raw, []byte(e)) {
			t.Errorf("secret %s not documented in config.example.yaml", e)
		}
	}
}

func TestLoadFile(t *testing.T) {
	p := writeFile(t, "server:\n  addr: 127.0.0.1:9000\n  read_timeout: 3s\nlog:\n  format: json\n")
	c, err := Load(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Server.Addr != "127.0.0.1:9000" || c.Server.ReadTimeout != 3*time.Second || c.Log.Format != "json" {
		t.Errorf("got %v", c)
	}
	if c.Server.WriteTimeout != 60*time.Second {
		t.Errorf("unset key lost its default: write_timeout %v", c.Server.WriteTimeout)
	}
	if c, err := Load(writeFile(t, ""), nil); err != nil || !reflect.DeepEqual(c, Defaults()) {
		t.Errorf("empty file: %v, %v", c, err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       string // substring of the error
	}{
		{"unknown key", "server:\n  adr: x\n", nil, "config: server.adr: unknown key; did you mean server.addr?"},
		{"unknown section", "bogus: 1\n", nil, "config: bogus: unknown key ("},
		{"bot token in file", "telegram:\n  bot_token: 123:abc\n", nil, "config: telegram.bot_token: secrets are read from the environment only; remove it and set TELEGRAM_BOT_TOKEN"},
		{"webhook secret in file", "telegram:\n  webhook_secret: x\n", nil, "TELEGRAM_WEBHOOK_SECRET"},
		{"api keys in file", "server:\n  api_keys: [a]\n", nil, "REPORTBOT_API_KEYS"},
		{"openai key in file", "llm:\n  api_key: sk-x\n", nil, "OPENAI_API_KEY"},
		{"secretish key", "telegram:\n  my_password: x\n", nil, "config: telegram.my_password: looks like a secret"},
		{"bad addr", "server:\n  addr: localhost\n", nil, "config: server.addr: want HOST:PORT"},
		{"bad port", "server:\n  addr: 127.0.0.1:99999\n", nil, "config: server.addr: port must be"},
		{"zero timeout", "server:\n  read_header_timeout: 0s\n", nil, "config: server.read_header_timeout: must be a positive duration"},
		{"integer duration", "server:\n  read_timeout: 10\n", nil, "config: server.read_timeout: cannot unmarshal !!int `10` into time.Duration (want a duration"},
		{"string for int", "server:\n  max_body_bytes: lots\n", nil, "config: server.max_body_bytes: cannot unmarshal"},
		{"scalar section", "server: 1\n", nil, "config: server: want a mapping of keys"},
		{"duplicate key", "log:\n  level: info\n  level: debug\n", nil, "log.level"},
		{"top-level list", "- a\n", nil, "config: top level: want a mapping"},
		{"negative shutdown", "server:\n  shutdown_timeout: -1s\n", nil, "config: server.shutdown_timeout:"},
		{"tiny body", "server:\n  max_body_bytes: 10\n", nil, "config: server.max_body_bytes: must be between"},
		{"negative rate", "server:\n  rate_limit_per_minute: -1\n", nil, "config: server.rate_limit_per_minute:"},
		{"negative answer concurrency", "server:\n  answer_concurrency: -1\n", nil, "config: server.answer_concurrency:"},
		{"huge answer concurrency", "server:\n  answer_concurrency: 5000\n", nil, "config: server.answer_concurrency:"},
		{"tiny gc percent", "server:\n  gc_percent: 10\n", nil, "config: server.gc_percent:"},
		{"negative gc percent", "server:\n  gc_percent: -1\n", nil, "config: server.gc_percent:"},
		{"log format", "log:\n  format: xml\n", nil, `config: log.format: must be text or json, got "xml"`},
		{"log level", "log:\n  level: loud\n", nil, "config: log.level:"},
		{"llm url", "llm:\n  base_url: ftp://x\n", nil, "config: llm.base_url: must be an http or https URL"},
		{"llm url creds", "llm:\n  base_url: https://u:p@x\n", nil, "config: llm.base_url: credentials in the URL"},
		{"max tokens", "llm:\n  max_tokens: 0\n", nil, "config: llm.max_tokens:"},
		{"llm timeout", "llm:\n  timeout: 0s\n", nil, "config: llm.timeout:"},
		{"api url", "telegram:\n  api_url: \"\"\n", nil, "config: telegram.api_url:"},
		{"webhook http", "telegram:\n  webhook_url: http://x/y\n", nil, "config: telegram.webhook_url: must be an https URL"},
		{"webhook without secret", "telegram:\n  webhook_url: https://x/y\n", map[string]string{EnvTelegramBotToken: "1:a"}, "config: telegram.webhook_url: a webhook needs TELEGRAM_WEBHOOK_SECRET"},
		{"webhook without token", "telegram:\n  webhook_url: https://x/y\n", map[string]string{EnvTelegramWebhookSecret: "abc"}, "config: telegram.webhook_url: a webhook needs TELEGRAM_BOT_TOKEN"},
		{"webhook path relative", "telegram:\n  webhook_path: hook\n", nil, "config: telegram.webhook_path: must be an absolute path"},
		{"webhook path pattern", "telegram:\n  webhook_path: /{x}\n", nil, "config: telegram.webhook_path:"},
		{"webhook path collides", "telegram:\n  webhook_path: /v1/hook\n", nil, "collides with the API route /v1"},
		{"rate per minute (removed)", "telegram:\n  rate_per_minute: 5\n", nil, "config: telegram.rate_per_minute: no longer a key: replaced by telegram.rate_limit"},
		{"rate limit", "telegram:\n  rate_limit: 0\n", nil, "config: telegram.rate_limit:"},
		{"rate window", "telegram:\n  rate_window: 0s\n", nil, "config: telegram.rate_window:"},
		{"rate per day", "telegram:\n  rate_per_day: 0\n", nil, "config: telegram.rate_per_day:"},
		{"rate per day below the window's", "telegram:\n  rate_limit: 30\n  rate_per_day: 20\n", nil, "config: telegram.rate_per_day: must be at least telegram.rate_limit (30)"},
		{"time zone", "telegram:\n  time_zone: Mars/Olympus\n", nil, `config: telegram.time_zone: must be an IANA time zone`},
		{"feedback db", "telegram:\n  feedback_db: \"\"\n", nil, "config: telegram.feedback_db:"},
		{"concurrency", "telegram:\n  max_concurrency: 0\n", nil, "config: telegram.max_concurrency:"},
		{"dsn password in file", "storage:\n  dsn: postgres://bot:pw@db/rb\n", nil, "config: storage.dsn: a password is a secret"},
		{"dsn password parameter in file", "storage:\n  dsn: postgresql://db/rb?password=pw\n", nil, "config: storage.dsn: a password is a secret"},
		{"dsn keywords", "storage:\n  dsn: host=db dbname=rb\n", nil, "config: storage.dsn: write a PostgreSQL DSN as a postgres:// URL"},
		{"sqlite dsn with query", "storage:\n  dsn: rb.db?mode=ro\n", nil, "config: storage.dsn: a SQLite DSN is a plain file path"},
		{"lease too short", "storage:\n  lease: 1s\n", nil, "config: storage.lease:"},
		{"replica with space", "", map[string]string{"REPORTBOT_REPLICA": "bot 1"}, "config: storage.replica:"},
		{"two documents", "log:\n  level: info\n---\nlog:\n  level: info\n", nil, "a second YAML document"},
		{"not yaml", "server: [\n", nil, "config:"},
		{"short api key", "", map[string]string{EnvAPIKeys: "short"}, "config: REPORTBOT_API_KEYS: key 1 is shorter than 16"},
		{"bad webhook secret", "", map[string]string{EnvTelegramWebhookSecret: "has space"}, "config: TELEGRAM_WEBHOOK_SECRET:"},
		{"env addr", "", map[string]string{"REPORTBOT_ADDR": "nope"}, "config: server.addr:"},
		{"env bool", "", map[string]string{"REPORTBOT_LOG_QUESTIONS": "maybe"}, "config: log.questions (from REPORTBOT_LOG_QUESTIONS): want true or false"},
		{"env int", "", map[string]string{"REPORTBOT_RATE_LIMIT_PER_MINUTE": "lots"}, "config: server.rate_limit_per_minute (from REPORTBOT_RATE_LIMIT_PER_MINUTE)"},
		{"origin with path", "web:\n  allowed_origins: [https://x.gov.cn/page]\n", nil, "config: web.allowed_origins: want an origin"},
		{"origin wildcard", "web:\n  allowed_origins: [\"https://*.gov.cn\"]\n", nil, "config: web.allowed_origins: want an origin"},
		{"origin injects CSP", "", map[string]string{"REPORTBOT_WEB_ALLOWED_ORIGINS": "https://a.cn; script-src *"}, "config: web.allowed_origins:"},
		{"origin scheme", "web:\n  allowed_origins: [ftp://x.cn]\n", nil, "config: web.allowed_origins:"},
		{"web rate", "web:\n  rate_limit_per_minute: -1\n", nil, "config: web.rate_limit_per_minute:"},
		{"session ttl", "web:\n  session_ttl: 1s\n", nil, "config: web.session_ttl:"},
		{"webhook path on the console", "telegram:\n  webhook_path: /console\n", nil, "collides with the API route /console"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ""
			if tt.yaml != "" {
				p = writeFile(t, tt.yaml)
			}
			_, err := Load(p, env(tt.env))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("error %q does not start with config:", err)
			}
			if tt.yaml != "" && len(tt.env) == 0 {
				line := keyLine(err.Error(), tt.yaml)
				if tt.name == "two documents" {
					line = 3 // the "---" that starts the second
				}
				if want := fmt.Sprintf("c.yaml line %d", line); !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not name the line: %s", err, want)
				}
			}
		})
	}
}

// keyLine is the line of yaml holding the last key named by a "config:
// KEY: ..." error: the line the error should cite. With no key found, it
// is the last line that is not blank.
func keyLine(msg, yaml string) int {
	key, _, _ := strings.Cut(strings.TrimPrefix(msg, "config: "), ":")
	name := key[strings.LastIndex(key, ".")+1:]
	lines := strings.Split(strings.TrimRight(yaml, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(strings.TrimLeft(lines[i], " -"), name+":") {
			return i + 1
		}
	}
	return len(lines)
}

// Mistakes a newcomer makes get the full key and the line, with the file
// name in place of FILE.
func TestLoadErrorsNameKeyAndLine(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	aFile := writeFile(t, "")
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       string
	}{
		{"model without base_url", "log:\n  level: info\nllm:\n  model: gpt-4o-mini\n", nil,
			"config: llm.base_url: must be set when llm.model is: the provider's OpenAI-compatible API, e.g. https://api.openai.com/v1 (or OPENAI_BASE_URL) (llm.model FILE line 4)"},
		{"embedding model without base_url", "llm:\n  embedding_model: bge\n", nil,
			"config: llm.base_url: must be set when llm.embedding_model is: the provider's OpenAI-compatible API, e.g. https://api.openai.com/v1 (or OPENAI_BASE_URL) (llm.embedding_model FILE line 2)"},
		{"model from the environment", "", map[string]string{"REPORTBOT_LLM_MODEL": "m"},
			"config: llm.base_url: must be set when llm.model is: the provider's OpenAI-compatible API, e.g. https://api.openai.com/v1 (or OPENAI_BASE_URL) (llm.model from REPORTBOT_LLM_MODEL)"},
		{"key dedented by one", "llm:\n  base_url: http://x\n model: m\n", nil,
			"config: llm.model: FILE line 3 is indented 1 space, matching no section: the keys of llm are indented 2, the keys around it 0"},
		{"section dedented by one", "server:\n  addr: 127.0.0.1:1\n  read_timeout: 3s\n log:\n  level: info\n", nil,
			"config: server.log: FILE line 4 is indented 1 space, matching no section: the keys of server are indented 2, the keys around it 0"},
		{"key indented too far", "log:\n  level: info\n    format: json\n", nil,
			"config: log.format: FILE line 3 is indented 4 spaces, more than the line before, which opens no section"},
		{"tab", "llm:\n\tmodel: m\n", nil, "config: llm.model: FILE line 2 has a tab in its indentation; YAML indents with spaces"},
		{"key at the wrong level", "llm:\n  base_url: http://x\nmodel: m\n", nil,
			"config: model: unknown key; did you mean llm.model? (check the spelling and the indentation) (FILE line 3)"},
		{"seeds missing", "log:\n  level: info\nseeds: " + missing + "\n", nil,
			"config: seeds: folder " + missing + " does not exist (FILE line 3)"},
		{"seeds a file", "seeds: " + aFile + "\n", nil, "config: seeds: " + aFile + " is a file, not a folder (FILE line 1)"},
		{"seeds from the environment", "", map[string]string{"REPORTBOT_SEEDS": missing},
			"config: seeds: folder " + missing + " does not exist (from REPORTBOT_SEEDS)"},
		{"value error", "server:\n  addr: 127.0.0.1:1\n  read_timeout: soon\n", nil,
			"config: server.read_timeout: cannot unmarshal !!str `soon` into time.Duration (want a duration such as 5s or 1m30s) (FILE line 3)"},
		{"syntax error", "server:\n  addr: [1, 2\n", nil, "config: server.addr: FILE line 2: a [ is not closed on its line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ""
			if tt.yaml != "" {
				p = writeFile(t, tt.yaml)
			}
			_, err := Load(p, env(tt.env))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if want := strings.ReplaceAll(tt.want, "FILE", p); err.Error() != want {
				t.Errorf("error\n%s\nwant\n%s", err, want)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), nil)
	if err == nil || !strings.HasPrefix(err.Error(), "config: ") {
		t.Errorf("err = %v", err)
	}
}

func TestEnvOverrides(t *testing.T) {
	e := map[string]string{
		"REPORTBOT_ADDR":                  "127.0.0.1:0",
		"REPORTBOT_RATE_LIMIT_PER_MINUTE": "0",
		"REPORTBOT_OPEN_METRICS":          "true",
		"REPORTBOT_LOG_FORMAT":            "json",
		"REPORTBOT_LOG_LEVEL":             "debug",
		"REPORTBOT_LOG_QUESTIONS":         "true",
		"REPORTBOT_SEEDS":                 t.TempDir(),
		"REPORTBOT_ANSWER_CONCURRENCY":    "3",
		"REPORTBOT_STORE_DIR":             "/var/cache/reportbot",
		"OPENAI_BASE_URL":                 "http://127.0.0.1:11434/v1",
		"REPORTBOT_LLM_MODEL":             "qwen",
		"REPORTBOT_EMBEDDING_MODEL":       "bge",
		"TELEGRAM_API_URL":                "http://127.0.0.1:8081",
		"TELEGRAM_WEBHOOK_URL":            "https://bot.example.org/telegram/webhook",
		"REPORTBOT_FEEDBACK_DB":           "/var/lib/fb.db",
		"REPORTBOT_STORAGE_DSN":           "postgres://bot:pw@db.internal/reportbot",
		"REPORTBOT_REPLICA":               "bot-2",
		"REPORTBOT_WEB_ENABLED":           "false",
		"REPORTBOT_WEB_ALLOWED_ORIGINS":   "https://www.panjin.gov.cn, http://127.0.0.1:9000",
		EnvTelegramBotToken:               "123:tok",
		EnvTelegramWebhookSecret:          "s3cret_-",
		EnvOpenAIAPIKey:                   "sk-abc",
		EnvAPIKeys:                        " aaaaaaaaaaaaaaaa , ,bbbbbbbbbbbbbbbbbb",
	}
	// The file says otherwise; the environment wins.
	p := writeFile(t, "server:\n  addr: 127.0.0.1:1\nlog:\n  format: text\n")
	c, err := Load(p, env(e))
	if err != nil {
		t.Fatal(err)
	}
	want := Defaults()
	want.Server.Addr = "127.0.0.1:0"
	want.Server.RateLimitPerMinute = 0
	want.Server.OpenMetrics = true
	want.Server.AnswerConcurrency = 3
	want.Log = Log{Format: "json", Level: "debug", Questions: true}
	want.Seeds = e["REPORTBOT_SEEDS"]
	want.Store.Dir = "/var/cache/reportbot"
	want.LLM.BaseURL = "http://127.0.0.1:11434/v1"
	want.LLM.Model = "qwen"
	want.LLM.EmbeddingModel = "bge"
	want.Telegram.APIURL = "http://127.0.0.1:8081"
	want.Telegram.WebhookURL = "https://bot.example.org/telegram/webhook"
	want.Telegram.FeedbackDB = "/var/lib/fb.db"
	want.Storage.DSN = "postgres://bot:pw@db.internal/reportbot"
	want.Storage.Replica = "bot-2"
	want.Web.Enabled = false
	want.Web.AllowedOrigins = []string{"https://www.panjin.gov.cn", "http://127.0.0.1:9000"}
	want.Secrets = Secrets{TelegramBotToken: "123:tok", TelegramWebhookSecret: "s3cret_-", OpenAIAPIKey: "sk-abc",
		APIKeys: []Secret{"aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbb"}}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got\n%v\nwant\n%v", c, want)
	}
	// Every override in the table was exercised.
	for _, o := range EnvOverrides {
		if _, ok := e[o.Env]; !ok {
			t.Errorf("override %s not tested", o.Env)
		}
	}
	if got := c.Secrets.APIKeyStrings(); !reflect.DeepEqual(got, []string{"aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbb"}) {
		t.Errorf("APIKeyStrings = %q", got)
	}
}

func TestSecretsRedacted(t *testing.T) {
	secrets := []string{"123:supersecrettoken", "webhooksecretvalue", "sk-openaisecretkey", "apikeyapikeyapikey1", "pgsecretpassword"}
	c, err := Load("", env(map[string]string{
		EnvTelegramBotToken: secrets[0], EnvTelegramWebhookSecret: secrets[1],
		EnvOpenAIAPIKey: secrets[2], EnvAPIKeys: secrets[3],
		"REPORTBOT_STORAGE_DSN": "postgres://bot:" + secrets[4] + "@db.internal/reportbot",
	}))
	if err != nil {
		t.Fatal(err)
	}
	var logText, logJSON bytes.Buffer
	slog.New(slog.NewTextHandler(&logText, nil)).Info("start", "config", c)
	slog.New(slog.NewJSONHandler(&logJSON, nil)).Info("start", "config", *c, "key", c.Secrets.APIKeys[0])
	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"String":   c.String(),
		"%v":       fmt.Sprintf("%v", c),
		"%+v":      fmt.Sprintf("%+v", *c),
		"%#v":      fmt.Sprintf("%#v", *c),
		"%v value": fmt.Sprintf("%v", *c),
		"secrets":  fmt.Sprintf("%v %+v %#v %s", c.Secrets, c.Secrets, c.Secrets, c.Secrets.APIKeys),
		"json":     string(js),
		"slogtext": logText.String(),
		"slogjson": logJSON.String(),
	}
	for name, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s output contains secret %q:\n%s", name, s, out)
			}
		}
	}
	if !strings.Contains(c.String(), "server.addr: \"127.0.0.1:8080\"") || !strings.Contains(c.String(), "read_header_timeout: 5s") {
		t.Errorf("String lacks settings:\n%s", c)
	}
	if !strings.Contains(logText.String(), "server.addr=127.0.0.1:8080") || !strings.Contains(logText.String(), "api_keys=1") {
		t.Errorf("LogValue lacks settings: %s", logText.String())
	}
	if c.Secrets.TelegramBotToken.Reveal() != secrets[0] || !strings.Contains(c.Storage.DSN.Reveal(), secrets[4]) {
		t.Error("Reveal lost the value")
	}
	if !strings.Contains(c.String(), `storage.dsn: "postgres://bot:redacted@db.internal/reportbot"`) {
		t.Errorf("String lacks the redacted DSN:\n%s", c)
	}
}

func TestNewLogger(t *testing.T) {
	var b bytes.Buffer
	Log{Format: "json", Level: "warn"}.NewLogger(&b).Info("hidden")
	Log{Format: "json", Level: "warn"}.NewLogger(&b).Warn("shown")
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil || m["msg"] != "shown" {
		t.Errorf("json logger at warn wrote %q (%v)", b.String(), err)
	}
	b.Reset()
	Log{Format: "text", Level: "debug"}.NewLogger(&b).Debug("dbg")
	if !strings.Contains(b.String(), "level=DEBUG msg=dbg") {
		t.Errorf("text logger wrote %q", b.String())
	}
}

// FuzzLoad: no file makes Load panic, and every error it gives is a
// config error.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{"server:\n  addr: 127.0.0.1:1\n", "llm:\n\tmodel: m\n", "log:\n  level: info\n    format: json\n",
		"server:\n  addr: [1, 2\n", "a: 'b\n", "- x\n", "llm:\n  base_url: http://x\n model: m\n", "x: \"a\\\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, yaml string) {
		p := filepath.Join(t.TempDir(), "c.yaml")
		if err := os.WriteFile(p, []byte(yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p, nil); err != nil && !strings.HasPrefix(err.Error(), "config: ") {
			t.Errorf("error %q is not a config error", err)
		}
	})
}
