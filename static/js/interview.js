/* Mock interviews: countdown from the server's remaining seconds, progress bar, auto-advance in
   real mode, print button, focus after HTMX swaps. The server owns the clock: this only shows
   it, and a reload starts again from what the server says is left. Autosave is plain htmx
   attributes on the textarea (it swaps only #autosave-status, never the textarea). */
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var minutes = Math.floor(s / 60);
    var rest = s % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function startTimer(timer) {
    if (timer.dataset.started === "1") return;
    timer.dataset.started = "1";
    var remaining = parseFloat(timer.dataset.remaining || "0");
    var realMode = timer.dataset.realMode === "true";
    var bar = timer.querySelector(".timer-bar");
    var text = timer.querySelector(".timer-text");
    var over = timer.querySelector(".timer-over");
    var stage = timer.closest(".session-stage");
    var form = stage ? stage.querySelector(".answer-form") : null;
    var startedAt = performance.now();
    var submitted = false;

    function tick() {
      if (!document.body.contains(timer)) {
        window.clearInterval(interval);
        return;
      }
      var left = remaining - (performance.now() - startedAt) / 1000;
      if (bar) bar.value = Math.max(0, left);
      if (text) text.textContent = format(left);
      if (left <= 0) {
        timer.classList.add("is-over");
        if (over) over.hidden = false;
        if (realMode && form && !submitted) {
          submitted = true;
          window.clearInterval(interval);
          if (form.requestSubmit) form.requestSubmit();
          else form.submit();
        }
      }
    }
    var interval = window.setInterval(tick, 250);
    tick();
  }

  function init(root) {
    root.querySelectorAll(".timer[data-remaining]").forEach(startTimer);
    root.querySelectorAll("[data-print]").forEach(function (button) {
      if (button.dataset.bound === "1") return;
      button.dataset.bound = "1";
      button.addEventListener("click", function () { window.print(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });

  // htmx fires htmx:load on every piece of content it swaps in.
  document.addEventListener("htmx:load", function (event) {
    var element = event.target;
    if (!(element instanceof Element)) return;
    init(element);
    if (element.id === "session-stage" || element.id === "review-stage") {
      var heading = element.querySelector(".stage-heading");
      if (heading) heading.focus();
    }
  });
})();
