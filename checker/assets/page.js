/* The review page: paste or open an article, Check it against the service, see every finding's
   spans highlighted, select a finding, filter by severity, apply safe fixes and check again. */
(function () {
  "use strict";
  var H = window.CheckerHighlight;
  var RTL = { ar: true, fa: true, he: true, ur: true };
  var NAMES = { ar: "Arabic — العربية", en: "English" };
  var $ = function (id) { return document.getElementById(id); };
  // The interface strings of the page's locale, embedded by the server (checker.i18n.service).
  var UI = (function () {
    var node = $("ui-strings");
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  })();
  var LOCALE = UI.locale || document.documentElement.lang || "en";
  function T(key, english) { return (UI.strings && UI.strings[key]) || english; }
  // "n findings" in the page's language: the server gives the form for 0, 1, 2, 3, 11 and 100,
  // one of each Arabic plural category; n takes the form of its category.
  function counted(n) {
    var forms = UI.findings || {}, m = n % 100;
    var rep = n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : (m >= 3 && m <= 10) ? 3 : m >= 11 ? 11 : 100;
    return (forms[String(rep)] || String(n)).replace("{n}", String(n));
  }

  var form = $("check-form"), textarea = $("text"), article = $("article"), list = $("findings");
  var status = $("status"), side = $("side"), layout = $("layout");
  var state = { result: null, text: "", key: sessionStorage.getItem("checker-key") || "" };

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", !!isError);
    status.setAttribute("role", isError ? "alert" : "status");
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }

  function quote(s, limit) {
    var t = s.split(/\s+/).join(" ").trim();
    limit = limit || 80;
    if (t.length > limit) t = t.slice(0, limit - 1) + "…";
    return el("bdi", { className: "quote", dir: "auto", text: t });
  }

  // --- talking to the service ------------------------------------------------------------
  function headers() {
    var h = { "Content-Type": "application/json" };
    if (state.key) h["X-API-Key"] = state.key;
    return h;
  }

  function request(text) {
    var body = { text: text, format: $("format").value };
    if ($("lang").value) body.lang = $("lang").value;
    if ($("published").value) body.published = $("published").value;
    body.locale = LOCALE;
    return fetch("/v1/check?offsets=utf16", { method: "POST", headers: headers(), body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().catch(function () { return { error: "bad-response", message: "HTTP " + r.status }; })
          .then(function (data) { return { status: r.status, data: data }; });
      });
  }

  function check(text, note) {
    if (!text.trim()) {
      say(T("need-text", "Paste or open an article first."), true);
      textarea.focus();
      return Promise.resolve();
    }
    $("check").disabled = true;
    say(T("checking", "Checking…"));
    return request(text).then(function (res) {
      $("check").disabled = false;
      if (res.status === 401) {
        $("key-row").hidden = false;
        $("api-key").focus();
        say(res.data.message + " " + T("enter-key", "Enter the key and Check again."), true);
        return;
      }
      if (res.status !== 200) {
        say(res.data.message || (T("service-answered", "The service answered") + " " + res.status), true);
        return;
      }
      show(text, res.data, note);
    }, function (e) {
      $("check").disabled = false;
      say(T("unreachable", "The service cannot be reached:") + " " + e.message, true);
    });
  }

  // --- showing a result ------------------------------------------------------------------
  function shown() {
    var s = {};
    document.querySelectorAll("#severity-filter input").forEach(function (b) { s[b.value] = b.checked; });
    return s;
  }

  function findingItem(f, i) {
    var sev = f.severity;
    var goto = el("button", { type: "button", className: "goto" }, [
      el("span", { className: "sev", text: T("severity-" + sev, sev) }), " ", el("code", { text: f.rule }),
      LOCALE === "en" ? " " + f.name + " " : " ",
      el("span", { className: "where", text: f.span.line + ":" + f.span.column })]);
    var li = el("li", { className: "finding sev-" + sev, "data-i": String(i), "data-severity": sev, "data-rule": f.rule },
      [goto, el("p", { className: "msg", dir: RTL[LOCALE] ? "rtl" : "ltr", text: f.message })]);
    if (f.related.length) {
      li.appendChild(el("ul", { className: "related" }, f.related.map(function (r) {
        return el("li", {}, [r.span.line + ":" + r.span.column + " ", quote(r.span.text), " " + r.message]);
      })));
    }
    if (f.suggestions.length) {
      li.appendChild(el("ul", { className: "suggestions" }, f.suggestions.map(function (s, k) {
        var repl = s.replacement ? quote(s.replacement) : T("delete", "(delete)");
        var item = el("li", {}, [s.safe ? el("span", { className: "safe", text: T("safe-fix", "safe fix") }) : T("suggestion", "suggestion"),
          ": " + s.description + ": ", quote(s.span.text, 40), " → ", repl]);
        if (s.safe) {
          item.appendChild(el("button", { type: "button", className: "apply", "data-i": String(i), "data-s": String(k),
            "aria-label": T("apply-fix", "Apply the fix:") + " " + s.description, text: T("apply", "Apply") }));
        }
        return item;
      })));
    }
    return li;
  }

  function show(text, result, note) {
    state.text = text;
    state.result = result;
    var dir = RTL[result.lang] ? "rtl" : "ltr";
    article.setAttribute("dir", dir);
    article.setAttribute("lang", result.lang || "");
    H.render(article, text, result.findings, "utf16");
    list.textContent = "";
    result.findings.forEach(function (f, i) { list.appendChild(findingItem(f, i)); });
    if (!result.findings.length) list.appendChild(el("li", { className: "finding none", text: T("no-findings", "No findings.") }));
    var counts = { error: 0, warning: 0, info: 0 };
    result.findings.forEach(function (f) { counts[f.severity]++; });
    Object.keys(counts).forEach(function (k) {
      document.querySelector('[data-count="' + k + '"]').textContent = "(" + counts[k] + ")";
    });
    var safe = applyEdits(text, safeEdits(result)).applied;  // the non-overlapping ones
    $("fix-all").disabled = !safe;
    $("fix-all").textContent = safe ? T("apply-all", "Apply all safe fixes") + " (" + safe + ")" : T("no-safe-fix", "No safe fix to apply");
    $("count").textContent = "(" + result.findings.length + ")";
    textarea.hidden = true;
    article.hidden = false;
    side.hidden = false;
    layout.classList.remove("alone");
    $("edit").hidden = false;
    H.filter(document.body, shown());
    var n = result.findings.length;
    var errs = (result.errors || []).map(function (e) { return e.message; }).join("; ");
    if (LOCALE !== "en" && UI.strings) {  // the server's words for the count and the date
      var pubL = result.published ? "، " + T("published-on", "published") + " " + result.published : "";
      say((note ? note + " " : "") + T("checked", "Checked:") + " " + counted(n) +
        " (" + (T("lang-" + result.lang, "") || result.lang) + pubL + ")." + (errs ? " " + errs : ""), !!errs);
      return;
    }
    var pub = result.published ? ", published " + result.published + (result.published_source === "text" ? " (read from the text)" : "") : "";
    say((note ? note + " " : "") + "Checked: " + n + " finding" + (n === 1 ? "" : "s") + " (" +
      (NAMES[result.lang] || result.lang) + pub + ")." + (errs ? " Problems: " + errs : ""), !!errs);
  }

  function edit() {
    showEditor(state.text);
  }

  function showEditor(text) {
    textarea.value = text;
    textarea.hidden = false;
    article.hidden = true;
    $("edit").hidden = true;
    textarea.focus();
  }

  // --- fixes -----------------------------------------------------------------------------
  function safeEdits(result) {
    var seen = {}, edits = [];
    result.findings.forEach(function (f) {
      f.suggestions.forEach(function (s) {
        var key = s.span.start_utf16 + ":" + s.span.end_utf16 + ":" + s.replacement;
        if (s.safe && !seen[key]) {
          seen[key] = true;
          edits.push({ start: s.span.start_utf16, end: s.span.end_utf16, text: s.replacement, old: s.span.text });
        }
      });
    });
    return edits;
  }

  /* Non-overlapping edits chosen from the end of the text backwards, applied in that order. */
  function applyEdits(text, edits) {
    edits.sort(function (a, b) { return b.start - a.start || b.end - a.end; });
    var last = null, applied = 0;
    edits.forEach(function (e) {
      if (last && (e.start === last.start || (e.start < last.end && last.start < e.end))) return;
      if (text.slice(e.start, e.end) !== e.old) return;
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
      last = e;
      applied++;
    });
    return { text: text, applied: applied };
  }

  function applyOne(i, k) {
    var s = state.result.findings[i].suggestions[k];
    var out = applyEdits(state.text, [{ start: s.span.start_utf16, end: s.span.end_utf16, text: s.replacement, old: s.span.text }]);
    if (!out.applied) return;
    textarea.value = out.text;
    check(out.text, T("applied-one", "Applied:") + " " + s.description + ".").then(focusList);
  }

  function applyAll() {
    var out = applyEdits(state.text, safeEdits(state.result));
    if (!out.applied) return;
    textarea.value = out.text;
    var done = LOCALE === "en" ? "Applied " + out.applied + " safe fix" + (out.applied === 1 ? "" : "es") + "."
      : T("applied-all", "Safe fixes applied:") + " " + out.applied + ".";
    check(out.text, done).then(focusList);
  }

  function focusList() {
    var first = list.querySelector(".finding:not([hidden]) .goto");
    (first || status).focus();
  }

  // --- events ----------------------------------------------------------------------------
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    check(article.hidden ? textarea.value : state.text);
  });
  textarea.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      check(textarea.value);
    }
  });
  $("edit").addEventListener("click", edit);
  $("fix-all").addEventListener("click", applyAll);
  $("key-row").addEventListener("submit", function (ev) {
    ev.preventDefault();
    $("api-key").dispatchEvent(new Event("change"));
    check(article.hidden ? textarea.value : state.text);
  });
  $("api-key").addEventListener("change", function () {
    state.key = this.value.trim();
    sessionStorage.setItem("checker-key", state.key);
  });
  $("lang").addEventListener("change", function () {
    textarea.setAttribute("dir", RTL[this.value] ? "rtl" : this.value ? "ltr" : "auto");
  });
  document.querySelectorAll("#severity-filter input").forEach(function (b) {
    b.addEventListener("change", function () {
      var n = H.filter(document.body, shown());
      say(n + " finding" + (n === 1 ? "" : "s") + " shown.");
    });
  });

  list.addEventListener("click", function (ev) {
    var apply = ev.target.closest("button.apply");
    if (apply) return applyOne(+apply.getAttribute("data-i"), +apply.getAttribute("data-s"));
    var goto = ev.target.closest("button.goto");
    if (goto) return H.select(document.body, goto.closest(".finding").getAttribute("data-i"));
    // anywhere else on a finding's card selects it too (not a link, not while selecting text)
    var card = ev.target.closest(".finding[data-i]");
    if (!card || ev.target.closest("a, button, input, select, textarea")) return;
    if (!window.getSelection().isCollapsed) return;
    H.select(document.body, card.getAttribute("data-i"));
    var own = card.querySelector(".goto");
    if (own) own.focus({ preventScroll: true });
  });
  list.addEventListener("keydown", function (ev) {
    if (!ev.target.classList.contains("goto")) return;
    var all = Array.prototype.slice.call(list.querySelectorAll(".finding:not([hidden]) .goto"));
    var at = all.indexOf(ev.target), next = null;
    if (ev.key === "ArrowDown") next = all[Math.min(at + 1, all.length - 1)];
    else if (ev.key === "ArrowUp") next = all[Math.max(at - 1, 0)];
    else if (ev.key === "Home") next = all[0];
    else if (ev.key === "End") next = all[all.length - 1];
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  });
  article.addEventListener("click", function (ev) {
    var m = ev.target.closest("mark.hl");
    if (!m || !window.getSelection().isCollapsed) return;
    var i = H.findingOf(m);
    if (i === null) return;
    H.select(document.body, i, { scroll: false });
    var goto = list.querySelector('.finding[data-i="' + i + '"] .goto');
    if (goto) {
      goto.focus({ preventScroll: true });
      goto.scrollIntoView({ block: "nearest" });
    }
  });

  // files: open or drop a .txt / .md file
  function load(file) {
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      $("format").value = /\.(md|markdown)$/i.test(file.name) ? "md" : "txt";
      showEditor(reader.result);
      say(T("opened", "Opened:") + " " + file.name + ". " + T("check-when-ready", "Check it when ready."));
    };
    reader.onerror = function () { say(T("cannot-read", "Cannot read:") + " " + file.name, true); };
    reader.readAsText(file);
  }
  $("file").addEventListener("change", function () { load(this.files[0]); });
  textarea.addEventListener("dragover", function (ev) { ev.preventDefault(); textarea.classList.add("drop"); });
  textarea.addEventListener("dragleave", function () { textarea.classList.remove("drop"); });
  textarea.addEventListener("drop", function (ev) {
    ev.preventDefault();
    textarea.classList.remove("drop");
    if (ev.dataTransfer.files.length) load(ev.dataTransfer.files[0]);
  });

  // languages the server knows
  fetch("/healthz").then(function (r) { return r.json(); }).then(function (h) {
    var select = $("lang");
    (h.languages || []).forEach(function (code) {
      select.appendChild(el("option", { value: code, text: NAMES[code] || code }));
    });
    if (h.auth && !state.key) $("key-row").hidden = false;
    if (state.key) $("api-key").value = state.key;
  }, function () {});

  layout.classList.add("alone");
  window.CheckerPage = { check: check, state: state };
})();
