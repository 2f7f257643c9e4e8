/* The 404 page: suggest the pages whose address is closest to the one the
   reader asked for. The page list comes from the build (overrides/404.html);
   nothing leaves the browser. Similarity is the Dice coefficient of letter
   pairs between the last words of the missing path and each page's address and
   title, which tolerates typos ("michele-bu"), missing letters and plurals. */
(function () {
  "use strict";

  function pairs(text) {
    var clean = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    var result = [];
    clean.split(" ").forEach(function (word) {
      var padded = " " + word + " ";
      for (var i = 0; i < padded.length - 1; i++) result.push(padded.slice(i, i + 2));
    });
    return result;
  }

  function dice(a, b) {
    if (!a.length || !b.length) return 0;
    var counts = {};
    a.forEach(function (p) { counts[p] = (counts[p] || 0) + 1; });
    var shared = 0;
    b.forEach(function (p) {
      if (counts[p]) { shared += 1; counts[p] -= 1; }
    });
    return (2 * shared) / (a.length + b.length);
  }

  function lastWords(path) {
    var parts = decodeURIComponent(path).split("/").filter(Boolean);
    var last = parts.length ? parts[parts.length - 1].replace(/\.html?$/, "") : "";
    return { last: last, section: parts.length > 1 ? parts[parts.length - 2] : "" };
  }

  function suggest() {
    var data = document.getElementById("not-found-pages");
    var box = document.querySelector(".not-found-suggestions");
    if (!data || !box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var pages = JSON.parse(data.textContent || "[]");
    var wanted = lastWords(location.pathname);
    if (!wanted.last) return;
    var target = pairs(wanted.last);
    var scored = pages.map(function (page) {
      var slug = lastWords(page.url);
      var score = Math.max(dice(target, pairs(slug.last)), dice(target, pairs(page.title)));
      if (wanted.section && slug.section === wanted.section) score += 0.05;
      return { page: page, score: score };
    }).filter(function (item) { return item.score >= 0.35; });
    scored.sort(function (a, b) { return b.score - a.score; });
    var list = box.querySelector(".not-found-list");
    scored.slice(0, 5).forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.page.url;
      a.textContent = item.page.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    if (list.children.length) box.hidden = false;
    var search = document.querySelector(".not-found-search");
    var link = search && search.querySelector("a");
    if (link) {
      link.href = link.getAttribute("href") + "?q=" + encodeURIComponent(wanted.last.replace(/[-_]+/g, " "));
      link.textContent = "Search the site for \u201c" + wanted.last.replace(/[-_]+/g, " ") + "\u201d";
      search.hidden = false;
    }
  }

  if (typeof document$ !== "undefined") document$.subscribe(suggest);
  else document.addEventListener("DOMContentLoaded", suggest);
  suggest();
})();
