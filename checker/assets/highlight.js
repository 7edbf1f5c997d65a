/* Highlighting shared by the review page and the HTML report: draws an article's text with
   each finding's spans marked (checker/reporters/html.py draws the same markup in Python),
   selects a finding's spans, and filters findings by severity. No dependencies. */
(function (global) {
  "use strict";

  var RANK = { info: 0, warning: 1, error: 2 };
  var BREAK = /\r\n|\r|\n/g;

  /* [start, end) of every line's content; \r\n, \r and \n end lines, as the checker counts them */
  function lines(text) {
    var out = [], start = 0, m;
    BREAK.lastIndex = 0;
    while ((m = BREAK.exec(text))) {
      out.push([start, m.index]);
      start = m.index + m[0].length;
    }
    out.push([start, text.length]);
    return out;
  }

  /* One mark per span of every finding: {s, e, i (finding index), kind "p"|"r", sev}. With
     key "utf16" the spans' UTF-16 offsets are used (JavaScript strings), else code points. */
  function marksOf(findings, key) {
    var marks = [];
    function add(span, i, kind, sev) {
      if (span.field) return;   /* in the headline or standfirst, not in the text */
      var s = key === "utf16" ? span.start_utf16 : span.start;
      var e = key === "utf16" ? span.end_utf16 : span.end;
      marks.push({ s: s, e: e, i: i, kind: kind, sev: sev });
    }
    findings.forEach(function (f, i) {
      add(f.span, i, "p", f.severity);
      (f.related || []).forEach(function (r) { add(r.span, i, "r", f.severity); });
    });
    return marks;
  }

  function visible(text, m) {
    return m.e > m.s && /[^\r\n]/.test(text.slice(m.s, m.e));
  }

  function worst(marks) {
    var best = null;
    marks.forEach(function (m) { if (best === null || RANK[m.sev] > RANK[best]) best = m.sev; });
    return best;
  }

  function markElement(doc, covering, content) {
    var el = doc.createElement("mark");
    var primary = covering.filter(function (m) { return m.kind === "p"; });
    var related = covering.filter(function (m) { return m.kind === "r"; });
    var ids = function (ms) {
      var seen = [];
      ms.forEach(function (m) { if (seen.indexOf(m.i) < 0) seen.push(m.i); });
      return seen.join(" ");
    };
    el.className = "hl" + (primary.length ? " p" : "") + (related.length ? " r" : "") +
      " sev-" + worst(primary.length ? primary : related);
    el.setAttribute("data-p", ids(primary));
    el.setAttribute("data-r", ids(related));
    if (content === null) el.className += " caret";
    else el.textContent = content;
    return el;
  }

  /* Fill container (a .ck-text element) with the text, one div.ln per line, spans marked. */
  function render(container, text, findings, key) {
    var doc = container.ownerDocument;
    var marks = marksOf(findings, key);
    var spans = marks.filter(function (m) { return visible(text, m); });
    var carets = marks.filter(function (m) { return !visible(text, m); });
    container.textContent = "";
    lines(text).forEach(function (ln) {
      var ls = ln[0], le = ln[1];
      var div = doc.createElement("div");
      div.className = "ln";
      // a blank line has no direction of its own: it keeps the article's, so its number stays
      // on the same side as every other line's (the right in Arabic)
      if (/\S/.test(text.slice(ls, le))) div.setAttribute("dir", "auto");
      var here = spans.filter(function (m) { return m.s < le && m.e > ls; });
      var bounds = [ls, le];
      here.forEach(function (m) { bounds.push(Math.max(m.s, ls), Math.min(m.e, le)); });
      carets.forEach(function (m) { if (m.s >= ls && m.s <= le) bounds.push(m.s); });
      bounds = bounds.filter(function (b, k) { return bounds.indexOf(b) === k; }).sort(function (a, b) { return a - b; });
      var caretsAt = function (p) {
        var at = carets.filter(function (m) { return m.s === p; });
        at.forEach(function (m) { div.appendChild(markElement(doc, [m], null)); });
      };
      for (var k = 0; k + 1 < bounds.length; k++) {
        var a = bounds[k], b = bounds[k + 1];
        caretsAt(a);
        var covering = here.filter(function (m) { return m.s <= a && m.e >= b; });
        var piece = text.slice(a, b);
        div.appendChild(covering.length ? markElement(doc, covering, piece) : doc.createTextNode(piece));
      }
      caretsAt(le);
      container.appendChild(div);
    });
  }

  function idsIn(el, attr) {
    var v = el.getAttribute(attr);
    return v ? v.split(" ").map(Number) : [];
  }

  /* Select finding i of root (an element holding one .ck-text and one .ck-findings): its
     primary span becomes the document selection and is scrolled into view; its related spans
     are outlined; its list item is marked current. */
  function select(root, i, options) {
    options = options || {};
    var textEl = root.querySelector(".ck-text");
    root.querySelectorAll("mark.sel, mark.rsel").forEach(function (m) { m.classList.remove("sel", "rsel"); });
    root.querySelectorAll(".finding.current").forEach(function (li) {
      li.classList.remove("current");
      li.removeAttribute("aria-current");
    });
    var item = root.querySelector('.finding[data-i="' + i + '"]');
    if (item) {
      item.classList.add("current");
      item.setAttribute("aria-current", "true");
    }
    if (!textEl) return null;
    var primary = textEl.querySelectorAll('mark[data-p~="' + i + '"]');
    textEl.querySelectorAll('mark[data-r~="' + i + '"]').forEach(function (m) { m.classList.add("rsel"); });
    primary.forEach(function (m) { m.classList.add("sel"); });
    if (!primary.length) return null;
    var first = primary[0], last = primary[primary.length - 1];
    var range = textEl.ownerDocument.createRange();
    range.setStart(first, 0);
    range.setEnd(last, last.childNodes.length);
    var sel = global.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    if (options.scroll !== false) scrollTo(textEl, first);
    return range;
  }

  /* Bring el to the middle of the text: inside the text box when it scrolls (the review page),
     else in the window (the report). */
  function scrollTo(textEl, el) {
    var reduce = global.matchMedia && global.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var behavior = reduce ? "auto" : "smooth";
    if (textEl.scrollHeight > textEl.clientHeight + 1) {
      var box = textEl.getBoundingClientRect(), r = el.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.top + textEl.clientHeight) {  // out of sight: to the middle
        textEl.scrollBy({ top: r.top - box.top - (textEl.clientHeight - r.height) / 2, behavior: behavior });
      }
      textEl.scrollIntoView({ block: "nearest", behavior: behavior });
    } else {
      el.scrollIntoView({ block: "center", behavior: behavior });
    }
  }

  /* The finding a click on a mark means: the first whose primary span it is, else related. */
  function findingOf(mark) {
    var p = idsIn(mark, "data-p");
    if (p.length) return p[0];
    var r = idsIn(mark, "data-r");
    return r.length ? r[0] : null;
  }

  /* Show only findings whose severity is in shown ({error: true, ...}); marks of hidden
     findings lose their highlight. Returns how many findings are shown. */
  function filter(root, shown) {
    var visibleIds = {}, count = 0;
    root.querySelectorAll(".finding").forEach(function (li) {
      var on = !!shown[li.getAttribute("data-severity")];
      li.hidden = !on;
      if (on) {
        visibleIds[li.getAttribute("data-i")] = true;
        count++;
      }
    });
    root.querySelectorAll(".ck-text mark.hl").forEach(function (m) {
      var ids = idsIn(m, "data-p").concat(idsIn(m, "data-r"));
      m.classList.toggle("off", !ids.some(function (i) { return visibleIds[i]; }));
    });
    return count;
  }

  global.CheckerHighlight = { lines: lines, render: render, select: select, filter: filter, findingOf: findingOf };
})(window);
