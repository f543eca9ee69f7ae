// Keyboard shortcuts for the review queue (optional: every action also works without script).
// j / k: next / previous text; g: approve the text in focus; a: edit; t: withhold (reason field).
(function () {
  "use strict";
  function texts() { return Array.prototype.slice.call(document.querySelectorAll("article.tekst")); }
  function current() {
    var el = document.activeElement;
    while (el && !(el.classList && el.classList.contains("tekst"))) { el = el.parentElement; }
    return el;
  }
  function move(step) {
    var list = texts();
    if (!list.length) { return; }
    var index = list.indexOf(current());
    var next = list[Math.max(0, Math.min(list.length - 1, index < 0 ? 0 : index + step))];
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) { return; }
    var article = current();
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (article && event.key === "g") {
      var approve = article.querySelector("[data-toets='g']");
      if (approve) { approve.click(); event.preventDefault(); }
    } else if (article && event.key === "a") {
      window.location.href = "/tekst/" + article.getAttribute("data-id") + "#kop-aanpassen";
      event.preventDefault();
    } else if (article && event.key === "t") {
      window.location.href = "/tekst/" + article.getAttribute("data-id") + "#reden";
      event.preventDefault();
    }
  });
  // Arriving at /#tekst-12 after a decision: put the keyboard focus on that text.
  if (window.location.hash.indexOf("#tekst-") === 0) {
    var target = document.getElementById(window.location.hash.slice(1));
    if (target) { target.focus(); }
  }
  // Arriving at /tekst/12#reden: focus the reason field.
  if (window.location.hash === "#reden") {
    var reason = document.getElementById("reden");
    if (reason) { reason.focus(); }
  }
})();
