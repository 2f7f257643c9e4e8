/* Ladder views (docs/ladders/). Two small additions; each page works without them:
 *
 * 1. A link to a level, cell or comparison that sits in a tab other than the
 *    open one opens that tab (Material only does this for a tab's own id).
 * 2. A picker for any two levels of a ladder, built from the cells already on
 *    the page; the choice goes into the URL (?compare=staff..principal) so it
 *    can be shared. It takes the place of the pre-rendered comparisons of
 *    neighboring levels, which is what a reader without JavaScript gets; a
 *    link to one of those (#compare-staff-principal) selects that pair.
 *
 * Initialized through Material's `document$` observable, so it also runs after
 * instant navigation.
 */
(function () {
  "use strict";

  /* Open every tab that encloses the element with `id`; true if one changed. */
  function openTabsAround(id) {
    var target = id && document.getElementById(id);
    var block = target ? target.closest(".tabbed-block") : null;
    var changed = false;
    while (block) {
      var set = block.closest(".tabbed-set");
      var blocks = Array.prototype.slice.call(block.parentElement.children);
      var input = set.querySelectorAll(":scope > input")[blocks.indexOf(block)];
      if (input && !input.checked) {
        input.click();
        changed = true;
      }
      block = set.parentElement ? set.parentElement.closest(".tabbed-block") : null;
    }
    return changed;
  }

  /* The pickers on the page, each a function(fromId, toId) that shows a pair. */
  var pickers = [];

  function revealHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var comparison = target ? target.closest(".ladder-compare[data-from]") : null;
    var hidden = comparison ? comparison.closest(".ladder-prerendered[hidden]") : null;
    if (hidden && pickers.length) {
      pickers.forEach(function (show) {
        show(comparison.getAttribute("data-from"), comparison.getAttribute("data-to"));
      });
    } else if (openTabsAround(id)) {
      target.scrollIntoView();
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function describe(option) {
    return {
      id: option.value,
      title: option.textContent.trim(),
      track: option.getAttribute("data-track"),
      order: Number(option.getAttribute("data-order"))
    };
  }

  /* A copy of a level's cell for one side of a comparison, without ids. */
  function side(level, dimension, isHigher, markNew) {
    var box = element("div", "ladder-side" + (isHigher && markNew ? " ladder-side--higher" : ""));
    box.appendChild(element("p", "ladder-side__title", level.title));
    var cell = document.getElementById(level.id + "-" + dimension);
    if (!cell) return box;
    var copy = cell.cloneNode(true);
    copy.querySelectorAll(".ladder-cell__title").forEach(function (node) { node.remove(); });
    if (!markNew || !isHigher) {
      copy.querySelectorAll(".ladder-new").forEach(function (node) { node.remove(); });
    }
    /* Like the pre-rendered comparisons: the first list, then a link to the rest. */
    var labels = copy.querySelectorAll(".ladder-cell__label");
    Array.prototype.slice.call(labels, 1).forEach(function (label) {
      var list = label.nextElementSibling;
      if (list && list.tagName === "UL") list.remove();
      label.remove();
    });
    copy.querySelectorAll(".ladder-cell__label--expectations").forEach(function (node) { node.remove(); });
    var synthesis = copy.querySelector(".ladder-cell__source--synthesis") !== null;
    copy.querySelectorAll(".ladder-cell__source, .ladder-cell__stories").forEach(function (node) { node.remove(); });
    copy.querySelectorAll("[id]").forEach(function (node) { node.removeAttribute("id"); });
    while (copy.firstChild) box.appendChild(copy.firstChild);
    if (!cell.classList.contains("ladder-cell--empty")) {
      var link = element("a", null, "See the full cell" + (synthesis ? ", partly our own reading" : ""));
      link.href = "#" + level.id + "-" + dimension;
      box.appendChild(element("p", "ladder-cell__more")).appendChild(link);
    }
    return box;
  }

  /* The pre-rendered comparisons (tabs of .ladder-compare blocks and their
     group labels) give way to the picker. */
  function hidePrerendered(container) {
    container.querySelectorAll(".ladder-compare__group").forEach(function (node) { node.hidden = true; });
    container.querySelectorAll(".tabbed-set").forEach(function (set) {
      if (set.querySelector(".ladder-compare")) {
        set.hidden = true;
        set.classList.add("ladder-prerendered");
      }
    });
  }

  function mountPicker(form) {
    if (form.getAttribute("data-mounted")) return;
    form.setAttribute("data-mounted", "true");
    var dimensions = form.getAttribute("data-dimensions").split(" ");
    var from = form.elements.from;
    var to = form.elements.to;
    var options = Array.prototype.map.call(from.options, describe);
    var result = element("div", "ladder-picked");
    result.id = "compare-picked";
    result.setAttribute("aria-live", "polite");
    form.after(result);

    function render(updateUrl) {
      var a = describe(from.selectedOptions[0]);
      var b = describe(to.selectedOptions[0]);
      result.replaceChildren();
      if (a.id === b.id) {
        result.appendChild(element("p", "ladder-picked__heading", "Pick two different levels."));
        return;
      }
      var sameTrack = a.track === b.track;
      if (sameTrack && a.order > b.order) {
        var swap = a; a = b; b = swap;
      }
      /* On one track, the steps between the two levels are what is new. */
      var between = options.filter(function (level) {
        return sameTrack && level.track === a.track && level.order > a.order && level.order < b.order;
      }).sort(function (x, y) { return x.order - y.order; });
      result.appendChild(element("p", "ladder-picked__heading",
        a.title + (sameTrack ? " → " : " ↔ ") + b.title));
      dimensions.forEach(function (dimension) {
        var cell = document.getElementById(a.id + "-" + dimension);
        var title = cell ? cell.querySelector(".ladder-cell__title") : null;
        result.appendChild(element("p", "ladder-compare__dimension", title ? title.textContent.trim() : dimension));
        var pair = element("div", "ladder-pair");
        pair.appendChild(side(a, dimension, false, sameTrack));
        var higher = side(b, dimension, true, sameTrack);
        var anchor = higher.children[1] || null;
        between.forEach(function (level) {
          var step = document.getElementById(level.id + "-" + dimension);
          var note = step ? step.querySelector(".ladder-new") : null;
          if (note) higher.insertBefore(note.cloneNode(true), anchor);
        });
        pair.appendChild(higher);
        result.appendChild(pair);
      });
      if (updateUrl) {
        var url = new URL(window.location.href);
        url.searchParams.set("compare", a.id + ".." + b.id);
        url.hash = "compare-picked";
        window.history.replaceState(window.history.state, "", url.toString());
      }
    }

    var ids = options.map(function (level) { return level.id; });
    function show(fromId, toId) {
      if (ids.indexOf(fromId) < 0 || ids.indexOf(toId) < 0) return false;
      from.value = fromId;
      to.value = toId;
      render(false);
      result.scrollIntoView();
      return true;
    }
    var wanted = (new URL(window.location.href).searchParams.get("compare") || "").split("..");
    from.addEventListener("change", function () { render(true); });
    to.addEventListener("change", function () { render(true); });
    hidePrerendered(form.parentElement);
    form.hidden = false;
    if (!show(wanted[0], wanted[1])) {
      from.value = ids[0];
      to.value = ids[1];
      render(false);
    }
    pickers.push(show);
  }

  function init() {
    pickers = [];
    document.querySelectorAll("form.ladder-picker").forEach(mountPicker);
    revealHash();
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
  window.addEventListener("hashchange", revealHash);
})();
