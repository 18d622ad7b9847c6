/* Mock interviews: countdown from the server's remaining seconds, progress bar, auto-advance in
   real mode, print button, focus after HTMX swaps. The server owns the clock: this only shows
   it, and a reload starts again from what the server says is left. Autosave is plain htmx
   attributes on the textarea (it swaps only #autosave-status, never the textarea); this file
   watches it: only the server's "answer-saved" (HX-Trigger) counts as saved, leaving with
   unsaved words asks first, and when the login has ended (401) the answer stays on the page,
   the candidate is offered a new-tab login (signin.js) and the answer is saved as soon as the
   login is back. */
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

  var editSeq = 0; // bumped on every keystroke in the answer box
  var sentSeq = 0; // the edit the autosave in flight carries
  var savedSeq = 0; // the newest edit the server has stored
  var signedOut = false;
  var leaving = false;

  function answerBox() {
    return document.querySelector(".answer-form .answer-box");
  }

  function answerForm() {
    return document.querySelector(".answer-form");
  }

  function formMessage(name) {
    var form = answerForm();
    return (form && form.dataset["msg" + name]) || "";
  }

  function setAutosaveStatus(text) {
    var status = document.getElementById("autosave-status");
    if (status) status.textContent = text;
  }

  function dirty() {
    return editSeq > savedSeq;
  }

  function hasTrigger(xhr, name) {
    return ((xhr && xhr.getResponseHeader("HX-Trigger")) || "").indexOf(name) !== -1;
  }

  document.addEventListener("input", function (event) {
    if (event.target === answerBox()) editSeq += 1;
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt === answerBox()) {
      sentSeq = editSeq;
      setAutosaveStatus(formMessage("Saving"));
    } else if (event.detail.elt === answerForm()) {
      leaving = true;
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var source = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    var xhr = event.detail.xhr;
    // An autosave's only 2xx is our status line; anything else (a login page reached through a
    // redirect, a proxy's page) must not land in the page.
    if (source === answerBox() && xhr.status < 300 && !hasTrigger(xhr, "answer-saved")) {
      var ours = String(xhr.responseText || "").indexOf('id="autosave-status"') !== -1;
      if (!ours) event.detail.shouldSwap = false;
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var elt = event.detail.elt;
    var xhr = event.detail.xhr;
    var isAutosave = elt === answerBox();
    if (!isAutosave && elt !== answerForm()) return;
    if (isAutosave && hasTrigger(xhr, "answer-saved")) {
      savedSeq = Math.max(savedSeq, sentSeq);
      if (signedOut) {
        signedOut = false;
        window.prepSignin.restored();
      }
      return;
    }
    if (!isAutosave && xhr && xhr.status >= 200 && xhr.status < 300) {
      // The answer went in: the next question replaced the form.
      savedSeq = editSeq;
      leaving = false;
      return;
    }
    leaving = false;
    if (window.prepSignin.isLoginRequired(xhr)) {
      signedOut = true;
      setAutosaveStatus(formMessage(isAutosave ? "SignedOut" : "NotSent"));
      window.prepSignin.lapsed();
      return;
    }
    var status = xhr ? xhr.status : 0;
    if (status >= 400 && status < 500) {
      setAutosaveStatus(formMessage("Refused").replace("{code}", String(status)));
    } else if (status === 0 || status >= 500) {
      setAutosaveStatus(formMessage("Retrying"));
      window.setTimeout(function () {
        var box = answerBox();
        if (box && dirty()) window.htmx.trigger(box, "prep-retry");
      }, 3000);
    }
  });

  document.addEventListener("prep-signin-check", function () {
    var box = answerBox();
    if (signedOut && box && window.htmx) window.htmx.trigger(box, "prep-retry");
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !dirty()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  document.addEventListener("submit", function (event) {
    if (event.target === answerForm()) leaving = true;
  });

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
