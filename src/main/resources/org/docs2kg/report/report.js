// Filters the report by service, party, modality, security measure and text; the state lives in
// the URL hash too (#service=…&party=…&modality=…&measure=…&text=…), so a filtered view can be
// linked to or bookmarked. A by-control cell is such a link: a click shows that cell's statements.
(function () {
  "use strict";
  var controls = ["service", "party", "modality", "measure", "text"].map(function (k) {
    return { key: k, el: document.getElementById("f-" + k) };
  });
  var statements = Array.prototype.slice.call(document.querySelectorAll("li.st"));
  var guides = Array.prototype.slice.call(document.querySelectorAll("article.guide"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.matrix tbody tr"));
  var count = document.getElementById("f-count");

  function state() {
    var s = {};
    controls.forEach(function (c) { s[c.key] = c.el.value.trim(); });
    return s;
  }

  function apply() {
    var s = state();
    var text = s.text.toLowerCase();
    var shown = 0;
    statements.forEach(function (li) {
      var ok = (!s.service || li.dataset.service === s.service) && (!s.party || li.dataset.party === s.party)
        && (!s.modality || li.dataset.modality === s.modality)
        && (!s.measure || (" " + li.dataset.measures + " ").indexOf(" " + s.measure + " ") >= 0)
        && (!text || li.textContent.toLowerCase().indexOf(text) >= 0);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    var filtering = s.party || s.modality || s.measure || text;
    guides.forEach(function (g) {
      var visible = g.querySelectorAll("li.st:not([hidden])").length;
      g.hidden = (s.service && g.dataset.service !== s.service) || (filtering && visible === 0);
      Array.prototype.forEach.call(g.querySelectorAll("details.boilerplate"), function (d) {
        var any = d.querySelectorAll("li.st:not([hidden])").length > 0;
        d.hidden = !any;
        if (filtering && any) { d.open = true; }
      });
    });
    rows.forEach(function (r) {
      r.hidden = !!s.service && r.dataset.service !== s.service;
    });
    count.textContent = shown + " of " + statements.length + " statements";
    var hash = controls.filter(function (c) { return s[c.key]; })
      .map(function (c) { return c.key + "=" + encodeURIComponent(s[c.key]); }).join("&");
    if (("#" + hash) !== location.hash && !(hash === "" && location.hash === "")) {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    }
  }

  // The hash is the whole state: a key it does not name is "all". A malformed escape ("50%") is
  // taken literally rather than stopping the script.
  function fromHash() {
    var values = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (p) {
      var i = p.indexOf("=");
      if (i > 0) {
        var value = p.slice(i + 1);
        try { value = decodeURIComponent(value); } catch (e) { /* literal */ }
        values[p.slice(0, i)] = value;
      }
    });
    controls.forEach(function (c) {
      var v = Object.prototype.hasOwnProperty.call(values, c.key) ? values[c.key] : "";
      if (c.el.tagName === "SELECT" && v && !Array.prototype.some.call(c.el.options, function (o) { return o.value === v; })) {
        v = "";
      }
      c.el.value = v;
    });
  }

  // A by-control cell: filter to its statements, then show the first of them.
  Array.prototype.forEach.call(document.querySelectorAll("a.cell"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      history.replaceState(null, "", a.getAttribute("href"));
      fromHash();
      apply();
      var first = document.querySelector("li.st:not([hidden])");
      if (first) { first.scrollIntoView({ block: "start" }); }
    });
  });

  controls.forEach(function (c) {
    c.el.addEventListener(c.el.tagName === "INPUT" ? "input" : "change", apply);
  });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  // Printing shows every statement, boilerplate included.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  fromHash();
  apply();
  document.body.dataset.ready = "true";
})();
