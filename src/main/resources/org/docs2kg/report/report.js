// Filters the report by service, party, modality, concept, security measure and text; the state
// lives in the URL hash too (#service=…&party=…&modality=…&concept=…&measure=…&text=…), so a
// filtered view can be linked to or bookmarked. A table cell is such a link: a click shows that
// cell's statements. With a filter set, the tables count the statements it leaves.
(function () {
  "use strict";
  var controls = ["service", "party", "modality", "concept", "measure", "text"].map(function (k) {
    return { key: k, el: document.getElementById("f-" + k) };
  });
  var statements = Array.prototype.slice.call(document.querySelectorAll("li.st"));
  var guides = Array.prototype.slice.call(document.querySelectorAll("article.guide"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.matrix tbody tr"));
  var count = document.getElementById("f-count");

  // The words the text filter reads: the sentence, its lead-in and its page:line, not the badges
  // (every source ends in ".md", which would match them all).
  statements.forEach(function (li) {
    var words = [];
    Array.prototype.forEach.call(li.childNodes, function (n) {
      if (n.nodeType === 1 && (n.classList.contains("badge") || n.classList.contains("shared-by"))) { return; }
      words.push(n.textContent);
    });
    li.words = words.join(" ").replace(/\.md:(\d+)/gi, ":$1").toLowerCase();
  });

  // The count cells of both tables, by guide and column, with the counts the page was written with.
  var cells = {};
  Array.prototype.forEach.call(document.querySelectorAll("table.matrix[data-dimension]"), function (table) {
    var dimension = table.dataset.dimension;
    cells[dimension] = {};
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (tr) {
      Array.prototype.forEach.call(tr.querySelectorAll("td[data-aws]"), function (td) {
        cells[dimension][tr.dataset.guide + "|" + td.dataset[dimension]] = td;
        td.written = [td.dataset.aws, td.dataset.customer, td.dataset.shared];
      });
    });
  });

  function state() {
    var s = {};
    controls.forEach(function (c) { s[c.key] = c.el.value.trim(); });
    return s;
  }

  // Whether a statement passes the filters, but for the keys in skip.
  function passes(li, s, text, skip) {
    return (skip.service || !s.service || li.dataset.service === s.service)
      && (!s.party || li.dataset.party === s.party)
      && (!s.modality || li.dataset.modality === s.modality)
      && (skip.concept || !s.concept || li.dataset.concept === s.concept)
      && (skip.measure || !s.measure || (" " + li.dataset.measures + " ").indexOf(" " + s.measure + " ") >= 0)
      && (!text || li.words.indexOf(text) >= 0);
  }

  // The matrix counts sides as the matrix query does; the by-control table counts parties as the
  // measures query does. A table's own column and the service select a cell, they do not recount.
  function recount(s, text) {
    var narrowing = s.party || s.modality || text || s.concept || s.measure;
    Object.keys(cells).forEach(function (dimension) {
      var counts = {};
      if (narrowing) {
        statements.forEach(function (li) {
          var skip = { service: true };
          skip[dimension] = true;
          if (!passes(li, s, text, skip)) { return; }
          var side = dimension === "concept" ? li.dataset.side : li.dataset.party.toLowerCase();
          var keys = dimension === "concept" ? [li.dataset.concept] : li.dataset.measures.split(" ");
          keys.forEach(function (k) {
            var c = counts[li.dataset.guide + "|" + k] || (counts[li.dataset.guide + "|" + k] = { aws: 0, customer: 0, shared: 0 });
            if (c.hasOwnProperty(side)) { c[side]++; }
          });
        });
      }
      Object.keys(cells[dimension]).forEach(function (key) {
        var td = cells[dimension][key];
        var c = narrowing ? (counts[key] || { aws: 0, customer: 0, shared: 0 })
          : { aws: td.written[0], customer: td.written[1], shared: td.written[2] };
        td.querySelector(".aws").textContent = c.aws;
        td.querySelector(".customer").textContent = c.customer;
        td.querySelector(".shared").textContent = Number(c.shared) > 0 ? "+" + c.shared : "";
        td.classList.toggle("none", Number(c.aws) + Number(c.customer) + Number(c.shared) === 0);
        var guide = key.slice(0, key.lastIndexOf("|"));
        var column = key.slice(key.lastIndexOf("|") + 1);
        td.classList.toggle("selected", !!s[dimension] && s[dimension] === column
          && !!s.service && td.parentNode.dataset.service === s.service && guide === td.parentNode.dataset.guide);
      });
    });
  }

  function apply() {
    var s = state();
    var text = s.text.toLowerCase();
    var shown = 0;
    statements.forEach(function (li) {
      var ok = passes(li, s, text, {});
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    var filtering = s.party || s.modality || s.concept || s.measure || text;
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
    recount(s, text);
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

  // A link to a filtered view (a table cell, a summary count): filter, then show the first statement.
  Array.prototype.forEach.call(document.querySelectorAll("a[href^='#service=']"), function (a) {
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
