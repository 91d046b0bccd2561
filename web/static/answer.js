// Renders an answer (the JSON of rag.Answer) from its typed parts into
// DOM nodes. Text goes in through textContent only, so nothing in an
// answer or a question can become markup. Words of the page's own (labels,
// the correction sentence, citation chips) come from the strings the
// server put in the page; this file never looks at an answer's rendered
// text.
(function () {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function fill(tmpl, vals) {
    var out = tmpl;
    for (var k in vals) out = out.split("{" + k + "}").join(String(vals[k]));
    return out;
  }

  // moved is a corrected figure as the report wrote its change ("下降25.8%"),
  // or its value when it tells none: a correction of "上升了25.8%" must say
  // which way the report's went (rag.AnswerFigure.Moved).
  function moved(f, s) {
    if (!f) return "";
    if (f.direction > 0) return fill(s.moved_up, { v: f.value });
    if (f.direction < 0) return fill(s.moved_down, { v: f.value });
    return f.value;
  }

  // gapValue is what the correction of a claimed difference from the year
  // before says the report wrote: both years' figures, labelled, and the
  // difference between them (rag.Part.CorrectValue with a gap).
  function gapValue(p, s) {
    var g = p.gap, v = g.value || "";
    if (v.slice(-4) === "个百分点") v = v.slice(0, -4) + (v.slice(0, -4) === "1" ? s.gap_point : s.gap_points);
    var way = g.way > 0 ? (g.rate ? s.gap_higher : s.gap_more) : (g.rate ? s.gap_lower : s.gap_less);
    var said = g.way === 0 ? s.gap_same : fill(way, { a: g.at_least ? s.gap_at_least : "", v: v });
    var rl = periodLabel(p.result.period, s), tl = periodLabel(p.figure.period, s);
    return fill(s.gap_value, { rl: rl ? rl.text : "", r: p.result.value, tl: tl ? tl.text : "", t: p.figure.value, g: said });
  }

  // levelValue is what the correction of a change claimed of a level says
  // the report wrote: the level, that it is no change, and the change the
  // report gives beside it (rag.Part.CorrectValue with level).
  function levelValue(p, s) {
    var f = p.figure, c = p.change ? fill(s.level_change, { m: moved(p.change, s) }) : "";
    return fill(f.unit === "%" ? s.level_rate : s.level_total, { i: f.indicator, v: f.value, c: c });
  }

  // sumValue is what a sum says the report wrote: each figure added, with
  // what it measures (labelled with its period when they differ), and the
  // computed total (rag.sumValue).
  function sumValue(sum, s) {
    var of = sum.of || [], mixed = of.some(function (f) { return f.period !== of[0].period; });
    var items = of.map(function (f) {
      var l = mixed ? periodLabel(f.period, s) : null;
      return fill(s.sum_item, { l: l ? fill(s.sum_label, { l: l.text }) : "", i: f.indicator, v: f.value });
    });
    return fill(s.sum_value, { p: items.join(s.sum_sep), a: sum.approx ? s.sum_about : "", t: sum.value });
  }

  // correctValue is what a correction part says the report wrote
  // (rag.Part.CorrectValue).
  function correctValue(p, s) {
    if (p.sum) return sumValue(p.sum, s);
    if (!p.figure) return "";
    if (p.gap && p.result) return gapValue(p, s);
    if (p.level) return levelValue(p, s);
    if (p.wrong_way || p.other_unit) return moved(p.figure, s);
    if (p.whole_place) return fill(s.whole_place, { w: p.whole_place, v: p.figure.value });
    return p.figure.value;
  }

  // correctionText is a correction's sentence (rag.Part.CorrectionText): a
  // plan claimed done says it is a plan, an item an open list does not
  // name says so, any other says what the report wrote instead.
  function correctionText(p, s) {
    if (p.plan_only && p.figure) {
      var l = periodLabel(p.figure.period, s);
      return fill(s.correction_plan, { v: p.figure.value, p: l ? l.text : "", s: p.stated || "" });
    }
    if (p.not_named && p.figure) return fill(s.correction_open, { v: p.figure.value, s: p.stated || "" });
    return fill(s.correction, { v: correctValue(p, s), s: p.stated || "" });
  }

  // periodLabel is "2024年结果" / "2025 target/plan" for a period's machine
  // form ("2024-result", "2025-plan"); "" for none.
  function periodLabel(period, s) {
    if (!period) return null;
    var dash = period.indexOf("-");
    var year = period.slice(0, dash), kind = period.slice(dash + 1);
    if (kind === "result") return { cls: "result", text: fill(s.period_result, { y: year }) };
    if (kind === "plan") return { cls: "plan", text: fill(s.period_plan, { y: year }) };
    return null;
  }

  // words picks the answer's own language for its labels.
  function words(ans, ctx) {
    var w = (ctx.answer && ctx.answer[ans.lang]) || {};
    var out = {};
    for (var k in ctx.s) out[k] = ctx.s[k];
    for (var j in w) out[j] = w[j];
    return out;
  }

  function addLabel(parent, period, s) {
    var l = periodLabel(period, s);
    if (l) parent.appendChild(el("span", "period " + l.cls, l.text));
  }

  function citeURL(c, ctx) {
    var u = "/reports/" + encodeURIComponent(c.report) + "?p=" + c.paragraph + "&s=" + c.start + "&e=" + c.end;
    if (ctx.lang) u += "&lang=" + ctx.lang;
    return u + "#p" + c.paragraph;
  }

  function addChips(parent, idx, ans, ctx) {
    (idx || []).forEach(function (i) {
      var c = (ans.citations || [])[i];
      if (!c) return;
      var a = el("a", "chip", fill(ctx.multi ? ctx.s.chip_multi : ctx.s.chip, { n: c.paragraph, r: c.report }));
      a.href = citeURL(c, ctx);
      a.setAttribute("aria-label", fill(ctx.s.chip_label, { n: c.paragraph }) + (c.section ? " · " + c.section : ""));
      if (c.section) a.title = c.section;
      if (ctx.embed) { a.target = "_blank"; a.rel = "noopener"; }
      parent.appendChild(a);
    });
  }

  function periodOf(p, ans) {
    var c = (ans.citations || [])[(p.citations || [])[0]];
    return c ? c.period : "";
  }

  function renderText(p, ans, ctx, state, parent) {
    var role = p.role || "";
    if (role === "sentence") {
      // A model's sentences run on in one paragraph, as it wrote them.
      if (!state.sentences) { state.sentences = el("p", "sentences"); parent.appendChild(state.sentences); }
      state.sentences.appendChild(el("span", "sentence", p.text));
      addChips(state.sentences, p.citations, ans, ctx);
      return state.sentences;
    }
    if (role === "break") { parent.appendChild(el("hr", "break")); return null; }
    if (role === "example") {
      var b = el("button", "example-q", p.text);
      b.type = "button";
      if (ctx.onExample) b.addEventListener("click", function () { ctx.onExample(p.text); });
      var wrap = el("p", "example-row");
      wrap.appendChild(b);
      parent.appendChild(wrap);
      return wrap;
    }
    if (role === "report") {
      // The section of one report in an answer that sets reports side by
      // side: its title, linking to the report.
      var h = el("h3", "report-heading");
      var link = el("a", null, p.text);
      link.href = "/reports/" + encodeURIComponent(p.report || "") + (ctx.lang ? "?lang=" + ctx.lang : "");
      if (ctx.embed) { link.target = "_blank"; link.rel = "noopener"; }
      h.appendChild(link);
      parent.appendChild(h);
      return h;
    }
    var cls = { intro: "intro", notice: "notice", not_found: "notfound", heading: "heading", smalltalk: "smalltalk", clarify: "clarify" }[role];
    // Roles this page does not know yet (a newer server's) show their text.
    var e = el("p", cls || ("role-" + role.replace(/[^a-z_]/g, "")), p.text);
    addChips(e, p.citations, ans, ctx);
    parent.appendChild(e);
    return e;
  }

  // renderTrack is a year's target beside its result: label, indicator,
  // the target and the result each with its citation, and whether it was
  // met.
  function renderTrack(p, ans, ctx, parent) {
    var status = { met: "met", not_met: "not_met" }[p.status] || "unclear";
    var node = el("p", "track " + status);
    var period = (p.figure && p.figure.period) || "", dash = period.indexOf("-");
    var year = dash > 0 ? period.slice(0, dash) : period;
    node.appendChild(el("span", "period track-label", fill(ctx.s.track_label, { y: year })));
    node.appendChild(el("span", "indicator", p.figure ? p.figure.indicator : ""));
    [[ctx.s.track_target, p.figure, 0], [ctx.s.track_result, p.result, 1]].forEach(function (side) {
      var span = el("span", side[2] === 0 ? "track-target" : "track-result", side[0] + " ");
      span.appendChild(el("span", "value", side[1] ? side[1].value : ""));
      addChips(span, (p.citations || []).slice(side[2], side[2] + 1), ans, ctx);
      node.appendChild(span);
    });
    node.appendChild(el("span", "status " + status, ctx.s["status_" + status]));
    parent.appendChild(node);
    return node;
  }

  // renderChoice is a report a "which report?" answer offers: a button
  // that asks the question again of it, where the page can ask.
  function renderChoice(p, ans, ctx, state, parent) {
    if (!ctx.onChoice) return null;
    if (!state.choices) { state.choices = el("div", "choices"); parent.appendChild(state.choices); }
    var b = el("button", "choice", p.text);
    b.type = "button";
    b.dataset.report = p.report;
    b.addEventListener("click", function () { ctx.onChoice(ans, p.report, p.text); });
    state.choices.appendChild(b);
    return b;
  }

  function renderParts(parent, parts, ans, ctx) {
    var state = { list: null, sentences: null, choices: null };
    (parts || []).forEach(function (p) {
      if (p.type !== "item") { state.list = null; state.choices = null; }
      if (!(p.type === "text" && p.role === "sentence")) state.sentences = null;
      var node = null;
      switch (p.type) {
        case "track":
          node = renderTrack(p, ans, ctx, parent);
          break;
        case "item":
          if (p.report && !(p.citations || []).length && (node = renderChoice(p, ans, ctx, state, parent))) break;
          if (!state.list) { state.list = el(p.number > 0 ? "ol" : "ul", "items"); parent.appendChild(state.list); }
          node = el("li");
          if (p.number > 0) node.value = p.number;
          node.appendChild(el("span", "item-title", p.text));
          addChips(node, p.citations, ans, ctx);
          state.list.appendChild(node);
          break;
        case "quote":
          node = el("blockquote", "quote");
          addLabel(node, periodOf(p, ans), ctx.s);
          node.appendChild(el("q", null, p.text));
          addChips(node, p.citations, ans, ctx);
          parent.appendChild(node);
          break;
        case "figure":
          node = el("p", "figure");
          if (p.figure) {
            addLabel(node, p.figure.period, ctx.s);
            node.appendChild(el("span", "indicator", p.figure.indicator));
            node.appendChild(el("span", "value", p.figure.value));
          }
          addChips(node, p.citations, ans, ctx);
          parent.appendChild(node);
          break;
        case "sum":
          node = el("p", "sum");
          node.appendChild(el("strong", null, fill(ctx.s.sum_check, { v: sumValue(p.sum || {}, ctx.s), s: p.stated || "" })));
          addChips(node, p.citations, ans, ctx);
          parent.appendChild(node);
          break;
        case "correction":
          node = el("p", "correction");
          node.appendChild(el("strong", null, correctionText(p, ctx.s)));
          addChips(node, p.citations, ans, ctx);
          parent.appendChild(node);
          break;
        default:
          node = renderText(p, ans, ctx, state, parent);
      }
      if (p.children && p.children.length) {
        var kids = el("div", "children");
        renderParts(kids, p.children, ans, ctx);
        (node || parent).appendChild(kids);
      }
    });
  }

  // renderAnswer returns the answer as a DOM node. ctx: {s, answer, multi,
  // embed, lang, onExample(question), onChoice(answer, report, title)}: s
  // the page's words, answer the label words by language; without
  // onChoice the reports a "which report?" answer offers are a list.
  function renderAnswer(ans, ctx) {
    ctx = { s: words(ans, ctx), multi: ctx.multi, embed: ctx.embed, lang: ctx.lang, onExample: ctx.onExample, onChoice: ctx.onChoice };
    var root = el("div", "answer");
    root.lang = ans.lang === "en" ? "en" : "zh-CN";
    renderParts(root, ans.parts, ans, ctx);
    return root;
  }

  window.RB = window.RB || {};
  window.RB.renderAnswer = renderAnswer;
  window.RB.el = el;
  window.RB.fill = fill;
})();
