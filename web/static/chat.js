// The chat page: asks POST /web/ask and reads its Server-Sent Events
// (delta, answer, vote, done, error), renders answers from their parts
// (answer.js), records votes through POST /web/vote, and keeps the page's
// conversation (follow-ups) and transcript in sessionStorage.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rb-data").textContent);
  var s = data.s, el = RB.el;
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("q");
  var send = document.getElementById("send");
  var status = document.getElementById("status");
  var examples = document.getElementById("examples");
  var busy = false;

  function randomID() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
  }
  function stored(store, key, make) {
    try {
      var v = store.getItem(key);
      if (!v) { v = make(); store.setItem(key, v); }
      return v;
    } catch (e) { return make(); } // storage blocked: this page view only
  }
  var visitor = stored(window.localStorage, "rb-visitor", randomID);
  var conversation = stored(window.sessionStorage, "rb-conversation", randomID);
  var transcript = [];
  try { transcript = JSON.parse(sessionStorage.getItem("rb-transcript") || "[]"); } catch (e) { transcript = []; }
  function save() {
    try { sessionStorage.setItem("rb-transcript", JSON.stringify(transcript.slice(-30))); } catch (e) { /* full or blocked */ }
  }

  // A "which report?" answer's choice asks its question again, of the
  // chosen report: the question as the answer read it (a follow-up's
  // standalone form), else as asked.
  var ctx = {
    s: s, answer: data.answer, multi: data.multi, embed: data.embed, lang: data.lang,
    onExample: function (q) { ask(q); },
    onChoice: function (ans, report, title) {
      ask((ans.understood && ans.understood.read) || ans.question, { report: report, title: title });
    }
  };

  function addTurn(question, choice) {
    var turn = el("article", "turn");
    var q = el("div", "q");
    q.appendChild(el("span", "who", s.you));
    q.appendChild(el("p", null, question));
    if (choice) q.appendChild(el("p", "scope", RB.fill(s.chosen, { t: choice.title })));
    var a = el("div", "a");
    a.appendChild(el("span", "who", s.bot));
    turn.appendChild(q);
    turn.appendChild(a);
    log.appendChild(turn);
    examples.classList.add("used");
    return a;
  }

  function showAnswer(box, ans) {
    var old = box.querySelector(".answer");
    if (old) old.remove();
    box.appendChild(RB.renderAnswer(ans, ctx));
  }

  function showVotes(box, entry) {
    if (!data.votes || !entry.vote) return;
    var row = el("div", "votes");
    var thanks = el("span", "thanks");
    [[1, "👍", s.vote_up], [-1, "👎", s.vote_down]].forEach(function (v) {
      var b = el("button", "vote", v[1]);
      b.type = "button";
      b.setAttribute("aria-label", v[2]);
      b.setAttribute("aria-pressed", entry.voted === v[0] ? "true" : "false");
      b.dataset.vote = String(v[0]);
      b.addEventListener("click", function () { vote(entry, v[0], row, thanks); });
      row.appendChild(b);
    });
    row.appendChild(thanks);
    box.appendChild(row);
  }

  function vote(entry, v, row, thanks) {
    fetch("/web/vote", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question_id: entry.vote.question_id, token: entry.vote.token, visitor: visitor, vote: v })
    }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      entry.voted = v;
      save();
      row.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", b.dataset.vote === String(v) ? "true" : "false"); });
      thanks.textContent = s.voted;
      status.textContent = s.voted;
    }).catch(function () { thanks.textContent = s.vote_failed; });
  }

  function showError(box, msg) {
    var old = box.querySelector(".answer");
    if (old) old.remove();
    var e = el("div", "answer");
    e.appendChild(el("p", "error", msg));
    box.appendChild(e);
  }

  // readEvents calls on(name, data) for each event of an SSE body.
  function readEvents(body, on) {
    var reader = body.getReader(), dec = new TextDecoder(), buf = "";
    function pump() {
      return reader.read().then(function (r) {
        buf += dec.decode(r.value || new Uint8Array(), { stream: !r.done });
        var i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          var block = buf.slice(0, i), name = "message", payload = "";
          buf = buf.slice(i + 2);
          block.split("\n").forEach(function (line) {
            if (line.indexOf("event: ") === 0) name = line.slice(7);
            else if (line.indexOf("data: ") === 0) payload += line.slice(6);
          });
          on(name, payload ? JSON.parse(payload) : null);
        }
        if (!r.done) return pump();
      });
    }
    return pump();
  }

  // ask asks question, of choice.report when a choice is given.
  function ask(question, choice) {
    question = (question || "").trim();
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    input.value = "";
    var box = addTurn(question, choice);
    box.setAttribute("aria-busy", "true");
    var draft = el("div", "answer");
    var draftText = el("p", "draft", s.asking);
    draft.appendChild(draftText);
    box.appendChild(draft);
    status.textContent = s.asking;
    var entry = { q: question };
    if (choice) entry.choice = choice;
    var streamed = "";
    var body = { question: question, conversation: conversation, visitor: visitor, embed: data.embed };
    if (data.report) body.report = data.report;
    if (choice) body.report = choice.report;
    fetch("/web/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(body)
    }).then(function (r) {
      var ct = r.headers.get("Content-Type") || "";
      if (!r.ok || ct.indexOf("text/event-stream") !== 0) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          var msg = r.status === 429 ? s.rate_limited : s.error + ((j.error && j.error.message) || r.status);
          showError(box, msg);
          status.textContent = msg;
        });
      }
      return readEvents(r.body, function (name, d) {
        if (name === "delta") {
          streamed += d.text;
          draftText.textContent = streamed + " " + s.stream_note;
        } else if (name === "answer") {
          entry.a = d;
          showAnswer(box, d);
        } else if (name === "vote") {
          entry.vote = d;
        } else if (name === "error") {
          showError(box, s.error + d.error.message);
        }
      }).then(function () {
        if (entry.a) {
          transcript.push(entry);
          save();
          showVotes(box, entry);
          status.textContent = "";
        }
      });
    }).catch(function () {
      showError(box, s.network);
      status.textContent = s.network;
    }).then(function () {
      box.removeAttribute("aria-busy");
      busy = false;
      send.disabled = false;
      box.scrollIntoView({ block: "nearest" });
    });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); ask(input.value); input.focus(); });
  input.addEventListener("keydown", function (e) {
    // Enter sends, Shift+Enter breaks the line (not while composing Chinese).
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  document.querySelectorAll("button.example").forEach(function (b) {
    b.addEventListener("click", function () { ask(b.textContent); });
  });
  document.getElementById("new-chat").addEventListener("click", function () {
    transcript = [];
    save();
    conversation = randomID();
    try { sessionStorage.setItem("rb-conversation", conversation); } catch (e) { /* blocked */ }
    log.textContent = "";
    examples.classList.remove("used");
    input.focus();
  });

  // Restore this tab's earlier turns (after the reader and Back, or a reload).
  transcript.forEach(function (entry) {
    var box = addTurn(entry.q, entry.choice);
    showAnswer(box, entry.a);
    showVotes(box, entry);
  });
})();
