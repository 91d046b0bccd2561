package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// conn sends pre-encoded HTTP/1.1 requests over one keep-alive connection
// and reads the responses with net/http's parser. It does what the
// generator needs of net/http's Client at a fraction of the CPU (no
// transport goroutines, pools or per-request header maps): the generator
// shares the machine with the server it measures, and every microsecond it
// spends is taken from the server.
type conn struct {
	addr string
	tls  *tls.Config // nil for http
	c    net.Conn
	br   *bufio.Reader
	stop func() bool // undoes the AfterFunc that unblocks c when the run ends
}

// encodeRequest is a POST of body to u's path + "/v1/ask" as bytes on
// the wire.
func encodeRequest(u *url.URL, key string, body []byte) []byte {
	var b []byte
	b = fmt.Appendf(b, "POST %s/v1/ask HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n", u.EscapedPath(), u.Host)
	if key != "" {
		b = fmt.Appendf(b, "Authorization: Bearer %s\r\n", key)
	}
	b = fmt.Appendf(b, "Content-Length: %d\r\n\r\n", len(body))
	return append(b, body...)
}

func newConn(u *url.URL, tlsConfig *tls.Config) *conn {
	c := &conn{addr: u.Host}
	if u.Port() == "" {
		port := "80"
		if u.Scheme == "https" {
			port = "443"
		}
		c.addr = net.JoinHostPort(u.Hostname(), port)
	}
	if u.Scheme == "https" {
		c.tls = &tls.Config{ServerName: u.Hostname()}
		if tlsConfig != nil {
			c.tls = tlsConfig.Clone()
			c.tls.ServerName = u.Hostname()
		}
	}
	return c
}

// do sends req and reads the whole response by deadline; a request cut
// short by ctx returns ctx's error. A kept-alive connection the server
// closed while idle fails at once; like net/http's Transport, do then
// sends the request once more on a new connection.
func (c *conn) do(ctx context.Context, req []byte, deadline time.Time) (status int, size int64, err error) {
	reused := c.c != nil
	status, size, err = c.try(ctx, req, deadline)
	if err != nil && reused && ctx.Err() == nil && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)) {
		status, size, err = c.try(ctx, req, deadline)
	}
	return status, size, err
}

func (c *conn) try(ctx context.Context, req []byte, deadline time.Time) (status int, size int64, err error) {
	if c.c == nil {
		d := net.Dialer{Deadline: deadline}
		var nc net.Conn
		if c.tls != nil {
			nc, err = (&tls.Dialer{NetDialer: &d, Config: c.tls}).DialContext(ctx, "tcp", c.addr)
		} else {
			nc, err = d.DialContext(ctx, "tcp", c.addr)
		}
		if err != nil {
			return 0, 0, c.fail(ctx, err)
		}
		c.c, c.br = nc, bufio.NewReaderSize(nc, 16<<10)
		// Unblock a read or write in progress when the run is stopped.
		c.stop = context.AfterFunc(ctx, func() { nc.SetDeadline(time.Unix(1, 0)) })
	}
	if err := c.c.SetDeadline(deadline); err != nil {
		return 0, 0, c.fail(ctx, err)
	}
	// The run may have stopped after the AfterFunc set its past deadline
	// and before the line above replaced it.
	if err := ctx.Err(); err != nil {
		return 0, 0, c.fail(ctx, err)
	}
	if _, err := c.c.Write(req); err != nil {
		return 0, 0, c.fail(ctx, err)
	}
	resp, err := http.ReadResponse(c.br, nil)
	if err != nil {
		return 0, 0, c.fail(ctx, err)
	}
	size, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return 0, 0, c.fail(ctx, err)
	}
	if resp.Close {
		c.close()
	}
	return resp.StatusCode, size, nil
}

// fail drops the connection (the next request dials a new one) and says
// why: the run's end, a timeout, or err.
func (c *conn) fail(ctx context.Context, err error) error {
	c.close()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("timeout: %w", err)
	}
	return err
}

func (c *conn) close() {
	if c.c != nil {
		c.stop()
		c.c.Close()
		c.c, c.br = nil, nil
	}
}
