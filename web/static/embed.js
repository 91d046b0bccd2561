// reportbot's embed script. A site adds the chat with one tag:
//   <script src="https://HOST/embed.js" data-lang="zh" defer></script>
// Options (data- attributes): lang (zh|en), report (a report id), position
// (right|left), label (the button's text). The chat opens in an iframe of
// HOST's chat page; the button lives in a shadow root and is styled
// through the CSSOM, so the host page's CSS cannot break it and a host CSP
// without 'unsafe-inline' styles does not block it.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__reportbotEmbedded) return;
  window.__reportbotEmbedded = true;
  var origin = new URL(script.src, location.href).origin;
  var opt = script.dataset;
  var lang = opt.lang === "en" ? "en" : (opt.lang === "zh" ? "zh" : "");
  var side = opt.position === "left" ? "left" : "right";
  var label = opt.label || (lang === "en" ? "Ask about the report" : "报告问答");
  var closeLabel = lang === "en" ? "Close" : "关闭";

  function css(e, styles) { for (var k in styles) e.style[k] = styles[k]; return e; }

  var host = document.createElement("div");
  host.setAttribute("data-reportbot", "");
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var button = css(document.createElement("button"), {
    position: "fixed", bottom: "16px", zIndex: "2147483646", padding: "12px 18px", borderRadius: "24px",
    border: "0", background: "#0b5cad", color: "#fff", font: "15px/1.2 system-ui, sans-serif",
    boxShadow: "0 2px 8px rgba(0,0,0,.3)", cursor: "pointer"
  });
  button.style[side] = "16px";
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-haspopup", "dialog");

  var panel = null, frame = null;
  function open() {
    if (!panel) {
      panel = css(document.createElement("div"), {
        position: "fixed", bottom: "72px", zIndex: "2147483647", width: "min(400px, calc(100vw - 16px))",
        height: "min(640px, calc(100vh - 88px))", background: "#fff", borderRadius: "12px", overflow: "hidden",
        boxShadow: "0 4px 24px rgba(0,0,0,.35)", display: "flex", flexDirection: "column"
      });
      panel.style[side] = "8px";
      panel.setAttribute("role", "dialog");
      panel.setAttribute("aria-label", label);
      var close = css(document.createElement("button"), {
        alignSelf: "flex-end", border: "0", background: "transparent", font: "14px system-ui, sans-serif",
        padding: "6px 10px", cursor: "pointer", color: "#1d2330"
      });
      close.type = "button";
      close.textContent = "✕ " + closeLabel;
      close.addEventListener("click", hide);
      frame = css(document.createElement("iframe"), { border: "0", width: "100%", flex: "1" });
      var src = origin + "/?embed=1";
      if (lang) src += "&lang=" + lang;
      if (opt.report) src += "&report=" + encodeURIComponent(opt.report);
      frame.src = src;
      frame.title = label;
      panel.appendChild(close);
      panel.appendChild(frame);
      root.appendChild(panel);
      panel.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
    }
    panel.style.display = "flex";
    button.setAttribute("aria-expanded", "true");
    frame.focus();
  }
  function hide() {
    if (panel) panel.style.display = "none";
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", function () {
    if (button.getAttribute("aria-expanded") === "true") hide(); else open();
  });
  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
})();
