// The standalone page's loader. This file is a template: scripts/post-build.mjs writes start.js
// into the build from it, with the hashed names of the JS glue and the wasm in place of GLUE and
// WASM, and with what a release build does about the service worker in place of WORKER.
//
// It has no static import, so it runs as soon as the page is parsed. A release build's page holds
// the intro prerendered (src/bin/prerender.rs), and a visitor can use it before the app starts:
// - a click on one of its buttons is held back, then replayed on the app's button of that id;
// - a model picked there is picked again in the app, and focus stays on the element of that id;
// - a link with a fragment (a shared result) takes the intro away: the app will show the result.
// If the app cannot start, the page says so, rather than showing an intro that does nothing.

const host = document.getElementById("cx-maturity");
const prerendered = host.querySelector("[data-cxm-prerendered]");
let clicked = null;
const hold = (event) => {
  const button = event.target.closest("button[id]");
  if (!button) return;
  event.preventDefault();
  clicked = button.id;
};
if (prerendered && location.hash.length > 1) prerendered.remove();
else if (prerendered) host.addEventListener("click", hold, true);

try {
  const { default: init, start_page } = await import("./GLUE.js");
  await init({ module_or_path: new URL("./WASM.wasm", import.meta.url) });
  host.removeEventListener("click", hold, true);
  // The `checked` attribute marks the radio checked when the page was built.
  const picked = host.querySelector("input[type=radio]:checked:not([checked])")?.id;
  const focused = host.contains(document.activeElement) ? document.activeElement.id : "";
  // The app takes focus unless the visitor already has it somewhere in the intro.
  start_page(!focused || clicked !== null);
  for (const id of [picked, clicked]) if (id) document.getElementById(id)?.click();
  if (focused && clicked === null) document.getElementById(focused)?.focus();
} catch (error) {
  // With the intro gone, there is no button left for the listener to hold.
  host.textContent = "The self-assessment could not start in this browser. Reloading the page may help.";
  throw error;
}
WORKER;
