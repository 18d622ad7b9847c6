/*
 * When a login ends while a page holds unsaved text (the 자소서 editor, a mock interview).
 *
 * The server answers an HTMX request without a valid login with 401 and
 * "X-Prep-Error: login-required" (prep.middleware.LoginRequiredAnswerMiddleware), never with
 * the login page. editor.js and interview.js then keep the text, call prepSignin.lapsed(), and
 * retry their save on every "prep-signin-check" event: when the candidate comes back to the
 * tab (after logging in in the new tab the notice links to) and every few seconds meanwhile.
 *
 * Logging in rotates the CSRF token, so every HTMX request carries the current token from the
 * csrftoken cookie rather than the one the page was rendered with.
 */
(function () {
  "use strict";

  const CHECK_EVERY_MS = 5000;
  let timer = null;

  function cookieToken() {
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    const token = cookieToken();
    if (!token) return;
    // base.html sends the token as "x-csrftoken" (hx-headers); Django reads a form's
    // csrfmiddlewaretoken field first, so both are brought up to date.
    event.detail.headers["x-csrftoken"] = token;
    const data = event.detail.formData;
    if (data && data.has("csrfmiddlewaretoken")) data.set("csrfmiddlewaretoken", token);
  });

  function notice() {
    return document.getElementById("signin-again");
  }

  function check() {
    document.dispatchEvent(new CustomEvent("prep-signin-check"));
  }

  function onVisible() {
    if (document.visibilityState === "visible") check();
  }

  function lapsed() {
    const element = notice();
    if (element) element.hidden = false;
    if (timer !== null) return;
    timer = window.setInterval(check, CHECK_EVERY_MS);
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", onVisible);
  }

  function restored() {
    const element = notice();
    if (element) element.hidden = true;
    if (timer === null) return;
    window.clearInterval(timer);
    timer = null;
    window.removeEventListener("focus", check);
    document.removeEventListener("visibilitychange", onVisible);
  }

  function isLoginRequired(xhr) {
    return Boolean(
      xhr &&
        (xhr.status === 401 || xhr.getResponseHeader("X-Prep-Error") === "login-required")
    );
  }

  function errorKind(xhr) {
    return (xhr && xhr.getResponseHeader("X-Prep-Error")) || "";
  }

  window.prepSignin = Object.freeze({
    lapsed: lapsed,
    restored: restored,
    isLoginRequired: isLoginRequired,
    errorKind: errorKind,
  });
})();
