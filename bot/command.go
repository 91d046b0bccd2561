package bot

import (
	"regexp"
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

var commandRE = regexp.MustCompile(`^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?$`)

// command is a parsed "/name[@bot] args" message.
type command struct {
	Name   string // lower case, without the slash
	Target string // the @bot part, "" when absent
	Args   string
}

// parseCommand reads a bot command at the start of text. Telegram marks it
// with a bot_command entity, but hand-typed and edited texts may lack one,
// so the text itself decides.
func parseCommand(text string) (command, bool) {
	if !strings.HasPrefix(text, "/") {
		return command{}, false
	}
	head, args, _ := strings.Cut(text, " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		head, args = text[:i], text[i+1:]
	}
	m := commandRE.FindStringSubmatch(head)
	if m == nil {
		return command{}, false
	}
	return command{Name: strings.ToLower(m[1]), Target: m[2], Args: strings.TrimSpace(args)}, true
}

// forMe says whether a command addressed with @Target is for this bot.
func (c command) forMe(username string) bool {
	return c.Target == "" || strings.EqualFold(c.Target, username)
}

// entityText returns the part of text an entity covers (offsets are UTF-16).
func entityText(text string, e models.MessageEntity) string {
	u := utf16.Encode([]rune(text))
	if e.Offset < 0 || e.Length < 0 || e.Offset+e.Length > len(u) {
		return ""
	}
	return string(utf16.Decode(u[e.Offset : e.Offset+e.Length]))
}

// stripMention reports whether text @mentions username and returns the text
// without the mention(s).
func stripMention(text string, entities []models.MessageEntity, username string) (string, bool) {
	if username == "" {
		return text, false
	}
	at := "@" + username
	found := false
	for _, e := range entities {
		if e.Type == models.MessageEntityTypeMention && strings.EqualFold(entityText(text, e), at) {
			found = true
		}
	}
	mentionAt := func(i int) bool {
		if len(text)-i < len(at) {
			return false
		}
		for k := 0; k < len(at); k++ {
			if asciiLower(text[i+k]) != asciiLower(at[k]) {
				return false
			}
		}
		end := i + len(at)
		return end == len(text) || !isNameByte(text[end])
	}
	if !found && len(entities) == 0 {
		for i := 0; i < len(text) && !found; i++ {
			found = mentionAt(i)
		}
	}
	if !found {
		return text, false
	}
	// Remove every occurrence of the mention, in any letter case.
	var b strings.Builder
	for i := 0; i < len(text); {
		if mentionAt(i) {
			end := i + len(at)
			if end == len(text) || !isNameByte(text[end]) {
				i = end
				continue
			}
		}
		b.WriteByte(text[i])
		i++
	}
	return strings.TrimSpace(b.String()), true
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isNameByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
