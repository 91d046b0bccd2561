package bot

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Callback data is compact text, at most 64 bytes (Telegram's limit):
//
//	o:N:REPORT   open ¶N of REPORT as a new message (原文 and 目录 buttons)
//	n:N:REPORT   show ¶N by editing the message (◀ ▶ buttons)
//	v:+:QID      👍 for recorded question QID; v:-:QID is 👎
//	m:QID        show the whole of answer QID (更多 under a cut list)
//	q:K[:en]     ask example question K (from /start, small talk), of the
//	             English examples with :en
//	c:REPORT     ask the question a "which report?" answer asked back
//	             again, of REPORT (its choice buttons)
//
// REPORT may be empty for the only report. Parsing is strict: anything
// else is rejected, and what parses encodes back to the same bytes.
type callback struct {
	Op     byte // 'o', 'n', 'v', 'm', 'q', 'c'
	N      int  // paragraph number or example index
	Report string
	Vote   int    // +1 / -1
	QID    int64  // question id for votes and 更多
	Lang   string // of an example: "" (Chinese) or "en"
}

const maxCallbackBytes = 64

var (
	errCallback   = errors.New("bad callback data")
	reportIDRE    = regexp.MustCompile(`^[A-Za-z0-9_.-]{0,40}$`)
	decimalRE     = regexp.MustCompile(`^[1-9][0-9]{0,8}$`)
	smallDecimalR = regexp.MustCompile(`^(0|[1-9][0-9]?)$`)
)

func (c callback) encode() (string, error) {
	var s string
	switch c.Op {
	case 'o', 'n':
		if c.N < 1 || c.N > 999999999 || !reportIDRE.MatchString(c.Report) {
			return "", fmt.Errorf("%w: paragraph %d report %q", errCallback, c.N, c.Report)
		}
		s = fmt.Sprintf("%c:%d:%s", c.Op, c.N, c.Report)
	case 'v':
		sign := map[int]string{1: "+", -1: "-"}[c.Vote]
		if sign == "" || c.QID < 1 || c.QID > 999999999 {
			return "", fmt.Errorf("%w: vote %d on %d", errCallback, c.Vote, c.QID)
		}
		s = fmt.Sprintf("v:%s:%d", sign, c.QID)
	case 'm':
		if c.QID < 1 || c.QID > 999999999 {
			return "", fmt.Errorf("%w: more of %d", errCallback, c.QID)
		}
		s = fmt.Sprintf("m:%d", c.QID)
	case 'q':
		if c.N < 0 || c.N > 99 || c.Lang != "" && c.Lang != "en" {
			return "", fmt.Errorf("%w: example %d %q", errCallback, c.N, c.Lang)
		}
		s = fmt.Sprintf("q:%d", c.N)
		if c.Lang != "" {
			s += ":" + c.Lang
		}
	case 'c':
		if c.Report == "" || !reportIDRE.MatchString(c.Report) {
			return "", fmt.Errorf("%w: choice of report %q", errCallback, c.Report)
		}
		s = "c:" + c.Report
	default:
		return "", fmt.Errorf("%w: op %q", errCallback, c.Op)
	}
	if len(s) > maxCallbackBytes {
		return "", fmt.Errorf("%w: %d bytes", errCallback, len(s))
	}
	return s, nil
}

func mustEncode(c callback) string {
	s, err := c.encode()
	if err != nil {
		panic(err)
	}
	return s
}

func parseCallback(data string) (callback, error) {
	if len(data) < 3 || len(data) > maxCallbackBytes || data[1] != ':' {
		return callback{}, errCallback
	}
	fields := strings.Split(data, ":")
	c := callback{Op: data[0]}
	switch c.Op {
	case 'o', 'n':
		if len(fields) != 3 || !decimalRE.MatchString(fields[1]) || !reportIDRE.MatchString(fields[2]) {
			return callback{}, errCallback
		}
		c.N, _ = strconv.Atoi(fields[1])
		c.Report = fields[2]
	case 'v':
		if len(fields) != 3 || !decimalRE.MatchString(fields[2]) {
			return callback{}, errCallback
		}
		switch fields[1] {
		case "+":
			c.Vote = 1
		case "-":
			c.Vote = -1
		default:
			return callback{}, errCallback
		}
		c.QID, _ = strconv.ParseInt(fields[2], 10, 64)
	case 'm':
		if len(fields) != 2 || !decimalRE.MatchString(fields[1]) {
			return callback{}, errCallback
		}
		c.QID, _ = strconv.ParseInt(fields[1], 10, 64)
	case 'q':
		if len(fields) < 2 || len(fields) > 3 || !smallDecimalR.MatchString(fields[1]) || len(fields) == 3 && fields[2] != "en" {
			return callback{}, errCallback
		}
		c.N, _ = strconv.Atoi(fields[1])
		if len(fields) == 3 {
			c.Lang = fields[2]
		}
	case 'c':
		if len(fields) != 2 || fields[1] == "" || !reportIDRE.MatchString(fields[1]) {
			return callback{}, errCallback
		}
		c.Report = fields[1]
	default:
		return callback{}, errCallback
	}
	return c, nil
}
