package telegramtest

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ParseHTML checks text the way the Bot API parses parse_mode=HTML and
// returns the visible text. Errors read like Telegram's, without the
// "Bad Request: can't parse entities: " prefix.
//
// Rules (https://core.telegram.org/bots/api#html-style): only the tags b,
// strong, i, em, u, ins, s, strike, del, span class="tg-spoiler",
// tg-spoiler, a href, code, pre, blockquote [expandable], tg-emoji emoji-id;
// every tag closed in order; <, > and & outside tags written as &lt; &gt;
// &amp; (or &quot; or a numeric entity). This fake is stricter than
// Telegram in one way: a bare '>' is refused too.
func ParseHTML(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("strings must be encoded in UTF-8")
	}
	type open struct {
		name string
		at   int
	}
	var stack []open
	var out strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("unclosed start tag at byte offset %d", i)
			}
			tag := s[i+1 : i+end]
			if strings.HasPrefix(tag, "/") {
				name := strings.ToLower(strings.TrimSpace(tag[1:]))
				if len(stack) == 0 {
					return "", fmt.Errorf("unexpected end tag at byte offset %d", i)
				}
				top := stack[len(stack)-1]
				if name != top.name {
					return "", fmt.Errorf("unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", i, top.name, name)
				}
				stack = stack[:len(stack)-1]
			} else {
				name, attrs, err := parseTag(tag)
				if err != nil {
					return "", fmt.Errorf("%v at byte offset %d", err, i)
				}
				if err := checkTag(name, attrs); err != nil {
					return "", fmt.Errorf("%v at byte offset %d", err, i)
				}
				for _, o := range stack {
					if o.name == "blockquote" && name == "blockquote" {
						return "", fmt.Errorf("blockquote can't be nested at byte offset %d", i)
					}
					if (o.name == "code" || o.name == "pre") && name != "code" {
						return "", fmt.Errorf("tag \"%s\" can't be inside \"%s\" at byte offset %d", name, o.name, i)
					}
				}
				stack = append(stack, open{name, i})
			}
			i += end + 1
		case '>':
			return "", fmt.Errorf("unescaped '>' at byte offset %d", i)
		case '&':
			semi := strings.IndexByte(s[i:], ';')
			if semi < 0 || semi > 10 {
				return "", fmt.Errorf("character entity expected at byte offset %d", i)
			}
			ent := s[i+1 : i+semi]
			r, ok := entity(ent)
			if !ok {
				return "", fmt.Errorf("unsupported HTML entity \"&%s;\" at byte offset %d", ent, i)
			}
			out.WriteRune(r)
			i += semi + 1
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return "", fmt.Errorf("can't find end tag corresponding to start tag \"%s\" at byte offset %d", top.name, top.at)
	}
	return out.String(), nil
}

func entity(e string) (rune, bool) {
	switch e {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	}
	if strings.HasPrefix(e, "#x") || strings.HasPrefix(e, "#X") {
		n, err := strconv.ParseUint(e[2:], 16, 32)
		return rune(n), err == nil && utf8.ValidRune(rune(n)) && n != 0
	}
	if strings.HasPrefix(e, "#") {
		n, err := strconv.ParseUint(e[1:], 10, 32)
		return rune(n), err == nil && utf8.ValidRune(rune(n)) && n != 0
	}
	return 0, false
}

// parseTag splits `name a="v" b` into its name and attributes.
func parseTag(tag string) (string, map[string]string, error) {
	tag = strings.TrimSpace(tag)
	n := 0
	for n < len(tag) && (tag[n] >= 'a' && tag[n] <= 'z' || tag[n] >= 'A' && tag[n] <= 'Z' || tag[n] == '-' || tag[n] >= '0' && tag[n] <= '9') {
		n++
	}
	name := strings.ToLower(tag[:n])
	if name == "" {
		return "", nil, fmt.Errorf("empty tag name")
	}
	attrs := map[string]string{}
	rest := tag[n:]
	for {
		rest = strings.TrimLeft(rest, " \t\n")
		if rest == "" {
			break
		}
		k := 0
		for k < len(rest) && rest[k] != '=' && rest[k] != ' ' {
			k++
		}
		key := strings.ToLower(rest[:k])
		rest = rest[k:]
		if !strings.HasPrefix(rest, "=") {
			attrs[key] = ""
			continue
		}
		rest = rest[1:]
		var val string
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			q := rest[0]
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return "", nil, fmt.Errorf("unclosed attribute value in tag \"%s\"", name)
			}
			val = rest[1 : 1+end]
			rest = rest[2+end:]
		} else {
			end := strings.IndexByte(rest, ' ')
			if end < 0 {
				end = len(rest)
			}
			val = rest[:end]
			rest = rest[end:]
		}
		if strings.ContainsAny(val, "<>") {
			return "", nil, fmt.Errorf("unescaped character in attribute of tag \"%s\"", name)
		}
		attrs[key] = val
	}
	return name, attrs, nil
}

func checkTag(name string, attrs map[string]string) error {
	allowed := map[string][]string{
		"b": nil, "strong": nil, "i": nil, "em": nil, "u": nil, "ins": nil,
		"s": nil, "strike": nil, "del": nil, "tg-spoiler": nil,
		"span": {"class"}, "a": {"href"}, "code": {"class"}, "pre": nil,
		"blockquote": {"expandable"}, "tg-emoji": {"emoji-id"},
	}
	keys, ok := allowed[name]
	if !ok {
		return fmt.Errorf("unsupported start tag \"%s\"", name)
	}
	for k := range attrs {
		found := false
		for _, a := range keys {
			found = found || a == k
		}
		if !found {
			return fmt.Errorf("unsupported attribute \"%s\" of tag \"%s\"", k, name)
		}
	}
	switch name {
	case "span":
		if attrs["class"] != "tg-spoiler" {
			return fmt.Errorf("tag \"span\" must have class \"tg-spoiler\"")
		}
	case "a":
		if attrs["href"] == "" {
			return fmt.Errorf("tag \"a\" must have attribute href")
		}
	case "tg-emoji":
		if attrs["emoji-id"] == "" {
			return fmt.Errorf("tag \"tg-emoji\" must have attribute emoji-id")
		}
	}
	return nil
}

// UTF16Len is the length Telegram limits: UTF-16 code units.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
