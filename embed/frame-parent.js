// The host page's side of the cx-maturity iframe option (docs/embedding.md). Include it once on
// a page with one or more
//   <iframe data-cx-maturity src="https://widgets.example/cx/embed/frame.html?parent=https://www.host.example"
//           title="CX maturity self-assessment"></iframe>
// as <script type="module" src="/js/frame-parent.js"></script> (a file on the host's own site, so
// `script-src 'self'` allows it; it has no imports or exports, so a classic <script> or a bundle
// works as well). Iframes added later are handled too.
//
// It accepts a message only when it comes from one of those iframes' windows (event.source) AND
// from the origin of that iframe's src (event.origin); anything else on the page's message
// channel is ignored. Then:
//   { type: "cx-maturity:height", height }  sets the iframe's height (a finite number > 0, in CSS
//                                           pixels, at most 50000), growing or shrinking it;
//   { type: "cx-maturity:complete", detail } dispatches a `cx-maturity-complete` CustomEvent with
//                                           that detail on the iframe (bubbles, composed), the
//                                           same event name the <cx-maturity> element uses.
// It sends only { type: "cx-maturity:measure" } to a framed widget that may have reported its
// height before this script listened, so the widget reports it again.
(() => {
  const INSTALLED = Symbol.for("cx-maturity.frame-parent");
  if (window[INSTALLED]) return;
  window[INSTALLED] = true;

  const SELECTOR = "iframe[data-cx-maturity]";
  // Far taller than any screen of the widget at any width, small enough that a wrong value cannot
  // make the page absurd.
  const MAX_HEIGHT = 50000;

  /** The origin of the iframe's src, or null (about:blank, data:, a sandbox's opaque origin). */
  function srcOrigin(iframe) {
    if (iframe.hasAttribute("sandbox") && !iframe.sandbox.contains("allow-same-origin")) return null;
    try {
      const origin = new URL(iframe.src, document.baseURI).origin;
      return origin === "null" ? null : origin;
    } catch {
      return null;
    }
  }

  /** The marked iframe whose window is `source`, if any. */
  function frameOf(source) {
    if (!source) return null;
    for (const iframe of document.querySelectorAll(SELECTOR)) {
      if (iframe.contentWindow === source) return iframe;
    }
    return null;
  }

  /** Pixels to add to the content height for the iframe's own padding and border. */
  function chrome(iframe) {
    const style = getComputedStyle(iframe);
    if (style.boxSizing !== "border-box") return 0;
    return ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"]
      .map((p) => parseFloat(style[p]) || 0)
      .reduce((a, b) => a + b, 0);
  }

  window.addEventListener("message", (event) => {
    const iframe = frameOf(event.source);
    if (!iframe) return;
    const origin = srcOrigin(iframe);
    if (!origin || event.origin !== origin) return;
    const data = event.data;
    if (!data || typeof data !== "object") return;
    if (data.type === "cx-maturity:height") {
      const height = data.height;
      if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) return;
      iframe.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT) + chrome(iframe)}px`;
    } else if (data.type === "cx-maturity:complete") {
      iframe.dispatchEvent(
        new CustomEvent("cx-maturity-complete", { bubbles: true, composed: true, detail: data.detail }),
      );
    }
  });

  /** Asks the widget in `iframe` for its height, if the widget's page is what is loaded there. */
  function measure(iframe) {
    const origin = srcOrigin(iframe);
    const win = iframe.contentWindow;
    if (!origin || !win) return;
    let loaded;
    try {
      // Readable, so on the host's origin: the initial about:blank, or a same-origin widget.
      loaded = win.location.href !== "about:blank" && win.location.origin === origin;
    } catch {
      loaded = true; // another origin's page is there, so the initial about:blank is gone
    }
    if (loaded) win.postMessage({ type: "cx-maturity:measure" }, origin);
  }

  document.querySelectorAll(SELECTOR).forEach(measure);
  // `load` does not bubble, but it passes the document while capturing.
  document.addEventListener(
    "load",
    (event) => {
      if (event.target instanceof HTMLIFrameElement && event.target.matches(SELECTOR)) measure(event.target);
    },
    true,
  );
})();
