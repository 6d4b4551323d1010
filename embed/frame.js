// The iframe option's page script (embed/frame.html, documented in docs/embedding.md).
//
// 1. Creates the page's one <cx-maturity> element from the query string: each supported
//    attribute given as a query parameter is copied verbatim (the element checks the values and
//    falls back to its defaults with a console warning, so nothing is checked here). This module
//    runs before cx-maturity.js defines the element, so the attributes are there when it upgrades.
//    It goes into the page's <main>: the framed page is a document of its own, whose content a
//    screen reader finds through its main landmark. A share link made in a widget opens this page
//    (docs/embedding.md) with `#result=<payload>`: that fragment is given to the element as its
//    `result` attribute (and `#team=<payload>`, a team link, as its `team` attribute). This page is the widget's own, so reading its address reads no host's.
// 2. Tells the framing page the document's height whenever it changes, up or down:
//      { type: "cx-maturity:height", height }           height in CSS pixels, a whole number
// 3. Forwards the element's completion event, so a framing host can still react to it:
//      { type: "cx-maturity:complete", detail }         detail as in the cx-maturity-complete event
// 4. Answers { type: "cx-maturity:measure" } from the framing page with a fresh height message,
//    for a host whose snippet started listening after the first one was sent.
//
// Messages go to the origin given as ?parent=https://host.example, or to "*" when none (or no
// valid http(s) origin) is given. A height is not private, so "*" is acceptable for it; the
// completion detail is only as private as the host made it (the answers are in it only with
// share-answers), and it goes to whichever page frames this one, which is the page that chose
// these parameters. Hosts should still give `parent`, and must give it with share-answers.

const ATTRIBUTES = ["model", "model-src", "theme", "accent", "font", "cta-label", "cta-url", "namespace", "compact", "share-answers", "share-url"];

const params = new URLSearchParams(location.search);

/** The origin of `value` if it is an http(s) URL, else null. */
function httpOrigin(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

const parentOrigin = httpOrigin(params.get("parent"));
if (params.has("parent") && !parentOrigin) {
  console.warn(`cx-maturity frame: parent="${params.get("parent")}" is not an http(s) origin; messages go to "*".`);
}

// A relative cta-url means a page on the host's site, not on this frame's: it is made absolute
// against the parent origin, and without one it cannot be resolved, so it is dropped.
const ctaUrl = params.get("cta-url");
if (ctaUrl !== null && !/^(https?:|mailto:)/i.test(ctaUrl.trim())) {
  if (parentOrigin && !ctaUrl.includes("\\")) {
    params.set("cta-url", new URL(ctaUrl.trim(), parentOrigin + "/").href);
  } else {
    console.warn("cx-maturity frame: a relative cta-url needs ?parent=<the host's origin>; no call to action is shown.");
    params.delete("cta-url");
    params.delete("cta-label");
  }
}

const widget = document.createElement("cx-maturity");
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
const shared = /^#(result|team)=(.+)$/.exec(location.hash);
if (shared) widget.setAttribute(shared[1], shared[2]);
document.querySelector("main").append(widget);
const shareAnswers = params.get("share-answers");
if (shareAnswers !== null && shareAnswers.toLowerCase() !== "false" && !parentOrigin) {
  console.warn('cx-maturity frame: share-answers without a parent origin; the answers are posted to "*".');
}

const framed = window.parent !== window;

function post(message) {
  if (!framed) return;
  const target = parentOrigin || "*";
  try {
    window.parent.postMessage(message, target);
  } catch {
    // Something in the message could not be cloned: send its JSON form instead.
    window.parent.postMessage(JSON.parse(JSON.stringify(message)), target);
  }
}

/**
 * The document's content height. Not `scrollHeight`, which never drops below the iframe's own
 * height and so would never let it shrink. A horizontal scrollbar, if the content has one, is
 * added, so it does not cover the last line.
 */
function contentHeight() {
  const root = document.documentElement;
  const scrollbar = Math.max(0, window.innerHeight - root.clientHeight);
  return Math.ceil(root.getBoundingClientRect().height + scrollbar);
}

/**
 * How long a smaller height must hold before it is reported (ms). A new screen can be shorter for
 * a moment before its body is filled in; reporting that would shrink the iframe and make the
 * host page jump (and lose its scroll position) only to grow it again. Growth is reported at once,
 * so nothing is ever cut off.
 */
const SHRINK_DELAY = 150;

let reported = 0;
let shrinking = null;

function send(height) {
  clearTimeout(shrinking);
  shrinking = null;
  reported = height;
  post({ type: "cx-maturity:height", height });
}

/** Reports the height if it changed; `now` reports it even if not, and a shrink without delay. */
function reportHeight(now = false) {
  const height = contentHeight();
  if (height === 0) return; // nothing shown yet
  if (now || height > reported) {
    send(height);
  } else if (height < reported && shrinking === null) {
    shrinking = setTimeout(() => {
      shrinking = null;
      const settled = contentHeight();
      if (settled > 0 && settled !== reported) send(settled);
    }, SHRINK_DELAY);
  }
}

if (framed) {
  const observer = new ResizeObserver(() => reportHeight());
  observer.observe(document.documentElement);
  observer.observe(widget);
  // Chrome does not render a cross-origin iframe that is out of view (below the fold, say), and
  // a ResizeObserver only reports when its page renders. So every change to the widget's DOM is
  // measured too: mutation records arrive whether or not the page renders, and measuring then
  // lays the page out. The element's shadow root exists once cx-maturity.js has defined it.
  const changes = new MutationObserver(() => reportHeight());
  const watch = { subtree: true, childList: true, attributes: true, characterData: true };
  changes.observe(widget, watch);
  customElements.whenDefined("cx-maturity").then(() => {
    if (widget.shadowRoot) changes.observe(widget.shadowRoot, watch);
    reportHeight();
  });
  // A host that resizes the iframe's width changes where lines break; a web font changes them too.
  window.addEventListener("resize", () => reportHeight());
  document.fonts?.addEventListener("loadingdone", () => reportHeight());
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    if (event.data && event.data.type === "cx-maturity:measure") reportHeight(true);
  });
}

widget.addEventListener("cx-maturity-complete", (event) => {
  post({ type: "cx-maturity:complete", detail: event.detail });
});
