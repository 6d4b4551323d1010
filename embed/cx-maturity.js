// <cx-maturity>: the embeddable self-assessment. One module script and one element:
//
//   <script type="module" src="https://example.com/cx/cx-maturity.js"></script>
//   <cx-maturity model="four-phases" accent="#b5179e" cta-label="Talk to us" cta-url="/contact"></cx-maturity>
//
// The app renders inside the element's own shadow root, with its stylesheet, so the page's CSS
// cannot reach it and its CSS cannot leak out. Its wasm, stylesheet and models are found next to
// this file, wherever that is. Attributes are documented in docs/embedding.md; invalid values
// fall back to defaults with a console warning. Nothing is ever sent anywhere: the element
// dispatches events (bubbling, composed) for the page to use: `cx-maturity-ready` from here, once
// the app is mounted (mounting renders its first screen at once) and its stylesheet is in, so it
// costs the first visit's wasm nothing; `cx-maturity-start`, `-progress` and `-complete` from the
// app. Each event's detail has a copy of the element's data-* attributes under `data`.

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
const THEMES = ["light", "dark", "auto"];

/** The relative luminance (WCAG 2) of a CSS colour, read as sRGB from a pixel painted with it. */
function luminance(color) {
  const paint = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!paint) return null;
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...paint.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The text colour for an accent: white, as by default, or black where that contrasts more. Warns
 * when white falls below the 4.5:1 WCAG AA asks of text.
 */
function onAccent(accent) {
  const l = luminance(accent);
  if (l === null) return null;
  const [white, black] = [1.05 / (l + 0.05), (l + 0.05) / 0.05];
  const ratio = (n) => `${Math.floor(n * 100) / 100}:1`;
  if (white < 4.5) {
    console.warn(
      `<cx-maturity>: accent="${accent.slice(0, 40)}" has a contrast of ${ratio(white)} with white text on it, ` +
        `below the 4.5:1 of WCAG AA; black text (${ratio(black)}) is used on it.`,
    );
  }
  return white >= black ? "#ffffff" : "#000000";
}

class CxMaturity extends HTMLElement {
  connectedCallback() {
    if (this.unmount || this.starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("CSS.css", here).href;
    const box = document.createElement("div");
    box.hidden = true;
    // The app speaks English until it has read another language's file, whatever the page's
    // language; it then says which on its own root.
    box.lang = "en";
    box.dir = "ltr";
    const styled = new Promise((settle) => {
      style.addEventListener("load", settle, { once: true });
      style.addEventListener("error", settle, { once: true });
    }).then(() => (box.hidden = false));
    shadow.replaceChildren(style, box);
    for (const [name, property] of [["accent", "--cx-maturity-accent"], ["font", "--cx-maturity-font"]]) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      if (checks[name](value.trim())) this.style.setProperty(property, value.trim());
      else console.warn(`<cx-maturity>: ${name}="${value.slice(0, 40)}" is not valid; the default is used.`);
    }
    const accent = this.style.getPropertyValue("--cx-maturity-accent");
    const text = accent && onAccent(accent);
    if (text) this.style.setProperty("--cx-maturity-on-accent", text);
    // The theme is a class of the box the app is in; style/main.css gives each its palette.
    const theme = this.getAttribute("theme");
    if (theme !== null && !THEMES.includes(theme.trim().toLowerCase())) {
      console.warn(`<cx-maturity>: theme="${theme.slice(0, 40)}" is not light, dark or auto; the default, light, is used.`);
    } else if (theme !== null) {
      box.className = `cxm-theme--${theme.trim().toLowerCase()}`;
    }
    this.starting = ready().then(
      ({ mount_widget }) => {
        this.starting = null;
        if (!this.isConnected) return;
        const unmount = (this.unmount = mount_widget(this, box, here.href));
        styled.then(() => {
          if (this.unmount !== unmount) return;
          const detail = { data: { ...this.dataset } };
          this.dispatchEvent(new CustomEvent("cx-maturity-ready", { bubbles: true, composed: true, detail }));
        });
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
