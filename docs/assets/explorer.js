/* The story explorer on the stories page (docs/stories/index.md).
 *
 * Without JavaScript the page is the stories grouped by archetype. With it, the
 * filters (rendered hidden by overrides/snippets/story_explorer.md) appear above
 * that list; any filter replaces the grouped list with the matching stories,
 * read from the JSON the build writes beside the page (stories/explorer.json).
 * The filters live in the query string (?archetype=solver&year=2020), so a
 * filtered view can be shared, and loading such an address restores it.
 *
 * Initialized through Material's `document$` observable, so it also runs after
 * instant navigation.
 */
(function () {
  "use strict";

  var FILTERS = ["archetype", "company", "topic", "year"];

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function matches(story, filter) {
    return (!filter.archetype || story.archetypes.indexOf(filter.archetype) >= 0) &&
      (!filter.company || story.company_id === filter.company) &&
      (!filter.topic || story.topics.indexOf(filter.topic) >= 0) &&
      (!filter.year || story.year === filter.year);
  }

  /* The label of each option of a select, by value. */
  function labels(select) {
    var found = {};
    Array.prototype.forEach.call(select.options, function (option) {
      if (option.value) found[option.value] = option.textContent.trim();
    });
    return found;
  }

  function describe(story, archetypeLabels) {
    var item = element("li", "story-explorer__result");
    var link = element("a", null, story.name);
    link.href = story.href;
    item.appendChild(link);
    item.appendChild(document.createTextNode(": " + story.role + ", " + story.company + ", interviewed " + story.year));
    var placed = story.archetypes.filter(function (id) { return id !== "none"; });
    var note = placed.length
      ? placed.map(function (id) { return archetypeLabels[id] || id; }).join(" and ") +
        (story.archetype_source === "self" ? ", in their own words" : ", in the book's lists")
      : "Not assigned to an archetype";
    item.appendChild(element("span", "story-explorer__meta", note));
    return item;
  }

  function setup(form, data, source) {
    var selects = {};
    FILTERS.forEach(function (name) { selects[name] = form.elements[name]; });
    var archetypeLabels = labels(selects.archetype);
    var total = data.stories.length;
    var count = form.querySelector(".story-explorer__count");
    var results = document.querySelector(".story-explorer__results");
    var groups = document.querySelector(".story-groups");
    data.stories.forEach(function (story) { story.href = new URL(story.url, source).href; });

    function current() {
      var filter = {};
      FILTERS.forEach(function (name) { filter[name] = selects[name].value; });
      return filter;
    }

    function restore() {
      var params = new URLSearchParams(window.location.search);
      FILTERS.forEach(function (name) {
        var value = params.get(name) || "";
        var known = Array.prototype.some.call(selects[name].options, function (o) { return o.value === value; });
        selects[name].value = known ? value : "";
      });
    }

    function remember(filter) {
      var params = new URLSearchParams(window.location.search);
      FILTERS.forEach(function (name) {
        if (filter[name]) params.set(name, filter[name]); else params.delete(name);
      });
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      if (url !== window.location.pathname + window.location.search + window.location.hash) {
        window.history.replaceState(window.history.state, "", url);
      }
    }

    function update(save) {
      var filter = current();
      var active = FILTERS.some(function (name) { return filter[name]; });
      var found = data.stories.filter(function (story) { return matches(story, filter); });
      if (!active) {
        count.textContent = "All " + total + " stories, grouped by archetype below.";
      } else if (found.length) {
        count.textContent = found.length + " of " + total + (found.length === 1 ? " story matches." : " stories match.");
      } else {
        count.textContent = "No story matches these filters; clear one to see more.";
      }
      results.textContent = "";
      found.forEach(function (story) { results.appendChild(describe(story, archetypeLabels)); });
      results.hidden = !active || !found.length;
      if (groups) groups.hidden = active;
      form.querySelector(".story-explorer__clear").disabled = !active;
      if (save) remember(filter);
    }

    form.addEventListener("change", function () { update(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { update(true); }, 0); /* after the browser resets the values */
    });
    window.addEventListener("popstate", function () {
      if (form.isConnected) { restore(); update(false); }
    });
    restore();
    form.hidden = false;
    update(false);
  }

  function init() {
    var form = document.querySelector("form.story-explorer[data-explorer]");
    if (!form || form.getAttribute("data-ready") || !window.fetch || !window.URLSearchParams) return;
    form.setAttribute("data-ready", "true");
    var source = new URL(form.getAttribute("data-explorer"), window.location.href);
    window.fetch(source.href)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + source.href);
        return response.json();
      })
      .then(function (data) { setup(form, data, source); })
      .catch(function () { /* keep the grouped list, which needs no script */ });
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
