// Package config reads reportbot's YAML configuration, applies environment
// overrides and validates the result.
//
// Secrets never come from the file: TELEGRAM_BOT_TOKEN,
// TELEGRAM_WEBHOOK_SECRET, OPENAI_API_KEY and REPORTBOT_API_KEYS are read
// from the environment only, and a secret-looking key in the file is an
// error. Non-secret keys may be overridden from the environment, see
// EnvOverrides.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // telegram.time_zone must load on hosts without a zoneinfo database

	"gopkg.in/yaml.v3"
)

// Config is the whole configuration. The zero value is not useful: start
// from Defaults or Load.
type Config struct {
	Server   Server   `yaml:"server"`
	Log      Log      `yaml:"log"`
	Seeds    string   `yaml:"seeds"` // extra reports directory (NAME.txt + NAME.yaml); "" = only the embedded ones
	Store    Store    `yaml:"store"`
	LLM      LLM      `yaml:"llm"`
	Telegram Telegram `yaml:"telegram"`
	Storage  Storage  `yaml:"storage"`
	Web      Web      `yaml:"web"`
	// Secrets come from the environment only.
	Secrets Secrets `yaml:"-"`
}

// Server configures the HTTP API.
type Server struct {
	Addr              string        `yaml:"addr"`
	ReadHeaderTimeout time.Duration `yaml:"read_header_timeout"`
	ReadTimeout       time.Duration `yaml:"read_timeout"`
	WriteTimeout      time.Duration `yaml:"write_timeout"`
	IdleTimeout       time.Duration `yaml:"idle_timeout"`
	ShutdownTimeout   time.Duration `yaml:"shutdown_timeout"`
	// DrainTimeout is how long requests in flight at shutdown run before
	// their model calls are cancelled; 0 derives it (DrainAfter).
	DrainTimeout time.Duration `yaml:"drain_timeout"`
	MaxBodyBytes int64         `yaml:"max_body_bytes"`
	// RateLimitPerMinute is the number of /v1 requests each API key (or,
	// with no keys configured, each client IP) may make per minute; 0
	// disables the limit.
	RateLimitPerMinute int  `yaml:"rate_limit_per_minute"`
	OpenHealth         bool `yaml:"open_health"`  // /healthz and /readyz without an API key
	OpenMetrics        bool `yaml:"open_metrics"` // /metrics without an API key
	// AnswerConcurrency bounds the uncached extractive answers computed at
	// once, for the API and the bot; 0 = one per CPU (GOMAXPROCS).
	AnswerConcurrency int `yaml:"answer_concurrency"`
	// GCPercent is the garbage collector's GOGC for serve; 0 leaves Go's
	// default (100, or the GOGC variable). A GOGC variable always wins.
	GCPercent int `yaml:"gc_percent"`
}

// Log configures logging.
type Log struct {
	Format    string `yaml:"format"`    // text or json
	Level     string `yaml:"level"`     // debug, info, warn, error
	Questions bool   `yaml:"questions"` // log question text (off: only its length)
}

// Store configures the persistent embedding cache.
type Store struct {
	Dir string `yaml:"dir"` // "" = no persistent cache
}

// LLM configures the optional language model.
type LLM struct {
	BaseURL        string        `yaml:"base_url"`
	Model          string        `yaml:"model"`
	EmbeddingModel string        `yaml:"embedding_model"`
	Timeout        time.Duration `yaml:"timeout"`
	MaxTokens      int           `yaml:"max_tokens"`
}

// Telegram configures the bot.
type Telegram struct {
	APIURL      string `yaml:"api_url"`
	WebhookURL  string `yaml:"webhook_url"` // "" = long polling
	WebhookPath string `yaml:"webhook_path"`
	// RateLimit questions per RateWindow (sliding) and RatePerDay per
	// day are what one person may ask; past them a question is answered
	// later, at the time the reply names.
	RateLimit      int           `yaml:"rate_limit"`
	RateWindow     time.Duration `yaml:"rate_window"`
	RatePerDay     int           `yaml:"rate_per_day"`
	FeedbackDB     string        `yaml:"feedback_db"`
	MaxConcurrency int           `yaml:"max_concurrency"`
	// TimeZone is the IANA zone of the times the bot names ("ask again
	// after 14:32") and of the day rate_per_day counts.
	TimeZone string `yaml:"time_zone"`
}

// Storage configures the database of the bot's durable state: the inbox
// of updates, the outbox of replies, questions and votes, conversation
// state. Replicas sharing one database share all of it.
type Storage struct {
	// DSN is a postgres:// URL (no password: use PGPASSWORD or ~/.pgpass,
	// or put the whole DSN in REPORTBOT_STORAGE_DSN), or a SQLite file
	// path; "" = the SQLite file telegram.feedback_db.
	DSN DSN `yaml:"dsn"`
	// Replica names this process among the replicas sharing the database:
	// unique among them, stable across its restarts; "" = the host name.
	Replica string `yaml:"replica"`
	// Lease is how long work held by a replica that died stays held
	// before another takes it over.
	Lease time.Duration `yaml:"lease"`
}

// Web configures the pages serve gives browsers: the chat at /, the
// embed script, the report reader and the staff console.
type Web struct {
	Enabled bool `yaml:"enabled"`
	// AllowedOrigins are the sites (scheme://host[:port]) whose pages may
	// embed the chat with /embed.js: the pages' frame-ancestors.
	AllowedOrigins []string `yaml:"allowed_origins"`
	// RateLimitPerMinute is how many questions and votes one client
	// address may send the chat per minute; 0 = no limit.
	RateLimitPerMinute int `yaml:"rate_limit_per_minute"`
	// SessionTTL is how long a staff login to the console lasts.
	SessionTTL time.Duration `yaml:"session_ttl"`
}

// Secrets are read from the environment only and never printed.
type Secrets struct {
	TelegramBotToken      Secret   // TELEGRAM_BOT_TOKEN
	TelegramWebhookSecret Secret   // TELEGRAM_WEBHOOK_SECRET
	OpenAIAPIKey          Secret   // OPENAI_API_KEY
	APIKeys               []Secret // REPORTBOT_API_KEYS, comma-separated
}

// Secret is a string that does not print: String, GoString, MarshalText and
// LogValue all redact it. Reveal returns the value.
type Secret string

const redacted = "[redacted]"

// Reveal returns the secret itself, for the one place that needs it.
func (s Secret) Reveal() string { return string(s) }

func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return redacted
}

// GoString keeps %#v from printing the secret.
func (s Secret) GoString() string { return strconv.Quote(s.String()) }

// MarshalText redacts the secret in JSON, YAML and other encoders.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// LogValue redacts the secret in slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// Environment variables holding secrets.
const (
	EnvTelegramBotToken      = "TELEGRAM_BOT_TOKEN"
	EnvTelegramWebhookSecret = "TELEGRAM_WEBHOOK_SECRET"
	EnvOpenAIAPIKey          = "OPENAI_API_KEY"
	EnvAPIKeys               = "REPORTBOT_API_KEYS"
)

// MinAPIKeyLen is the shortest API key accepted.
const MinAPIKeyLen = 16

// Defaults returns the configuration used when no file is given.
func Defaults() *Config {
	return &Config{
		Server: Server{
			Addr:               "127.0.0.1:8080",
			ReadHeaderTimeout:  5 * time.Second,
			ReadTimeout:        10 * time.Second,
			WriteTimeout:       60 * time.Second,
			IdleTimeout:        120 * time.Second,
			ShutdownTimeout:    15 * time.Second,
			MaxBodyBytes:       65536,
			RateLimitPerMinute: 120,
			GCPercent:          400,
			OpenHealth:         true,
			OpenMetrics:        false,
		},
		Log: Log{Format: "text", Level: "info", Questions: false},
		LLM: LLM{Timeout: 30 * time.Second, MaxTokens: 800},
		Telegram: Telegram{
			APIURL:         "https://api.telegram.org",
			WebhookPath:    "/telegram/webhook",
			RateLimit:      20,
			RateWindow:     10 * time.Minute,
			RatePerDay:     200,
			FeedbackDB:     "reportbot-feedback.db",
			MaxConcurrency: 8,
			TimeZone:       "Asia/Shanghai",
		},
		Storage: Storage{Lease: 30 * time.Second},
		Web:     Web{Enabled: true, AllowedOrigins: []string{}, RateLimitPerMinute: 20, SessionTTL: 12 * time.Hour},
	}
}

// EnvOverride maps an environment variable to the key it overrides.
type EnvOverride struct {
	Env string
	Key string
	set func(c *Config, v string) error
}

// EnvOverrides lists the environment variables that override non-secret
// keys. A variable that is unset or empty leaves the key alone.
var EnvOverrides = []EnvOverride{
	{"REPORTBOT_ADDR", "server.addr", func(c *Config, v string) error { c.Server.Addr = v; return nil }},
	{"REPORTBOT_RATE_LIMIT_PER_MINUTE", "server.rate_limit_per_minute", func(c *Config, v string) error { return setInt(&c.Server.RateLimitPerMinute, v) }},
	{"REPORTBOT_ANSWER_CONCURRENCY", "server.answer_concurrency", func(c *Config, v string) error { return setInt(&c.Server.AnswerConcurrency, v) }},
	{"REPORTBOT_OPEN_METRICS", "server.open_metrics", func(c *Config, v string) error { return setBool(&c.Server.OpenMetrics, v) }},
	{"REPORTBOT_LOG_FORMAT", "log.format", func(c *Config, v string) error { c.Log.Format = v; return nil }},
	{"REPORTBOT_LOG_LEVEL", "log.level", func(c *Config, v string) error { c.Log.Level = v; return nil }},
	{"REPORTBOT_LOG_QUESTIONS", "log.questions", func(c *Config, v string) error { return setBool(&c.Log.Questions, v) }},
	{"REPORTBOT_SEEDS", "seeds", func(c *Config, v string) error { c.Seeds = v; return nil }},
	{"REPORTBOT_STORE_DIR", "store.dir", func(c *Config, v string) error { c.Store.Dir = v; return nil }},
	{"OPENAI_BASE_URL", "llm.base_url", func(c *Config, v string) error { c.LLM.BaseURL = v; return nil }},
	{"REPORTBOT_LLM_MODEL", "llm.model", func(c *Config, v string) error { c.LLM.Model = v; return nil }},
	{"REPORTBOT_EMBEDDING_MODEL", "llm.embedding_model", func(c *Config, v string) error { c.LLM.EmbeddingModel = v; return nil }},
	{"TELEGRAM_API_URL", "telegram.api_url", func(c *Config, v string) error { c.Telegram.APIURL = v; return nil }},
	{"TELEGRAM_WEBHOOK_URL", "telegram.webhook_url", func(c *Config, v string) error { c.Telegram.WebhookURL = v; return nil }},
	{"REPORTBOT_FEEDBACK_DB", "telegram.feedback_db", func(c *Config, v string) error { c.Telegram.FeedbackDB = v; return nil }},
	{"REPORTBOT_STORAGE_DSN", "storage.dsn", func(c *Config, v string) error { c.Storage.DSN = DSN(v); return nil }},
	{"REPORTBOT_REPLICA", "storage.replica", func(c *Config, v string) error { c.Storage.Replica = v; return nil }},
	{"REPORTBOT_WEB_ENABLED", "web.enabled", func(c *Config, v string) error { return setBool(&c.Web.Enabled, v) }},
	{"REPORTBOT_WEB_ALLOWED_ORIGINS", "web.allowed_origins", func(c *Config, v string) error {
		c.Web.AllowedOrigins = nil
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.Web.AllowedOrigins = append(c.Web.AllowedOrigins, o)
			}
		}
		return nil
	}},
}

func setInt(dst *int, v string) error {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return fmt.Errorf("want an integer, got %q", v)
	}
	*dst = n
	return nil
}

func setBool(dst *bool, v string) error {
	b, err := strconv.ParseBool(strings.TrimSpace(v))
	if err != nil {
		return fmt.Errorf("want true or false, got %q", v)
	}
	*dst = b
	return nil
}

// secretKeys are keys that must never appear in the file, with the
// variable to use instead. Other keys whose names look secret (token,
// secret, password, api_key) are refused too, with a general message.
var secretKeys = map[string]string{
	"telegram.token":          EnvTelegramBotToken,
	"telegram.bot_token":      EnvTelegramBotToken,
	"telegram.webhook_secret": EnvTelegramWebhookSecret,
	"telegram.secret_token":   EnvTelegramWebhookSecret,
	"llm.api_key":             EnvOpenAIAPIKey,
	"openai.api_key":          EnvOpenAIAPIKey,
	"server.api_keys":         EnvAPIKeys,
	"server.api_key":          EnvAPIKeys,
}

// secretish matches key names that look like they hold a secret.
var secretish = regexp.MustCompile(`(?i)(token|secret|password|passwd|api_?key|credential)`)

// knownKeys are the dotted paths of Config's keys (llm.max_tokens is not a
// secret even though it says "token").
var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range Keys() {
		m[k] = true
	}
	return m
}()

// Keys lists the dotted path of every key of the file, in struct order.
func Keys() []string {
	var out []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "-" || name == "" {
				continue
			}
			if prefix != "" {
				name = prefix + "." + name
			}
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(time.Duration(0)) {
				walk(f.Type, name)
				continue
			}
			out = append(out, name)
		}
	}
	walk(reflect.TypeOf(Config{}), "")
	return out
}

// Load reads the YAML file at path (or starts from Defaults when path is
// ""), applies environment overrides and secrets from getenv, and validates.
func Load(path string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := Defaults()
	src := sources{} // where each key was set, for errors
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if err := c.decode(raw, path, src); err != nil {
			return nil, err
		}
		if dsnHasPassword(c.Storage.DSN.Reveal()) {
			return nil, fmt.Errorf("config: storage.dsn: a password is a secret and is not read from the file; set PGPASSWORD or use ~/.pgpass, or set the whole DSN in REPORTBOT_STORAGE_DSN (%s)", src["storage.dsn"])
		}
	}
	for _, o := range EnvOverrides {
		if v := getenv(o.Env); v != "" {
			if err := o.set(c, v); err != nil {
				return nil, fmt.Errorf("config: %s (from %s): %w", o.Key, o.Env, err)
			}
			src[o.Key] = "from " + o.Env
		}
	}
	c.Secrets = Secrets{
		TelegramBotToken:      Secret(strings.TrimSpace(getenv(EnvTelegramBotToken))),
		TelegramWebhookSecret: Secret(strings.TrimSpace(getenv(EnvTelegramWebhookSecret))),
		OpenAIAPIKey:          Secret(strings.TrimSpace(getenv(EnvOpenAIAPIKey))),
	}
	for _, k := range strings.Split(getenv(EnvAPIKeys), ",") {
		if k = strings.TrimSpace(k); k != "" {
			c.Secrets.APIKeys = append(c.Secrets.APIKeys, Secret(k))
		}
	}
	if err := c.Validate(); err != nil {
		return nil, src.annotate(err)
	}
	if c.Seeds != "" {
		if err := CheckDir(c.Seeds); err != nil {
			return nil, src.annotate(fieldError("seeds", "%v", err))
		}
	}
	return c, nil
}

// sources maps a dotted key to where its value came from: "FILE line N"
// or "from ENV".
type sources map[string]string

// annotate adds to a KeyError where its key (or the key it depends on)
// was set.
func (s sources) annotate(err error) error {
	var ke *KeyError
	if !errors.As(err, &ke) || ke.Source != "" {
		return err
	}
	if w := s[ke.Key]; w != "" {
		ke.Source = w
	} else if w := s[ke.Because]; ke.Because != "" && w != "" {
		ke.Source = ke.Because + " " + w
	}
	return err
}

// KeyError is a bad value of one key.
type KeyError struct {
	Key string // dotted path, or the environment variable of a secret
	Msg string
	// Because is the key that makes Key needed, cited when Key itself was
	// not set anywhere (llm.base_url when llm.model is set).
	Because string
	Source  string // "FILE line N" or "from ENV"; "" for a default
}

func (e *KeyError) Error() string {
	if e.Source == "" {
		return fmt.Sprintf("config: %s: %s", e.Key, e.Msg)
	}
	return fmt.Sprintf("config: %s: %s (%s)", e.Key, e.Msg, e.Source)
}

// CheckDir returns an error saying so unless dir is an existing folder.
func CheckDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("folder %s does not exist", dir)
	case err != nil:
		return fmt.Errorf("folder %s: %w", dir, err)
	case !st.IsDir():
		return fmt.Errorf("%s is a file, not a folder", dir)
	}
	return nil
}

// decode reads YAML over c, refusing secrets and unknown keys. It walks
// the document itself so that errors name the key; a strict KnownFields
// decode then backs it up.
func (c *Config) decode(raw []byte, file string, src sources) error {
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		if ierr := checkIndentation(raw, file); ierr != nil {
			return ierr
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLineRE.FindString(msg); m != "" {
			// "line 3: ..." → "c.yaml line 3: ..."
			return fmt.Errorf("config: %s %s: %s", file, strings.TrimSuffix(m, ": "), msg[len(m):])
		}
		return fmt.Errorf("config: %s: %s", file, msg)
	}
	if len(root.Content) == 0 {
		return nil // empty file: defaults
	}
	if err := checkNoSecrets(&root, "", file); err != nil {
		return err
	}
	if err := decodeNode(root.Content[0], reflect.ValueOf(c).Elem(), "", file, src); err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		return fmt.Errorf("config: %s: %w", file, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return fmt.Errorf("config: %s line %d: a second YAML document; the file must hold one", file, extra.Line)
	}
	return nil
}

var durationType = reflect.TypeOf(time.Duration(0))

// removedKeys are keys of earlier versions, with what replaced them, so
// that an old file stops start-up with a useful message.
var removedKeys = map[string]string{
	"telegram.rate_per_minute": "replaced by telegram.rate_limit questions per telegram.rate_window (default 20 per 10m)",
}

// decodeNode decodes mapping n into struct v key by key, recording in
// src the line of every key it sets.
func decodeNode(n *yaml.Node, v reflect.Value, prefix, file string, src sources) error {
	where := prefix
	if where == "" {
		where = "top level"
	}
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("config: %s: want a mapping of keys (%s line %d)", where, file, n.Line)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := k.Value
		if prefix != "" {
			key = prefix + "." + key
		}
		if seen[k.Value] {
			return fmt.Errorf("config: %s: given twice (%s line %d)", key, file, k.Line)
		}
		seen[k.Value] = true
		f, ok := fieldByName(v, k.Value)
		if why, gone := removedKeys[key]; !ok && gone {
			return fmt.Errorf("config: %s: no longer a key: %s (%s line %d)", key, why, file, k.Line)
		}
		if !ok {
			return fmt.Errorf("config: %s: unknown key%s (%s line %d)", key, suggestKey(key), file, k.Line)
		}
		if f.Kind() == reflect.Struct && f.Type() != durationType {
			if err := decodeNode(val, f, key, file, src); err != nil {
				return err
			}
			continue
		}
		if err := val.Decode(f.Addr().Interface()); err != nil {
			msg := err.Error()
			var te *yaml.TypeError
			if errors.As(err, &te) {
				for i, e := range te.Errors {
					te.Errors[i] = yamlLineRE.ReplaceAllString(e, "")
				}
				msg = strings.Join(te.Errors, "; ")
			}
			if f.Type() == durationType {
				msg += " (want a duration such as 5s or 1m30s)"
			}
			return fmt.Errorf("config: %s: %s (%s line %d)", key, msg, file, val.Line)
		}
		src[key] = fmt.Sprintf("%s line %d", file, k.Line)
	}
	return nil
}

// yamlLineRE is the "line N: " yaml puts in front of its type errors; the
// error gives the line once, with the file.
var yamlLineRE = regexp.MustCompile(`^line \d+: `)

// suggestKey names known keys that an unknown key may have meant: the same
// name in another section (an indentation slip) or a near spelling in the
// same section.
func suggestKey(key string) string {
	section, name := "", key
	if i := strings.LastIndex(key, "."); i >= 0 {
		section, name = key[:i], key[i+1:]
	}
	var near []string
	for _, k := range Keys() {
		ks, kn := "", k
		if i := strings.LastIndex(k, "."); i >= 0 {
			ks, kn = k[:i], k[i+1:]
		}
		if kn == name || (ks == section && editDistance(kn, name) <= 2) {
			near = append(near, k)
		}
	}
	if len(near) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(near, " or ") + "? (check the spelling and the indentation)"
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// checkIndentation finds the first line whose indentation YAML cannot
// follow, for a better error than the parser's, which often names the line
// before. It returns nil when it sees no such line.
func checkIndentation(raw []byte, file string) error {
	var stack []indentLevel // the open sections, outermost first
	stack = append(stack, indentLevel{0, ""})
	opens := false // the previous line is "key:" and opens a section
	for i, line := range strings.Split(string(raw), "\n") {
		content := strings.TrimLeft(line, " \t")
		if content == "" || strings.HasPrefix(content, "#") {
			continue
		}
		n, lead := i+1, line[:len(line)-len(content)]
		key, _, _ := strings.Cut(content, ":")
		key = strings.TrimSpace(key)
		if strings.Contains(lead, "\t") {
			where := stack
			if opens { // meant as the first key of the section just opened
				where = append(stack[:len(stack):len(stack)], indentLevel{})
			}
			return fmt.Errorf("config: %s: %s line %d has a tab in its indentation; YAML indents with spaces", fullKey(where, key), file, n)
		}
		ind, top := len(lead), stack[len(stack)-1]
		switch {
		case ind > top.indent && !opens:
			return fmt.Errorf("config: %s: %s line %d is indented %s, more than the line before, which opens no section",
				fullKey(stack, key), file, n, spaces(ind))
		case ind > top.indent:
			stack = append(stack, indentLevel{ind, key})
		case ind < top.indent:
			inner := stack
			for len(stack) > 1 && stack[len(stack)-1].indent > ind {
				stack = stack[:len(stack)-1]
			}
			if outer := stack[len(stack)-1]; outer.indent != ind {
				return fmt.Errorf("config: %s: %s line %d is indented %s, matching no section: the keys of %s are indented %d, the keys around it %d",
					fullKey(inner, key), file, n, spaces(ind), sectionPath(inner), top.indent, outer.indent)
			}
		}
		if open := unclosed(content); open != "" {
			return fmt.Errorf("config: %s: %s line %d: %s is not closed on its line", fullKey(stack, key), file, n, open)
		}
		value := strings.TrimSpace(strings.SplitN(content, " #", 2)[0])
		opens = strings.HasSuffix(value, ":") && !strings.HasPrefix(content, "-")
		stack[len(stack)-1].key = key
	}
	return nil
}

func spaces(n int) string {
	if n == 1 {
		return "1 space"
	}
	return fmt.Sprintf("%d spaces", n)
}

// unclosed names the quote or bracket a line of YAML opens and does not
// close (values here fit on one line), or "".
func unclosed(line string) string {
	var open []rune
	var quote rune
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote && (quote == '\'' || i == 0 || line[i-1] != '\\') {
				quote = 0
			}
		case r == '#' && (i == 0 || line[i-1] == ' '):
			return closing(open)
		case (r == '"' || r == '\'') && (i == 0 || strings.ContainsRune(" [{,:", rune(line[i-1]))):
			quote = r
		case r == '[' || r == '{':
			open = append(open, r)
		case (r == ']' || r == '}') && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	if quote != 0 {
		return "a " + string(quote) + " quote"
	}
	return closing(open)
}

func closing(open []rune) string {
	if len(open) == 0 {
		return ""
	}
	return "a " + string(open[len(open)-1])
}

// indentLevel is an open section of a YAML file: the indentation of its
// keys and the last key seen at it.
type indentLevel struct {
	indent int
	key    string
}

// sectionPath is the dotted path of the innermost section of stack.
func sectionPath(stack []indentLevel) string {
	var parts []string
	for _, l := range stack[:len(stack)-1] {
		parts = append(parts, l.key)
	}
	return strings.Join(parts, ".")
}

// fullKey is key inside the innermost section of stack, as a dotted path.
func fullKey(stack []indentLevel, key string) string {
	if p := sectionPath(stack); p != "" {
		return p + "." + key
	}
	return key
}

func fieldByName(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if n, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); n == name && n != "-" {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// checkNoSecrets walks mapping keys and refuses those that hold secrets.
func checkNoSecrets(n *yaml.Node, prefix, file string) error {
	switch n.Kind {
	case yaml.DocumentNode, yaml.SequenceNode:
		for _, ch := range n.Content {
			if err := checkNoSecrets(ch, prefix, file); err != nil {
				return err
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			name := n.Content[i].Value
			key := name
			if prefix != "" {
				key = prefix + "." + name
			}
			if env, ok := secretKeys[strings.ToLower(key)]; ok {
				return fmt.Errorf("config: %s: secrets are read from the environment only; remove it and set %s (%s line %d)", key, env, file, n.Content[i].Line)
			}
			if secretish.MatchString(name) && !knownKeys[key] {
				return fmt.Errorf("config: %s: looks like a secret; secrets are read from the environment only (%s, %s, %s, %s) (%s line %d)", key, EnvTelegramBotToken, EnvTelegramWebhookSecret, EnvOpenAIAPIKey, EnvAPIKeys, file, n.Content[i].Line)
			}
			if err := checkNoSecrets(n.Content[i+1], key, file); err != nil {
				return err
			}
		}
	}
	return nil
}

// fieldError names the key and the problem.
func fieldError(key, format string, args ...any) error {
	return &KeyError{Key: key, Msg: fmt.Sprintf(format, args...)}
}

var (
	webhookSecretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)
	webhookPathRE   = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)+$`)
)

// DrainAfter is how long requests in flight at shutdown run as usual;
// then their model calls are cancelled and the rest of shutdown_timeout is
// left to answer them extractively and write the responses. It is
// drain_timeout, or when that is 0, shutdown_timeout less a third of it,
// at most 2 s.
func (s Server) DrainAfter() time.Duration {
	if s.DrainTimeout > 0 {
		return s.DrainTimeout
	}
	return s.ShutdownTimeout - min(2*time.Second, s.ShutdownTimeout/3)
}

// Drain bounds: the least drain a server with a model may have, and the
// least of shutdown_timeout an explicit drain_timeout must leave.
const (
	minDrain   = 500 * time.Millisecond
	minReserve = 500 * time.Millisecond
)

// validateDrain checks the shutdown drain against the shutdown timeout and
// the model: requests waiting on the model at shutdown run for the drain,
// then their model calls are cancelled and they get the extractive answer
// in what is left of shutdown_timeout.
func (c *Config) validateDrain() error {
	s := c.Server
	switch {
	case s.DrainTimeout < 0:
		return fieldError("server.drain_timeout", "must be 0 (derived from server.shutdown_timeout) or a positive duration, got %v", s.DrainTimeout)
	case s.DrainTimeout > 0 && s.DrainTimeout > s.ShutdownTimeout-minReserve:
		return fieldError("server.drain_timeout", "must leave at least %v of server.shutdown_timeout (%v) to answer the requests whose model calls it cancels, got %v", minReserve, s.ShutdownTimeout, s.DrainTimeout)
	case c.LLM.Model != "" && s.DrainTimeout == 0 && s.DrainAfter() < minDrain:
		return fieldError("server.shutdown_timeout", "must be at least %v with llm.model set (or set server.drain_timeout): requests waiting on the model at shutdown run for the first two thirds of it (at most all but 2s), then their model calls are cancelled and they get the extractive answer; got %v", minDrain*3/2, s.ShutdownTimeout)
	}
	return nil
}

// Validate checks every key and returns the first problem found. Sections
// are checked in a fixed order, so which error wins is part of the behaviour.
func (c *Config) Validate() error {
	for _, check := range []func() error{
		c.validateServer,
		c.Log.validate,
		c.validateLLM,
		c.validateTelegram,
		c.Storage.validate,
		c.Web.validate,
		c.Secrets.validate,
	} {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

// validateServer checks the server section. llm.timeout rides along with the
// server timeouts so every duration is reported with the same message, in
// the order it always was.
func (c *Config) validateServer() error {
	s := c.Server
	if err := validateAddr(s.Addr); err != nil {
		return fieldError("server.addr", "%v", err)
	}
	for _, d := range []struct {
		key string
		v   time.Duration
	}{
		{"server.read_header_timeout", s.ReadHeaderTimeout},
		{"server.read_timeout", s.ReadTimeout},
		{"server.write_timeout", s.WriteTimeout},
		{"server.idle_timeout", s.IdleTimeout},
		{"server.shutdown_timeout", s.ShutdownTimeout},
		{"llm.timeout", c.LLM.Timeout},
	} {
		if d.v <= 0 {
			return fieldError(d.key, "must be a positive duration such as 5s, got %v", d.v)
		}
	}
	if s.MaxBodyBytes < 64 || s.MaxBodyBytes > 16<<20 {
		return fieldError("server.max_body_bytes", "must be between 64 and %d, got %d", 16<<20, s.MaxBodyBytes)
	}
	if s.RateLimitPerMinute < 0 {
		return fieldError("server.rate_limit_per_minute", "must be 0 (no limit) or more, got %d", s.RateLimitPerMinute)
	}
	if s.GCPercent != 0 && (s.GCPercent < 25 || s.GCPercent > 2000) {
		return fieldError("server.gc_percent", "must be 0 (Go's default) or between 25 and 2000, got %d", s.GCPercent)
	}
	if s.AnswerConcurrency < 0 || s.AnswerConcurrency > 1024 {
		return fieldError("server.answer_concurrency", "must be between 0 (one per CPU) and 1024, got %d", s.AnswerConcurrency)
	}
	return nil
}

func (l Log) validate() error {
	switch l.Format {
	case "text", "json":
	default:
		return fieldError("log.format", "must be text or json, got %q", l.Format)
	}
	if _, err := l.SlogLevel(); err != nil {
		return fieldError("log.level", "must be debug, info, warn or error, got %q", l.Level)
	}
	return nil
}

// validateLLM checks the llm section. The drain is checked between the model
// keys and max_tokens, where it always was, since its rule turns on llm.model.
func (c *Config) validateLLM() error {
	if c.LLM.BaseURL != "" {
		if err := validateURL(c.LLM.BaseURL, false); err != nil {
			return fieldError("llm.base_url", "%v", err)
		}
	}
	for _, k := range []struct{ key, v string }{{"llm.model", c.LLM.Model}, {"llm.embedding_model", c.LLM.EmbeddingModel}} {
		if k.v != "" && c.LLM.BaseURL == "" {
			return &KeyError{Key: "llm.base_url", Because: k.key,
				Msg: fmt.Sprintf("must be set when %s is: the provider's OpenAI-compatible API, e.g. https://api.openai.com/v1 (or OPENAI_BASE_URL)", k.key)}
		}
	}
	if err := c.validateDrain(); err != nil {
		return err
	}
	if c.LLM.MaxTokens < 1 || c.LLM.MaxTokens > 100000 {
		return fieldError("llm.max_tokens", "must be between 1 and 100000, got %d", c.LLM.MaxTokens)
	}
	return nil
}

// reservedPaths are the API routes a Telegram webhook path must not shadow.
var reservedPaths = []string{"/v1", "/healthz", "/readyz", "/metrics", "/openapi.json", "/web", "/reports", "/console", "/static", "/embed.js"}

func (c *Config) validateTelegram() error {
	t := c.Telegram
	if err := validateURL(t.APIURL, false); err != nil {
		return fieldError("telegram.api_url", "%v", err)
	}
	if err := c.validateWebhook(); err != nil {
		return err
	}
	if t.RateLimit < 1 || t.RateLimit > 10000 {
		return fieldError("telegram.rate_limit", "must be between 1 and 10000, got %d", t.RateLimit)
	}
	if t.RateWindow < time.Second || t.RateWindow > 24*time.Hour {
		return fieldError("telegram.rate_window", "must be between 1s and 24h, got %v", t.RateWindow)
	}
	if t.RatePerDay < t.RateLimit {
		return fieldError("telegram.rate_per_day", "must be at least telegram.rate_limit (%d), got %d", t.RateLimit, t.RatePerDay)
	}
	if _, err := time.LoadLocation(t.TimeZone); err != nil || t.TimeZone == "" {
		return fieldError("telegram.time_zone", "must be an IANA time zone such as Asia/Shanghai or UTC, got %q", t.TimeZone)
	}
	if t.FeedbackDB == "" {
		return fieldError("telegram.feedback_db", "must name a file")
	}
	if t.MaxConcurrency < 1 || t.MaxConcurrency > 1024 {
		return fieldError("telegram.max_concurrency", "must be between 1 and 1024, got %d", t.MaxConcurrency)
	}
	return nil
}

// validateWebhook checks the webhook URL, the secrets it needs, and the path
// it is served on.
func (c *Config) validateWebhook() error {
	t := c.Telegram
	if t.WebhookURL != "" {
		if err := validateURL(t.WebhookURL, true); err != nil {
			return fieldError("telegram.webhook_url", "%v", err)
		}
		if c.Secrets.TelegramWebhookSecret == "" {
			return fieldError("telegram.webhook_url", "a webhook needs %s (1-256 characters A-Z a-z 0-9 _ -)", EnvTelegramWebhookSecret)
		}
		if c.Secrets.TelegramBotToken == "" {
			return fieldError("telegram.webhook_url", "a webhook needs %s", EnvTelegramBotToken)
		}
	}
	if !webhookPathRE.MatchString(t.WebhookPath) {
		return fieldError("telegram.webhook_path", "must be an absolute path of letters, digits and . _ ~ -, got %q", t.WebhookPath)
	}
	for _, reserved := range reservedPaths {
		if t.WebhookPath == reserved || strings.HasPrefix(t.WebhookPath, reserved+"/") {
			return fieldError("telegram.webhook_path", "%q collides with the API route %s", t.WebhookPath, reserved)
		}
	}
	return nil
}

func (s Storage) validate() error {
	if err := validateDSN(s.DSN.Reveal()); err != nil {
		return fieldError("storage.dsn", "%v", err)
	}
	if s.Lease < 3*time.Second || s.Lease > 10*time.Minute {
		return fieldError("storage.lease", "must be between 3s and 10m, got %v", s.Lease)
	}
	if len(s.Replica) > 100 || strings.ContainsAny(s.Replica, " \t\r\n") {
		return fieldError("storage.replica", "must be at most 100 characters without white space, got %q", s.Replica)
	}
	return nil
}

func (s Secrets) validate() error {
	if v := s.TelegramWebhookSecret; v != "" && !webhookSecretRE.MatchString(v.Reveal()) {
		return fieldError(EnvTelegramWebhookSecret, "must be 1-256 characters A-Z a-z 0-9 _ - (Telegram's rule)")
	}
	for i, k := range s.APIKeys {
		if len(k) < MinAPIKeyLen {
			return fieldError(EnvAPIKeys, "key %d is shorter than %d characters", i+1, MinAPIKeyLen)
		}
		if strings.ContainsAny(k.Reveal(), " \t\r\n") {
			return fieldError(EnvAPIKeys, "key %d contains white space", i+1)
		}
	}
	return nil
}

func (w Web) validate() error {
	for _, o := range w.AllowedOrigins {
		if err := validateOrigin(o); err != nil {
			return fieldError("web.allowed_origins", "%v", err)
		}
	}
	if w.RateLimitPerMinute < 0 || w.RateLimitPerMinute > 100000 {
		return fieldError("web.rate_limit_per_minute", "must be between 0 (no limit) and 100000, got %d", w.RateLimitPerMinute)
	}
	if w.SessionTTL < 5*time.Minute || w.SessionTTL > 30*24*time.Hour {
		return fieldError("web.session_ttl", "must be between 5m and 720h, got %v", w.SessionTTL)
	}
	return nil
}

// validateOrigin checks a site origin as browsers write it: scheme and
// host (and port), nothing else, since it goes into a CSP header.
func validateOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(o, " ;,'\"*") {
		return fmt.Errorf("want an origin such as https://www.example.gov.cn (scheme, host, optional port), got %q", o)
	}
	return nil
}

// Origin is an allowed origin as CSP and browsers write it: no trailing
// slash.
func Origin(o string) string { return strings.TrimSuffix(o, "/") }

// isPostgresDSN reports whether dsn names a PostgreSQL database (else it
// is a SQLite file path).
func isPostgresDSN(dsn string) bool {
	d := strings.ToLower(strings.TrimSpace(dsn))
	return strings.HasPrefix(d, "postgres://") || strings.HasPrefix(d, "postgresql://")
}

func validateDSN(dsn string) error {
	switch {
	case dsn == "":
		return nil
	case isPostgresDSN(dsn):
		if _, err := url.Parse(dsn); err != nil {
			return fmt.Errorf("not a postgres:// URL: %v", err)
		}
	case strings.Contains(dsn, "=") && (strings.Contains(dsn, "host=") || strings.Contains(dsn, "dbname=")):
		return fmt.Errorf("write a PostgreSQL DSN as a postgres:// URL (postgres://user@host:5432/db?sslmode=require)")
	case strings.ContainsAny(dsn, "?#"):
		return fmt.Errorf("a SQLite DSN is a plain file path, got %q", dsn)
	}
	return nil
}

func dsnHasPassword(dsn string) bool {
	if !isPostgresDSN(dsn) {
		return false
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return strings.Contains(dsn, "@") // unparsable: assume the worst
	}
	_, ok := u.User.Password()
	return ok || u.Query().Has("password")
}

// DSN is a database's address. It may carry a password (from the
// environment), so it prints, logs and marshals with the password
// replaced; Reveal returns it whole.
type DSN string

// Reveal returns the DSN itself, for opening the database.
func (d DSN) Reveal() string { return string(d) }

func (d DSN) String() string {
	if !dsnHasPassword(string(d)) {
		return string(d)
	}
	u, err := url.Parse(string(d))
	if err != nil {
		return "postgres://" + redacted
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "redacted")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// GoString keeps %#v from printing the password.
func (d DSN) GoString() string { return strconv.Quote(d.String()) }

// MarshalText redacts the password in JSON, YAML and other encoders.
func (d DSN) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// LogValue redacts the password in slog output.
func (d DSN) LogValue() slog.Value { return slog.StringValue(d.String()) }

func validateAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("want HOST:PORT such as 127.0.0.1:8080: %v", err)
	}
	if strings.ContainsAny(host, " /") {
		return fmt.Errorf("bad host %q", host)
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("port must be a number 0-65535, got %q", port)
	}
	return nil
}

func validateURL(raw string, httpsOnly bool) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("not a URL: %v", err)
	}
	if u.Host == "" {
		return fmt.Errorf("want an absolute URL with a host, got %q", raw)
	}
	if u.User != nil {
		return fmt.Errorf("credentials in the URL are not allowed; use the environment")
	}
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && !httpsOnly:
	case httpsOnly:
		return fmt.Errorf("must be an https URL, got scheme %q", u.Scheme)
	default:
		return fmt.Errorf("must be an http or https URL, got scheme %q", u.Scheme)
	}
	return nil
}

// SlogLevel parses Level.
func (l Log) SlogLevel() (slog.Level, error) {
	var lv slog.Level
	err := lv.UnmarshalText([]byte(l.Level))
	return lv, err
}

// NewLogger returns a logger writing to w in the configured format and level.
func (l Log) NewLogger(w io.Writer) *slog.Logger {
	lv, err := l.SlogLevel()
	if err != nil {
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv}
	if l.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// String renders the configuration as "key: value" lines with secrets
// redacted.
func (c Config) String() string {
	var b strings.Builder
	v := reflect.ValueOf(c)
	for _, k := range Keys() {
		f := v
		for _, part := range strings.Split(k, ".") {
			f, _ = fieldByName(f, part)
		}
		val := f.Interface()
		switch v := val.(type) {
		case string:
			val = strconv.Quote(v)
		case DSN:
			val = strconv.Quote(v.String())
		}
		fmt.Fprintf(&b, "%s: %v\n", k, val)
	}
	set := func(s Secret) string {
		if s == "" {
			return "unset"
		}
		return "set " + redacted
	}
	fmt.Fprintf(&b, "secrets (environment): %s %s, %s %s, %s %s, %s %d keys\n",
		EnvTelegramBotToken, set(c.Secrets.TelegramBotToken),
		EnvTelegramWebhookSecret, set(c.Secrets.TelegramWebhookSecret),
		EnvOpenAIAPIKey, set(c.Secrets.OpenAIAPIKey),
		EnvAPIKeys, len(c.Secrets.APIKeys))
	return b.String()
}

// GoString keeps %#v from printing secrets.
func (c Config) GoString() string { return c.String() }

// LogValue logs the non-secret settings and whether each secret is set.
func (c Config) LogValue() slog.Value {
	s := c.Server
	return slog.GroupValue(
		slog.Group("server",
			slog.String("addr", s.Addr),
			slog.Duration("read_header_timeout", s.ReadHeaderTimeout),
			slog.Duration("read_timeout", s.ReadTimeout),
			slog.Duration("write_timeout", s.WriteTimeout),
			slog.Duration("idle_timeout", s.IdleTimeout),
			slog.Duration("shutdown_timeout", s.ShutdownTimeout),
			slog.Duration("drain_timeout", s.DrainTimeout),
			slog.Int64("max_body_bytes", s.MaxBodyBytes),
			slog.Int("rate_limit_per_minute", s.RateLimitPerMinute),
			slog.Bool("open_health", s.OpenHealth),
			slog.Bool("open_metrics", s.OpenMetrics),
			slog.Int("answer_concurrency", s.AnswerConcurrency),
			slog.Int("gc_percent", s.GCPercent)),
		slog.Group("log", slog.String("format", c.Log.Format), slog.String("level", c.Log.Level), slog.Bool("questions", c.Log.Questions)),
		slog.String("seeds", c.Seeds),
		slog.String("store.dir", c.Store.Dir),
		slog.Group("llm", slog.String("base_url", c.LLM.BaseURL), slog.String("model", c.LLM.Model),
			slog.String("embedding_model", c.LLM.EmbeddingModel), slog.Duration("timeout", c.LLM.Timeout), slog.Int("max_tokens", c.LLM.MaxTokens)),
		slog.Group("telegram", slog.String("api_url", c.Telegram.APIURL), slog.String("webhook_url", c.Telegram.WebhookURL),
			slog.String("webhook_path", c.Telegram.WebhookPath), slog.Int("rate_limit", c.Telegram.RateLimit),
			slog.Duration("rate_window", c.Telegram.RateWindow), slog.Int("rate_per_day", c.Telegram.RatePerDay),
			slog.String("time_zone", c.Telegram.TimeZone), slog.String("feedback_db", c.Telegram.FeedbackDB),
			slog.Int("max_concurrency", c.Telegram.MaxConcurrency)),
		slog.Group("storage", slog.String("dsn", c.Storage.DSN.String()), slog.String("replica", c.Storage.Replica),
			slog.Duration("lease", c.Storage.Lease)),
		slog.Group("web", slog.Bool("enabled", c.Web.Enabled), slog.Any("allowed_origins", c.Web.AllowedOrigins),
			slog.Int("rate_limit_per_minute", c.Web.RateLimitPerMinute), slog.Duration("session_ttl", c.Web.SessionTTL)),
		slog.Group("secrets",
			slog.Bool("telegram_bot_token_set", c.Secrets.TelegramBotToken != ""),
			slog.Bool("telegram_webhook_secret_set", c.Secrets.TelegramWebhookSecret != ""),
			slog.Bool("openai_api_key_set", c.Secrets.OpenAIAPIKey != ""),
			slog.Int("api_keys", len(c.Secrets.APIKeys))),
	)
}

// APIKeyStrings reveals the API keys for the server's comparison.
func (s Secrets) APIKeyStrings() []string {
	out := make([]string, len(s.APIKeys))
	for i, k := range s.APIKeys {
		out[i] = k.Reveal()
	}
	return out
}
