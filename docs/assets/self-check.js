/* The archetype self-check (docs/archetypes/self-check.md), scored in the browser.
 *
 * Each answer carries its weights (data-weights="solver:2 right-hand:1"); the
 * closest archetypes are those with the most points, as macros/self_check.py
 * computes them for the build's checks. The result names them with the reason
 * and page link the build put in the hidden .self-check__data section, and
 * suggests three stories from it: those matching the most of the closest
 * archetypes, the book's assignments before people's own words.
 *
 * Nothing is sent anywhere. The answers go into the address (?answers=3142...,
 * one digit per question, "-" for none) only so the result can be shared;
 * loading such an address restores it. Runs through Material's `document$`.
 */
(function () {
  "use strict";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function listing(names) {
    if (names.length < 2) return names.join("");
    return names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  function weightsOf(input) {
    var weights = {};
    (input.getAttribute("data-weights") || "").split(/\s+/).forEach(function (pair) {
      var parts = pair.split(":");
      if (parts.length === 2) weights[parts[0]] = Number(parts[1]);
    });
    return weights;
  }

  function setup(form) {
    var questions = Array.prototype.map.call(form.querySelectorAll(".self-check__question"), function (fieldset) {
      return { fieldset: fieldset, inputs: Array.prototype.slice.call(fieldset.querySelectorAll("input[type=radio]")) };
    });
    var archetypes = Array.prototype.map.call(document.querySelectorAll(".self-check__data a[data-archetype]"), function (link) {
      var reason = link.parentElement.querySelector(".self-check__reason");
      return { id: link.getAttribute("data-archetype"), title: link.textContent.trim(), href: link.href, reason: reason ? reason.textContent.trim() : "" };
    });
    var stories = Array.prototype.map.call(document.querySelectorAll(".self-check__data a[data-archetypes]"), function (link, index) {
      return { archetypes: link.getAttribute("data-archetypes").split(/\s+/), book: link.getAttribute("data-source") === "book", item: link.parentElement, index: index };
    });
    var progress = form.querySelector(".self-check__progress");
    var actions = form.querySelector(".self-check__actions");
    var result = document.querySelector(".self-check__result");
    var shown = false;

    function choices() {
      return questions.map(function (question) {
        var checked = question.inputs.filter(function (input) { return input.checked; })[0];
        return checked || null;
      });
    }

    function encode() {
      return choices().map(function (input) { return input ? input.value : "-"; }).join("");
    }

    function restore() {
      var code = new URLSearchParams(window.location.search).get("answers") || "";
      questions.forEach(function (question, index) {
        question.inputs.forEach(function (input) { input.checked = input.value === code.charAt(index); });
      });
    }

    function remember(code) {
      var params = new URLSearchParams(window.location.search);
      if (code) params.set("answers", code); else params.delete("answers");
      var query = params.toString();
      window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    function unanswered() {
      return choices().map(function (input, index) { return input ? null : index; }).filter(function (i) { return i !== null; });
    }

    function showProgress() {
      var missing = unanswered();
      var done = questions.length - missing.length;
      progress.textContent = missing.length
        ? done + " of " + questions.length + " questions answered."
        : "All " + questions.length + " questions answered.";
    }

    function score() {
      var totals = {};
      var strongest = {};
      archetypes.forEach(function (a) { totals[a.id] = 0; strongest[a.id] = []; });
      choices().forEach(function (input, index) {
        if (!input) return;
        var weights = weightsOf(input);
        var top = Math.max.apply(null, Object.keys(weights).map(function (k) { return weights[k]; }));
        Object.keys(weights).forEach(function (id) {
          if (!(id in totals)) return;
          totals[id] += weights[id];
          if (weights[id] === top && weights[id] >= 2) strongest[id].push(index + 1);
        });
      });
      var best = Math.max.apply(null, archetypes.map(function (a) { return totals[a.id]; }));
      return {
        totals: totals,
        strongest: strongest,
        closest: best > 0 ? archetypes.filter(function (a) { return totals[a.id] === best; }) : []
      };
    }

    function suggestions(closest) {
      var ids = closest.map(function (a) { return a.id; });
      return stories
        .map(function (story) {
          return { story: story, shared: story.archetypes.filter(function (id) { return ids.indexOf(id) >= 0; }).length };
        })
        .filter(function (entry) { return entry.shared > 0; })
        .sort(function (x, y) {
          return (y.shared - x.shared) || ((y.story.book ? 1 : 0) - (x.story.book ? 1 : 0)) || (x.story.index - y.story.index);
        })
        .slice(0, 3)
        .map(function (entry) { return entry.story; });
    }

    function render(focus) {
      var outcome = score();
      var closest = outcome.closest;
      result.textContent = "";
      if (!closest.length) return;
      var names = closest.map(function (a) { return a.title; });
      var box = element("section", "self-check__outcome");
      var heading = element("h2", null, (closest.length > 1 ? "Your closest archetypes: " : "Your closest archetype: ") + listing(names));
      heading.id = "your-result";
      heading.tabIndex = -1;
      box.appendChild(heading);
      if (closest.length > 1) {
        box.appendChild(element("p", null, "Your answers point equally to " + listing(names) + "; read both pages and see which one describes the work you want."));
      }
      closest.forEach(function (archetype) {
        var paragraph = element("p", null, archetype.reason + " ");
        var questionsFor = outcome.strongest[archetype.id];
        if (questionsFor.length === questions.length) {
          paragraph.appendChild(document.createTextNode("Every one of your answers pointed there. "));
        } else if (questionsFor.length) {
          paragraph.appendChild(document.createTextNode(
            (questionsFor.length > 1 ? "Questions " : "Question ") + listing(questionsFor.map(String)) +
            " pointed there most strongly. "));
        }
        var link = element("a", null, "Read about the " + archetype.title);
        link.href = archetype.href;
        paragraph.appendChild(link);
        box.appendChild(paragraph);
      });
      box.appendChild(element("p", "self-check__totals", "Points: " + archetypes.map(function (a) {
        return a.title + " " + outcome.totals[a.id];
      }).join(", ") + "."));
      var picks = suggestions(closest);
      if (picks.length) {
        box.appendChild(element("h3", null, "Stories to read next"));
        var list = element("ul", "self-check__suggestions");
        picks.forEach(function (story) { list.appendChild(story.item.cloneNode(true)); });
        box.appendChild(list);
      }
      var share = element("p", "self-check__share", "To come back to this result or share it, use this page's address: ");
      var self = element("a", null, "link to this result");
      self.href = window.location.href;
      share.appendChild(self);
      share.appendChild(document.createTextNode(". It holds your answers and nothing else."));
      box.appendChild(share);
      box.appendChild(element("p", "self-check__note",
        "This is a reflection aid drawn from the book's advice on which archetype is right for you, not a test: " +
        "real roles blend, and the archetypes a company has room for matter as much as your preference."));
      result.appendChild(box);
      shown = true;
      if (focus) heading.focus();
    }

    form.addEventListener("change", function () {
      showProgress();
      if (shown || !unanswered().length) {
        remember(encode());
        if (!unanswered().length) render(false);
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var missing = unanswered();
      if (missing.length) {
        progress.textContent = "Answer " + (missing.length === 1 ? "question " : "questions ") +
          listing(missing.map(function (i) { return String(i + 1); })) + " first.";
        questions[missing[0]].inputs[0].focus();
        return;
      }
      remember(encode());
      render(true);
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        result.textContent = "";
        shown = false;
        remember("");
        showProgress();
      }, 0);
    });

    restore();
    progress.hidden = false;
    actions.hidden = false;
    showProgress();
    if (!unanswered().length) render(false);
  }

  function init() {
    var form = document.querySelector("form.self-check[data-self-check]");
    if (!form || form.getAttribute("data-ready") || !window.URLSearchParams) return;
    form.setAttribute("data-ready", "true");
    setup(form);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
