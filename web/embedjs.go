package web

import (
	"io/fs"
	"net/http"
)

// embedScript serves /embed.js, which a site adds with one tag:
//
//	<script src="https://HOST/embed.js" data-lang="zh" data-report="panjin-2025" defer></script>
//
// It draws a floating button that opens the chat page in an iframe, so
// that neither the host page's CSS and scripts nor the chat's can reach
// each other. The chat page's frame-ancestors (web.allowed_origins) say
// which sites may do this.
func (w *Web) embedScript(rw http.ResponseWriter, r *http.Request) {
	b, err := fs.ReadFile(w.static, "embed.js")
	if err != nil {
		http.NotFound(rw, r)
		return
	}
	h := rw.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=300")
	// Other sites load it with a plain <script src>, which needs no CORS;
	// this lets them use integrity= or crossorigin= too.
	h.Set("Access-Control-Allow-Origin", "*")
	_, _ = rw.Write(b)
}
