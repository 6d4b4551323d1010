// Functions that run inside the page (passed to `context.addInitScript`), so that times are
// read from the page's own clock (`performance.now()`, 0 = navigation start) and Playwright's
// polling and round trips stay out of them.

/**
 * Installs `window.__bench`: `marks` (name -> ms since navigation start), `watch(name, selector)`
 * and `markClick(name)`. Starts `watch("first", first)` at once, and `watch("live", live)` when
 * `live` is given.
 *
 * `watch` records the first frame in which `selector` matches a radio that takes up space: a
 * MutationObserver notices when a match is in the DOM, then a requestAnimationFrame loop checks
 * its box (the radio's label when it has one, since a styled radio is often visually hidden)
 * once per frame, right before that frame is painted. `markClick` records when the next click
 * is dispatched (a capturing listener on the window runs before the page's own).
 */
export function probe({ first, live }) {
  const marks = {};
  const shown = (selector) => {
    const radio = document.querySelector(selector);
    if (!radio) return false;
    const box = (radio.closest("label") || radio).getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const watch = (name, selector) => {
    let framing = false;
    const frame = () => {
      if (shown(selector)) {
        marks[name] = performance.now();
        observer.disconnect();
      } else {
        requestAnimationFrame(frame);
      }
    };
    const start = () => {
      if (!framing && document.querySelector(selector)) {
        framing = true;
        requestAnimationFrame(frame);
      }
    };
    const observer = new MutationObserver(start);
    observer.observe(document, { childList: true, subtree: true });
    start();
  };
  const markClick = (name) =>
    addEventListener("click", () => (marks[name] = performance.now()), { capture: true, once: true });
  window.__bench = { marks, watch, markClick };
  watch("first", first);
  if (live) watch("live", live);
}

/**
 * Installs `window.__steps`, one `{ changed, painted }` per Enter keydown on a question that
 * leads to another question: ms from the keydown's dispatch until the question's heading
 * (`.cxm-question legend h2`) shows other text, and until the end of the first frame after that.
 * The end of the frame is taken as a message posted (MessageChannel) from that frame's
 * requestAnimationFrame callback: it runs once the frame's style, layout and paint are done. Not
 * a timeout: Chromium's scheduler may hold a timer back until after the following frame (a trace
 * showed the change painted 4 ms after Enter and the timeout firing at 20 ms), which would count a
 * frame that was never waited for.
 */
export function stepsProbe() {
  const steps = [];
  const heading = () => document.querySelector(".cxm-question legend h2")?.textContent ?? null;
  let pending = null;
  addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Enter" && heading() !== null) pending = { start: performance.now(), from: heading() };
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const now = heading();
    if (!pending || now === null || now === pending.from) return;
    const { start } = pending;
    const changed = performance.now() - start;
    pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => steps.push({ changed, painted: performance.now() - start });
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
  window.__steps = steps;
}
