/* The report's behaviour: type filters, one shared tooltip (hover and keyboard focus), the
   jump list, and the index's document filter. Content from documents is only ever set with
   textContent, never parsed as HTML. */
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var shown = null;

  function hiddenType(mark) {
    return document.body.classList.contains("hide-" + mark.dataset.type);
  }

  /* The mark and every mark around it, innermost first, skipping filtered-out types. */
  function chain(mark) {
    var marks = [];
    for (var el = mark; el; el = el.parentElement && el.parentElement.closest("mark.m")) {
      if (!hiddenType(el)) marks.push(el);
    }
    return marks;
  }

  function tag(type) {
    var span = document.createElement("span");
    span.className = "tag t-" + type;
    span.textContent = type;
    return span;
  }

  /* A tooltip entry: the type, the mention's text, then one line per normalised field. */
  function entry(mark) {
    var div = document.createElement("div");
    div.className = "entry";
    var lines = mark.dataset.tip.split("\n");
    div.append(tag(mark.dataset.type), " " + lines[0]);
    lines.slice(1).forEach(function (text) {
      var line = document.createElement("div");
      line.className = "line";
      line.textContent = text;
      div.appendChild(line);
    });
    return div;
  }

  function show(mark) {
    var marks = chain(mark);
    if (!marks.length) return hide();
    hide();
    tip.replaceChildren.apply(tip, marks.map(entry));
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - 420)) + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
    tip.hidden = false;
    mark.setAttribute("aria-describedby", "tip");
    shown = mark;
  }

  function hide() {
    tip.hidden = true;
    if (shown) shown.removeAttribute("aria-describedby");
    shown = null;
  }

  function markOf(el) {
    return el && el.closest ? el.closest("mark.m") : null;
  }

  document.addEventListener("mouseover", function (e) { var m = markOf(e.target); if (m) show(m); });
  document.addEventListener("mouseout", function (e) { if (markOf(e.target) && !markOf(e.relatedTarget)) hide(); });
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) show(m); else hide(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  /* Filters: a class on <body> per hidden type; hidden marks also leave the tab order. */
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      var type = box.dataset.filter;
      document.body.classList.toggle("hide-" + type, !box.checked);
      document.querySelectorAll("mark.t-" + type).forEach(function (m) { m.tabIndex = box.checked && m.id ? 0 : -1; });
      hide();
    });
  });
  var tags = document.getElementById("show-tags");
  if (tags) tags.addEventListener("change", function () { document.body.classList.toggle("tags", tags.checked); });

  /* Jump list: filled from the marks the first time it is open (see report.jump_list), in
     groups the browser lays out only when they scroll into view. */
  var JUMP_GROUP = 200;
  function fillJumpList(details) {
    if (!details.open || details.querySelector("ol")) return;
    var items = document.createDocumentFragment();
    var list;
    document.querySelectorAll("mark.m[id]").forEach(function (mark, i) {
      if (i % JUMP_GROUP === 0) list = items.appendChild(document.createElement("ol"));
      var lines = mark.dataset.tip.split("\n");
      var li = document.createElement("li");
      li.className = "t-" + mark.dataset.type;
      var link = document.createElement("a");
      link.href = "#" + mark.id;
      link.textContent = lines[0];
      var value = document.createElement("span");
      value.className = "value";
      value.textContent = lines.slice(1).join("; ");
      li.append(tag(mark.dataset.type), " ", link, value);
      list.appendChild(li);
    });
    details.appendChild(items);
  }
  document.querySelectorAll("nav.jump details").forEach(function (details) {
    fillJumpList(details);
    details.addEventListener("toggle", function () { fillJumpList(details); });
  });

  /* Jump list: bring the mention to the middle of the screen and focus it, so its tooltip shows. */
  function jump(id) {
    var mark = document.getElementById(id);
    if (!mark) return;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest("nav.jump a");
    if (!link) return;
    e.preventDefault();
    history.replaceState(null, "", link.getAttribute("href"));
    jump(link.getAttribute("href").slice(1));
  });
  if (location.hash) jump(decodeURIComponent(location.hash.slice(1)));

  /* Index: show only the documents whose name or path holds the typed text. */
  var filter = document.getElementById("doc-filter");
  if (filter) filter.addEventListener("input", function () {
    var q = filter.value.toLowerCase();
    document.querySelectorAll("#documents tbody tr").forEach(function (row) {
      row.hidden = q && row.dataset.search.indexOf(q) < 0;
    });
  });
  /* Review (see docs/design.md, "Review and corrections"): a reviewer's decisions on this
     document, kept in localStorage under its id so a reload finds them, and exported from any
     page as one JSONL file of gold records with `decision`, `mention_id` and `sha256`.
     Offsets count code points, as Python's str indices do. */
  var KEY = "vocextract-review:";
  var doc = document.getElementById("doc");
  var textBox = document.getElementById("text");

  function read(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }

  function allDecisions() {
    var lines = [];
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf(KEY) !== 0) continue;
      var state = read(key);
      if (!state || !state.decisions) continue;
      Object.keys(state.decisions).sort().forEach(function (k) {
        var d = state.decisions[k];
        var record = { doc: state.doc, path: state.path, sha256: state.sha256 };
        Object.keys(d).forEach(function (f) { record[f] = d[f]; });
        lines.push(JSON.stringify(record));
      });
    }
    return lines;
  }

  var exporter = document.getElementById("review-export");
  if (exporter) exporter.addEventListener("click", function () {
    var lines = allDecisions();
    var blob = new Blob([lines.join("\n") + (lines.length ? "\n" : "")], { type: "application/x-ndjson" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "vocextract-review.jsonl";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  if (!doc || !textBox) return;
  var FIELDS = JSON.parse(doc.dataset.fields);
  var NUMERIC = { value: parseFloat, value_high: parseFloat };
  var source = Array.from(textBox.textContent);
  var stateKey = KEY + doc.dataset.docId;
  var state = read(stateKey) || { doc: doc.dataset.doc, path: doc.dataset.path, sha256: doc.dataset.sha, decisions: {} };
  var chosen = null;
  var selection = null;

  function save() {
    localStorage.setItem(stateKey, JSON.stringify(state));
    paint();
  }

  function decide(key, record) { state.decisions[key] = record; save(); }
  function undo(key) { delete state.decisions[key]; save(); }

  function paint() {
    document.querySelectorAll("mark.m[id]").forEach(function (mark) {
      var d = state.decisions[mark.dataset.id];
      ["accept", "reject", "fix"].forEach(function (k) { mark.classList.toggle("review-" + k, !!d && d.decision === k); });
    });
    document.querySelectorAll("#facts tbody tr").forEach(function (row) {
      var d = state.decisions["fact:" + row.dataset.mention];
      ["accept", "reject", "fix"].forEach(function (k) { row.classList.toggle("review-" + k, !!d && d.decision === k); });
    });
    document.getElementById("review-count").textContent = Object.keys(state.decisions).length;
  }

  function slice(start, end) { return source.slice(start, end).join(""); }

  /* What a mark names: its type, id, offsets, text and fields. */
  function judged(mark) {
    var start = +mark.dataset.start, end = +mark.dataset.end;
    var record = { type: mark.dataset.type, mention_id: mark.dataset.id, start: start, end: end, text: slice(start, end) };
    var fields = JSON.parse(mark.dataset.fields || "{}");
    Object.keys(fields).forEach(function (f) { record[f] = fields[f]; });
    return record;
  }

  function with_(record, more) {
    var out = {};
    [record, more].forEach(function (r) { Object.keys(r).forEach(function (k) { out[k] = r[k]; }); });
    return out;
  }

  function inputs(box, type, values) {
    box.replaceChildren();
    (FIELDS[type] || []).forEach(function (name) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.dataset.name = name;
      input.value = values && values[name] != null ? values[name] : "";
      label.append(name + " ", input);
      box.appendChild(label);
    });
  }

  function fieldsOf(box) {
    var out = {};
    box.querySelectorAll("input[data-name]").forEach(function (input) {
      var raw = input.value.trim();
      var name = input.dataset.name;
      out[name] = raw === "" ? null : (NUMERIC[name] ? NUMERIC[name](raw) : raw);
    });
    if (box.dataset.type === "YEAR" && out.value != null) out.value = parseInt(out.value, 10);
    return out;
  }

  function choose(mark) {
    chosen = document.getElementById("m-" + mark.dataset.id) || mark;
    var record = judged(chosen);
    document.getElementById("review-what").textContent = record.type + " “" + record.text + "”";
    var box = document.getElementById("review-fields");
    box.dataset.type = record.type;
    inputs(box, record.type, state.decisions[record.mention_id] || record);
    document.getElementById("review-mention").hidden = false;
  }

  /* The current selection inside the text, as code-point offsets, or null. */
  function selected() {
    var sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    var range = sel.getRangeAt(0);
    if (!textBox.contains(range.startContainer) || !textBox.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(textBox, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = Array.from(before.toString()).length;
    var end = start + Array.from(range.toString()).length;
    return { start: start, end: end, text: slice(start, end) };
  }

  textBox.addEventListener("click", function (e) {
    var mark = markOf(e.target);
    if (mark && window.getSelection().isCollapsed) choose(mark);
  });
  document.addEventListener("selectionchange", function () {
    var now = selected();
    if (!now) return;
    selection = now;
    document.getElementById("review-selection").textContent = now.text;
    var box = document.getElementById("review-add-fields");
    box.dataset.type = document.getElementById("review-type").value;
    if (!box.children.length) inputs(box, box.dataset.type, null);
    document.getElementById("review-add").hidden = false;
  });
  document.getElementById("review-type").addEventListener("change", function (e) {
    var box = document.getElementById("review-add-fields");
    box.dataset.type = e.target.value;
    inputs(box, e.target.value, null);
  });

  function onClick(id, act) { document.getElementById(id).addEventListener("click", act); }
  onClick("review-accept", function () { if (chosen) decide(chosen.dataset.id, with_(judged(chosen), { decision: "accept" })); });
  onClick("review-reject", function () { if (chosen) decide(chosen.dataset.id, with_(judged(chosen), { decision: "reject" })); });
  onClick("review-undo", function () { if (chosen) undo(chosen.dataset.id); });
  onClick("review-span", function () {
    if (!chosen || !selection) return;
    var before = state.decisions[chosen.dataset.id] || judged(chosen);
    decide(chosen.dataset.id, with_(before, { decision: "fix", start: selection.start, end: selection.end, text: selection.text }));
  });
  onClick("review-save", function () {
    if (!chosen) return;
    var before = state.decisions[chosen.dataset.id] || judged(chosen);
    decide(chosen.dataset.id, with_(with_(before, fieldsOf(document.getElementById("review-fields"))), { decision: "fix" }));
  });
  onClick("review-add-button", function () {
    if (!selection) return;
    var type = document.getElementById("review-type").value;
    var record = with_({ type: type, start: selection.start, end: selection.end, text: selection.text },
                       fieldsOf(document.getElementById("review-add-fields")));
    decide("add:" + type + ":" + selection.start + ":" + selection.end, with_(record, { decision: "add" }));
  });

  /* Facts: accept, reject, or edit what, when and where in place. */
  var FACT_FIELDS = ["quantified", "head", "year", "country"];
  var facts = document.getElementById("facts");
  if (facts) facts.addEventListener("click", function (e) {
    var button = e.target.closest("button[data-act]");
    if (!button) return;
    var row = button.closest("tr");
    var number = document.getElementById("m-" + row.dataset.mention);
    var base = { type: "FACT", mention_id: row.dataset.mention };
    if (number) base = with_(base, { start: +number.dataset.start, end: +number.dataset.end, text: slice(+number.dataset.start, +number.dataset.end) });
    var act = button.dataset.act;
    if (act !== "edit") return decide("fact:" + row.dataset.mention, with_(base, { decision: act }));
    var cells = FACT_FIELDS.map(function (f) { return row.querySelector('[data-field="' + f + '"]'); });
    if (!row.classList.contains("editing")) {
      cells.forEach(function (cell) {
        var input = document.createElement("input");
        input.value = cell.textContent;
        input.size = 10;
        cell.replaceChildren(input);
      });
      row.classList.add("editing");
      button.textContent = "save";
      return;
    }
    var fields = {};
    cells.forEach(function (cell, i) {
      var value = cell.querySelector("input").value.trim();
      fields[FACT_FIELDS[i]] = value === "" ? null : (FACT_FIELDS[i] === "year" ? parseInt(value, 10) : value);
      cell.textContent = value;
    });
    row.classList.remove("editing");
    button.textContent = "edit";
    decide("fact:" + row.dataset.mention, with_(with_(base, fields), { decision: "fix" }));
  });

  paint();
})();
