/* Spoken answers: records with MediaRecorder (Opus in WebM where the browser has it, MP4/AAC on
   Safari), shows a level meter and the elapsed time, and uploads the file to the question's
   recording URL. The server answers with the new #recording-panel; only that answer (its
   data-recording-saved marker or its error) counts, so a login page or a proxy error is never
   taken for "saved". Without MediaRecorder or microphone permission the panel stays a note and
   the typed answer works as before. Pressing 다음 while recording first finishes the upload. */
(function () {
  "use strict";

  var TYPES = [
    "audio/webm;codecs=opus",
    "audio/webm",
    "audio/mp4;codecs=mp4a.40.2",
    "audio/mp4",
    "audio/ogg;codecs=opus"
  ];
  var MAX_BYTES = 10 * 1024 * 1024;
  var active = null; // the one recording in progress on this page

  function supported() {
    return !!(window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  }

  function pickType() {
    if (!MediaRecorder.isTypeSupported) return "";
    for (var i = 0; i < TYPES.length; i++) {
      if (MediaRecorder.isTypeSupported(TYPES[i])) return TYPES[i];
    }
    return "";
  }

  function extension(type) {
    if (type.indexOf("mp4") !== -1) return "m4a";
    if (type.indexOf("ogg") !== -1) return "ogg";
    return "webm";
  }

  function format(ms) {
    var s = Math.floor(ms / 1000);
    var rest = s % 60;
    return Math.floor(s / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function status(panel, text) {
    var line = panel.querySelector(".recorder-status");
    if (line) line.textContent = text;
  }

  function replacePanel(panel, html) {
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var fresh = holder.querySelector("#recording-panel");
    if (!fresh) return false;
    if (document.body.contains(panel)) {
      panel.replaceWith(fresh);
      init(fresh.parentNode);
    }
    return fresh.dataset.recordingSaved === "1" || !!fresh.querySelector(".recording-error");
  }

  function upload(panel, blob, durationMs) {
    if (blob.size > MAX_BYTES) {
      status(panel, panel.dataset.msgTooBig);
      return Promise.resolve(false);
    }
    var token = panel.querySelector("input[name=csrfmiddlewaretoken]");
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token ? token.value : "");
    body.append("duration_ms", String(Math.round(durationMs)));
    body.append("recording", blob, "answer." + extension(blob.type));
    status(panel, panel.dataset.msgUploading);
    return fetch(panel.dataset.uploadUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "HX-Request": "true" }
    })
      .then(function (response) {
        if (!response.ok || response.redirected) throw new Error("not saved");
        return response.text();
      })
      .then(function (html) {
        if (!replacePanel(panel, html)) throw new Error("not saved");
        return true;
      })
      .catch(function () {
        status(panel, panel.dataset.msgFailed);
        offerRetry(panel, blob, durationMs);
        return false;
      });
  }

  function offerRetry(panel, blob, durationMs) {
    if (!document.body.contains(panel) || panel.querySelector(".recorder-retry")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary button-small recorder-retry";
    button.textContent = panel.dataset.msgRetry;
    button.addEventListener("click", function () {
      button.remove();
      upload(panel, blob, durationMs);
    });
    panel.querySelector(".recorder").appendChild(button);
  }

  function start(panel) {
    if (active) return;
    var startButton = panel.querySelector(".recorder-start");
    var stopButton = panel.querySelector(".recorder-stop");
    var elapsed = panel.querySelector(".recorder-elapsed");
    var meter = panel.querySelector(".recorder-level");
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var type = pickType();
      var recorder = new MediaRecorder(stream, type ? { mimeType: type, audioBitsPerSecond: 48000 } : {});
      var chunks = [];
      var began = performance.now();
      var context = window.AudioContext ? new AudioContext() : null;
      var analyser = null;
      var samples = null;
      if (context) {
        analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        samples = new Float32Array(analyser.fftSize);
        context.createMediaStreamSource(stream).connect(analyser);
      }
      var finished = new Promise(function (resolve) {
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          if (context) context.close();
          var blob = new Blob(chunks, { type: recorder.mimeType || type || "audio/webm" });
          resolve(upload(panel, blob, performance.now() - began));
        });
      });
      recorder.addEventListener("dataavailable", function (event) {
        if (event.data && event.data.size) chunks.push(event.data);
      });
      function frame() {
        if (!active || active.recorder !== recorder) return;
        elapsed.textContent = format(performance.now() - began);
        if (analyser) {
          analyser.getFloatTimeDomainData(samples);
          var sum = 0;
          for (var i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
          meter.value = Math.min(1, Math.sqrt(sum / samples.length) * 4);
        }
        window.requestAnimationFrame(frame);
      }
      active = { panel: panel, recorder: recorder, finished: finished };
      recorder.start(1000);
      startButton.hidden = true;
      stopButton.hidden = false;
      panel.classList.add("is-recording");
      status(panel, panel.dataset.msgRecording);
      frame();
    }).catch(function () {
      status(panel, panel.dataset.msgDenied);
    });
  }

  function stop() {
    if (!active) return Promise.resolve(true);
    var current = active;
    active = null;
    current.panel.classList.remove("is-recording");
    if (current.recorder.state !== "inactive") current.recorder.stop();
    return current.finished;
  }

  function init(root) {
    if (!supported()) return;
    root.querySelectorAll(".recording-panel").forEach(function (panel) {
      if (panel.dataset.bound === "1") return;
      panel.dataset.bound = "1";
      panel.querySelector(".recorder").hidden = false;
      panel.querySelector(".recorder-start").addEventListener("click", function () { start(panel); });
      panel.querySelector(".recorder-stop").addEventListener("click", function () { stop(); });
    });
  }

  // 다음 (or the real-mode timer) submits the answer: finish and upload the recording first,
  // then let the submission go on as it would have.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!active || !(form instanceof HTMLFormElement) || !form.classList.contains("answer-form")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop().then(function () {
      if (form.requestSubmit) form.requestSubmit();
      else form.submit();
    });
  }, true);

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) {
    if (event.target instanceof Element) init(event.target);
  });
})();
