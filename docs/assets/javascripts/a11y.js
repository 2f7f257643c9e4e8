/* Accessibility (issue 7): a row of content-tab labels that overflows and
   scrolls sideways gets a Tab stop, so keyboard users can scroll it (axe-core's
   scrollable-region-focusable). Rows that fit stay out of the Tab order. */
(function () {
  function update() {
    document.querySelectorAll(".tabbed-labels").forEach(function (row) {
      if (row.scrollWidth > row.clientWidth + 1) {
        row.tabIndex = 0;
        row.setAttribute("aria-label", "Tabs (scroll sideways)");
      } else if (row.hasAttribute("tabindex")) {
        row.removeAttribute("tabindex");
        row.removeAttribute("aria-label");
      }
    });
  }
  window.addEventListener("load", update);
  window.addEventListener("resize", update);
})();
