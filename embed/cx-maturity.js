// <cx-maturity>: the embeddable self-assessment. One module script and one element:
//
//   <script type="module" src="https://example.com/cx/cx-maturity.js"></script>
//   <cx-maturity model="four-phases" accent="#b5179e" cta-label="Talk to us" cta-url="/contact"></cx-maturity>
//
// The app renders inside the element's own shadow root, with its stylesheet, so the page's CSS
// cannot reach it and its CSS cannot leak out. Its wasm, stylesheet and models are found next to
// this file, wherever that is. Attributes are documented in docs/embedding.md; invalid values
// fall back to defaults with a console warning. Nothing is ever sent anywhere: when someone
// finishes, the element dispatches `cx-maturity-complete` (bubbling, composed) for the page to use.

// This file is a template: scripts/post-build.mjs writes the bundle's cx-maturity.js from it, with
// the content-hashed names of the build's JS glue, wasm and stylesheet in place of GLUE, WASM and
// CSS. So this one stable name is all a host page refers to, and it can only ever load the files
// of its own build: an HTTP cache or a CDN can never pair one build's glue with another's wasm.
// Serve cx-maturity.js so that browsers revalidate it (no-cache); the hashed files may be cached
// for good.

const here = new URL(".", import.meta.url);
let loading = null;
/** The app's module, started once for every element on the page; a failure lets a later element retry. */
const ready = () =>
  (loading ??= import("./GLUE.js").then(async (glue) => {
    await glue.default({ module_or_path: new URL("WASM.wasm", here) });
    return glue;
  }).catch((error) => {
    loading = null;
    throw error;
  }));

/** A colour the browser accepts, and a font list without anything that could end a declaration. */
const checks = {
  accent: (v) => CSS.supports("color", v),
  font: (v) => v.length <= 200 && !/[;{}<>\\]/.test(v) && CSS.supports("font-family", v),
};

class CxMaturity extends HTMLElement {
  connectedCallback() {
    if (this.unmount || this.starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("CSS.css", here).href;
    const box = document.createElement("div");
    box.hidden = true;
    style.addEventListener("load", () => (box.hidden = false), { once: true });
    style.addEventListener("error", () => (box.hidden = false), { once: true });
    shadow.replaceChildren(style, box);
    for (const [name, property] of [["accent", "--cx-maturity-accent"], ["font", "--cx-maturity-font"]]) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      if (checks[name](value.trim())) this.style.setProperty(property, value.trim());
      else console.warn(`<cx-maturity>: ${name}="${value.slice(0, 40)}" is not valid; the default is used.`);
    }
    this.starting = ready().then(
      ({ mount_widget }) => {
        this.starting = null;
        if (this.isConnected) this.unmount = mount_widget(this, box, here.href);
      },
      (error) => {
        this.starting = null;
        const line = document.createElement("p");
        line.setAttribute("role", "alert");
        line.textContent = "The self-assessment could not be loaded. Reloading the page may help.";
        box.replaceChildren(line);
        box.hidden = false;
        console.error("<cx-maturity>: the app's files could not be loaded.", error);
      },
    );
  }

  disconnectedCallback() {
    this.unmount?.();
    this.unmount = null;
  }
}

if (!customElements.get("cx-maturity")) customElements.define("cx-maturity", CxMaturity);
