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
})();
