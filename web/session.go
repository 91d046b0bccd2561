package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// session is a staff login: who (which key), until when, and a nonce
// that the CSRF token of its forms is derived from. The cookie holds it
// signed with the web's key; nothing is stored on the server, so every
// replica sharing the key accepts it.
type session struct {
	Who   string
	Until time.Time
	Nonce string
}

const (
	sessionCookie = "rb_staff"
	loginCookie   = "rb_login"
)

// secureRequest says whether cookies must be Secure: over TLS, or when
// the page was reached by a name other than a loopback address (a public
// host behind a TLS-terminating proxy). Plain HTTP on 127.0.0.1 or
// localhost, the zero-setup case, is the exception browsers also make.
func secureRequest(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip == nil || !ip.IsLoopback()
}

// cookieName adds the __Host- prefix to secure cookies: the browser then
// insists on Secure, Path=/ and no Domain, so a sibling subdomain cannot
// plant one.
func cookieName(r *http.Request, name string) string {
	if secureRequest(r) {
		return "__Host-" + name
	}
	return name
}

func (w *Web) setCookie(rw http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(rw, &http.Cookie{
		Name: cookieName(r, name), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secureRequest(r), SameSite: http.SameSiteStrictMode,
	})
}

func newNonce() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("web: random: %v", err)) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}

// startSession logs who in.
func (w *Web) startSession(rw http.ResponseWriter, r *http.Request, who string) {
	s := session{Who: who, Until: w.now().Add(w.opts.SessionTTL), Nonce: newNonce()}
	payload := base64.RawURLEncoding.EncodeToString([]byte(s.Who + "|" + strconv.FormatInt(s.Until.Unix(), 10) + "|" + s.Nonce))
	w.setCookie(rw, r, sessionCookie, payload+"."+w.sign("session|"+payload), int(w.opts.SessionTTL/time.Second))
}

// staffSession is the request's valid session, or nil.
func (w *Web) staffSession(r *http.Request) *session {
	c, err := r.Cookie(cookieName(r, sessionCookie))
	if err != nil {
		return nil
	}
	payload, sig, ok := strings.Cut(c.Value, ".")
	if !ok || !w.checkSig("session|"+payload, sig) {
		return nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return nil
	}
	f := strings.Split(string(raw), "|")
	if len(f) != 3 {
		return nil
	}
	until, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil || !w.now().Before(time.Unix(until, 0)) {
		return nil
	}
	return &session{Who: f[0], Until: time.Unix(until, 0), Nonce: f[2]}
}

// csrfToken is the token a session's forms carry.
func (w *Web) csrfToken(s *session) string { return w.sign("csrf|" + s.Nonce) }

// sameOrigin rejects a cross-site form post: the browser's Origin (or,
// without one, Referer) must name this host. SameSite=Strict cookies and
// the CSRF token are the main defence; this is the cheap second one.
func sameOrigin(r *http.Request) bool {
	src := r.Header.Get("Origin")
	if src == "" {
		src = r.Header.Get("Referer")
	}
	if src == "" {
		return true // not a browser, or one that sends neither: the token decides
	}
	u, err := url.Parse(src)
	return err == nil && u.Host == r.Host
}

// staffKey reports which staff key k is (1-based), 0 for none, comparing
// in constant time with every key.
func (w *Web) staffKey(k string) int {
	sum := sha256.Sum256([]byte(k))
	match := 0
	for i := range w.staff {
		if subtle.ConstantTimeCompare(sum[:], w.staff[i][:]) == 1 {
			match = i + 1
		}
	}
	return match
}
