/*
 * The 자소서 editor: live counts, autosave status, retries, conflict handling, copy.
 *
 * Autosave itself is declared in the page (hx-post on #editor-form with
 * hx-trigger="input changed delay:800ms, prep-retry" and hx-sync="this:queue last"); this file
 * only watches it:
 *   - counts the text on every input with window.prepCounting (counting.js), no round trip;
 *   - shows 저장 중 while a save is in flight (the server's reply then says 저장됨 HH:MM);
 *   - lets 409/422/429 replies swap (htmx 2 does not swap 4xx by default; base.html owns the
 *     htmx-config meta, so this is done per request in htmx:beforeSwap instead of through
 *     responseHandling);
 *   - counts a save as done only when the server says so (HX-Trigger: draft-saved): any other
 *     answer, even a 200 (a proxy's page, a login page), leaves the text unsaved;
 *   - gives every refusal a message that fits its cause (the X-Prep-Error header of our error
 *     pages names it); when the login has ended (401), keeps the text, offers to log in in a
 *     new tab (signin.js) and saves, version-checked, as soon as the login is back;
 *   - retries failed saves (network error, server restart, 5xx) with backoff from 1 s to 30 s;
 *   - pauses autosave while a conflict banner waits for the candidate's choice;
 *   - asks before leaving while anything typed is not yet saved.
 * Nothing is ever written to localStorage or sessionStorage: drafts are personal and computers
 * are shared.
 */
(function () {
  "use strict";

  const RETRY_FIRST_MS = 1000;
  const RETRY_MAX_MS = 30000;
  const RATE_LIMITED_MS = 10000;

  let editSeq = 0; // bumped on every edit
  let sentSeq = 0; // the edit the request in flight carries
  let savedSeq = 0; // the newest edit the server has stored
  let conflict = false;
  let leaving = false;
  let retryDelay = RETRY_FIRST_MS;
  let retryTimer = null;
  let signedOut = false;

  function editorForm() {
    return document.getElementById("editor-form");
  }

  function field(name) {
    const form = editorForm();
    return form ? form.elements.namedItem(name) : null;
  }

  function isEditorRequest(elt) {
    const form = editorForm();
    return Boolean(form && elt && (elt === form || form.contains(elt)));
  }

  function isCleanupRequest(elt) {
    return Boolean(elt && elt.getAttribute && elt.getAttribute("hx-include") === "#editor-form");
  }

  // The text as the server will store and count it (prep.coach.counting.stored_text through
  // prepare_text): the headline on its own line above the body.
  function cleanText() {
    const stored = window.prepCounting.storedText;
    const headline = stored(field("headline") ? field("headline").value : "", true);
    const body = stored(field("body") ? field("body").value : "", false);
    return {
      headline: headline.text,
      body: body.text,
      full: headline.text ? headline.text + "\n" + body.text : body.text,
      controls:
        headline.changes.indexOf("controls") !== -1 || body.changes.indexOf("controls") !== -1,
    };
  }

  function message(name) {
    const form = editorForm();
    return (form && form.dataset["msg" + name]) || "";
  }

  function setStatus(text, state) {
    const status = document.getElementById("save-status");
    if (!status) return;
    status.textContent = text;
    status.dataset.state = state;
    status.classList.toggle("save-status-error", state !== "saving" && state !== "saved");
  }

  function formatNumber(value) {
    return Number(value).toLocaleString("ko-KR");
  }

  function updateCounter() {
    const form = editorForm();
    const counter = document.getElementById("live-counter");
    if (!form || !counter || !window.prepCounting) return;
    const text = cleanText().full;
    const counts = window.prepCounting.countText(text);
    counter.querySelectorAll("[data-count]").forEach(function (element) {
      element.textContent = String(counts[element.dataset.count]);
    });
    const used = counter.querySelector('[data-live="used"]');
    const limit = form.dataset.limit ? Number(form.dataset.limit) : 0;
    if (!limit) {
      if (used) used.textContent = formatNumber(counts.characters);
      return;
    }
    const status = window.prepCounting.checkLimit(
      text,
      limit,
      form.dataset.rule,
      form.dataset.lineBreakWeight
    );
    if (used) used.textContent = formatNumber(status.used);
    const zone = counter.querySelector('[data-live="zone"]');
    if (zone) {
      zone.textContent = counter.dataset["label" + status.zone.charAt(0).toUpperCase() + status.zone.slice(1)];
      zone.className = "zone-label zone-" + status.zone;
    }
    const remaining = counter.querySelector('[data-live="remaining"]');
    if (remaining) {
      remaining.textContent =
        status.remaining >= 0
          ? counter.dataset.labelRemaining.replace("{n}", formatNumber(status.remaining))
          : counter.dataset.labelOverBy.replace("{n}", formatNumber(-status.remaining));
    }
    const bar = counter.querySelector('[data-live="bar"]');
    if (bar) {
      bar.setAttribute("width", Math.min(status.percent, 100).toFixed(1) + "%");
      bar.setAttribute("class", "limit-fill zone-" + status.zone);
    }
  }

  function bodyTooLong() {
    const form = editorForm();
    const cap = form ? Number(form.dataset.bodyMax) : 0;
    const body = cleanText().body;
    // Code points bound grapheme clusters from above, so the exact count is only needed near
    // the cap.
    return cap > 0 && body.length > cap && window.prepCounting.countText(body).characters > cap;
  }

  function dirty() {
    return editSeq > savedSeq;
  }

  function scheduleRetry(delay) {
    if (retryTimer !== null || !dirty() || conflict) return;
    retryTimer = window.setTimeout(function () {
      retryTimer = null;
      const form = editorForm();
      if (form && dirty()) window.htmx.trigger(form, "prep-retry");
    }, delay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }

  document.addEventListener("input", function (event) {
    if (!isEditorRequest(event.target)) return;
    editSeq += 1;
    updateCounter();
    const controls = document.getElementById("controls-notice");
    if (controls) controls.hidden = !cleanText().controls;
    if (bodyTooLong()) setStatus(message("TooLong"), "refused");
  });

  function savedByServer(xhr) {
    const trigger = (xhr && xhr.getResponseHeader("HX-Trigger")) || "";
    return trigger.indexOf("draft-saved") !== -1;
  }

  document.addEventListener("htmx:confirm", function (event) {
    if (!isEditorRequest(event.detail.elt) || event.detail.elt !== editorForm()) return;
    if (conflict) {
      event.preventDefault();
      return;
    }
    if (bodyTooLong()) {
      // Never send what the server must refuse; the last saved text stays intact there.
      event.preventDefault();
      setStatus(message("TooLong"), "refused");
    }
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt !== editorForm()) return;
    sentSeq = editSeq;
    setStatus(message("Saving"), "saving");
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    const xhr = event.detail.xhr;
    // This event fires on the swap target; the element that sent the request is in requestConfig.
    const source = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    if (!isEditorRequest(source) && !isCleanupRequest(source)) return;
    if (xhr.status >= 200 && xhr.status < 300 && !savedByServer(xhr)) {
      // Not our answer (a login page reached through a redirect, a proxy's page): never swap
      // it into the editor.
      event.detail.shouldSwap = false;
      return;
    }
    if ([400, 409, 413, 422, 429].indexOf(xhr.status) === -1) return;
    // Only our own status partials; Django's generic 400/413 page must not land in the editor.
    const ours = String(xhr.responseText || "").indexOf('id="save-status"') !== -1;
    event.detail.shouldSwap = ours;
    event.detail.isError = false;
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    const elt = event.detail.elt;
    const cleanup = isCleanupRequest(elt);
    if (elt !== editorForm() && !cleanup && !isEditorRequest(elt)) return;
    const xhr = event.detail.xhr;
    const status = xhr ? xhr.status : 0;
    const kind = window.prepSignin.errorKind(xhr);
    if (savedByServer(xhr)) {
      savedSeq = Math.max(savedSeq, cleanup ? editSeq : sentSeq);
      retryDelay = RETRY_FIRST_MS;
      if (signedOut) {
        signedOut = false;
        window.prepSignin.restored();
      }
      if (cleanup) updateCounter();
      return;
    }
    if (window.prepSignin.isLoginRequired(xhr)) {
      // Keep the text and the unsaved flag; save again once the login is back.
      signedOut = true;
      setStatus(message("SignedOut"), "failed");
      window.prepSignin.lapsed();
      return;
    }
    if (status === 409) {
      conflict = true;
      return;
    }
    if (status === 422) return; // our status partial, already swapped, says why
    if (status === 413) {
      setStatus(message("TooBig"), "refused");
      return;
    }
    if (status === 429) {
      scheduleRetry(RATE_LIMITED_MS);
      return;
    }
    if (status === 403 && kind === "csrf") {
      // The token changed (a login or logout in another tab): signin.js sends the new one.
      setStatus(message("Retrying"), "failed");
      scheduleRetry(RETRY_FIRST_MS);
      return;
    }
    if (status === 400) {
      // Our own status partial (a malformed save) has been swapped in; an unreadable request
      // gets the site's 400 page, which must not land in the editor.
      if (kind) setStatus(message("BadRequest"), "refused");
      return;
    }
    if (status === 403 || status === 404) {
      setStatus(message(status === 404 ? "Gone" : "Forbidden"), "refused");
      return;
    }
    if (status >= 400 && status < 500) {
      setStatus(message("Refused").replace("{code}", String(status)), "refused");
      return;
    }
    // 0: the request never reached the server (offline, server restarting); 5xx; or a 2xx
    // that is not our "saved" (a captive portal, a proxy's page): not saved, try again.
    setStatus(navigator.onLine === false ? message("Offline") : message("Retrying"), "failed");
    scheduleRetry(retryDelay);
  });

  document.addEventListener("prep-signin-check", function () {
    const form = editorForm();
    if (signedOut && form && dirty() && !conflict) window.htmx.trigger(form, "prep-retry");
  });

  window.addEventListener("online", function () {
    if (retryTimer !== null) {
      window.clearTimeout(retryTimer);
      retryTimer = null;
    }
    retryDelay = RETRY_FIRST_MS;
    scheduleRetry(0);
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !dirty()) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = "";
  });

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form.id === "resolve-form") {
      // The candidate may have typed on after the conflict: send the newest text as "mine".
      const text = cleanText();
      form.elements.namedItem("mine_headline").value = text.headline;
      form.elements.namedItem("mine_body").value = text.body;
      leaving = true;
    } else if (form === editorForm()) {
      // A plain submit (the 저장 button) posts the text itself.
      leaving = true;
    }
  });

  function copyText() {
    const text = cleanText().full;
    const status = document.getElementById("copy-status");
    function fallback() {
      const details = document.getElementById("copy-fallback");
      const area = document.getElementById("copy-fallback-text");
      if (details) details.open = true;
      if (area) {
        area.value = text;
        area.focus();
        area.select();
      }
      if (status) status.textContent = message("CopyFailed");
    }
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(text).then(function () {
      if (status) status.textContent = message("Copied");
    }, fallback);
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest && event.target.closest("#copy-text");
    if (button) copyText();
  });

  function init() {
    const copy = document.getElementById("copy-text");
    if (copy) copy.hidden = false;
    updateCounter();
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.elt && event.detail.elt.id === "editor-form") init();
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
