// The author's preview (author.html, docs/authoring.md). A model file comes in four ways: dropped
// on the page, chosen with the file input, pasted or typed into the text box, or the shipped
// example (examples/brightpath.json, fetched from this page's own folder). After each change, once
// the typing has paused, the text becomes a blob: URL with the file's name as its fragment
// (`blob:…#acme.json`, the name the widget gives its problems), and a new
// <cx-maturity model-src=… namespace="preview"> replaces the one on show, whose URL is then
// revoked. The widget checks the file with the app's own checks and lists every problem, or runs
// the model as a visitor would see it; a blob: model is never cached, and the namespace keeps the
// preview's answers apart from real results. Nothing is sent anywhere.

/** How long typing must pause before the preview follows (ms). */
const PAUSE = 400;
/** Model files are a few tens of KB; a file far larger is not one, and would only stall the page. */
const MAX_BYTES = 1_000_000;
const NAMESPACE = "preview";
const EXAMPLE = { url: "./examples/brightpath.json", name: "brightpath.json" };

const source = document.getElementById("source");
const fileName = document.getElementById("file-name");
const fileInput = document.getElementById("file-input");
const preview = document.getElementById("preview");
const empty = document.getElementById("empty");
const status = document.getElementById("status");
const caret = document.getElementById("caret");

/** The blob: URL (without its fragment) the widget on show reads, to revoke when it is replaced. */
let shown = null;
let waiting = null;

/**
 * The file name to show in problems: the last part of what the name field holds, encoded for the
 * URL's fragment (the widget decodes it).
 */
function name() {
  const last = fileName.value.trim().split(/[\\/]/).pop();
  return encodeURIComponent(last || "model.json");
}

/** Replaces the widget on show with one reading the text box as it is now (none when it is blank). */
function refresh() {
  clearTimeout(waiting);
  waiting = null;
  const previous = shown;
  shown = null;
  if (source.value.trim() === "") {
    preview.replaceChildren(empty);
  } else {
    shown = URL.createObjectURL(new Blob([source.value], { type: "application/json" }));
    const widget = document.createElement("cx-maturity");
    widget.setAttribute("model-src", `${shown}#${name()}`);
    widget.setAttribute("namespace", NAMESPACE);
    preview.replaceChildren(widget);
  }
  if (previous) URL.revokeObjectURL(previous);
}

/** Refreshes the preview once typing has paused. */
function soon() {
  clearTimeout(waiting);
  waiting = setTimeout(refresh, PAUSE);
}

/** Puts `text` into the text box, named `file`, says `said` in the status line, and previews it at once. */
function load(text, file, said) {
  source.value = text;
  fileName.value = file;
  source.setSelectionRange(0, 0);
  showCaret();
  status.textContent = said;
  refresh();
}

async function loadFile(file) {
  if (file.size > MAX_BYTES) {
    status.textContent = `${file.name} is ${(file.size / 1e6).toFixed(1)} MB, far more than any model file; it was not loaded.`;
    return;
  }
  try {
    load(await file.text(), file.name, `Loaded ${file.name}.`);
  } catch {
    status.textContent = `${file.name} could not be read.`;
  }
}

async function loadExample() {
  if (source.value.trim() !== "" && !confirm("Replace the text in the box with the example?")) return;
  try {
    const response = await fetch(EXAMPLE.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    load(await response.text(), EXAMPLE.name, `Loaded the example, ${EXAMPLE.name}.`);
  } catch (error) {
    status.textContent = `The example could not be loaded (${error.message}).`;
  }
}

/** Shows where the text box's caret is, as line and column (counted in characters, as problems are). */
function showCaret() {
  const before = source.value.slice(0, source.selectionStart);
  const line = before.split("\n").length;
  const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  caret.textContent = `Line ${line}, column ${column}`;
}

/** Removes what the preview's widgets saved (the `preview` namespace) and starts the preview afresh. */
function forget() {
  const prefix = `cx-maturity@${NAMESPACE}/`;
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
    status.textContent = "The preview's answers and results are forgotten.";
  } catch {
    status.textContent = "This browser does not let the page reach its storage; nothing was kept.";
  }
  refresh();
}

source.addEventListener("input", soon);
fileName.addEventListener("input", soon);
for (const event of ["input", "keyup", "click", "select", "focus"]) source.addEventListener(event, showCaret);
fileInput.addEventListener("change", () => {
  const [file] = fileInput.files;
  if (file) loadFile(file);
  fileInput.value = "";
});
document.getElementById("load-example").addEventListener("click", loadExample);
document.getElementById("forget").addEventListener("click", forget);

// A file dropped anywhere on the page is loaded; without this the browser would open it instead
// of the page, and the text would be lost. Text dragged into the text box is left to the browser.
const hasFiles = (event) => event.dataTransfer?.types.includes("Files");
document.addEventListener("dragover", (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "copy";
  document.body.classList.add("author--dropping");
});
document.addEventListener("dragleave", (event) => {
  if (event.relatedTarget === null) document.body.classList.remove("author--dropping");
});
document.addEventListener("drop", (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  document.body.classList.remove("author--dropping");
  const [file] = event.dataTransfer.files;
  if (file) loadFile(file);
});

// A browser that kept the text box's content (going back to this page after following a call to
// action, say) previews it again. It puts the content back after this module has run, by the
// time of `pageshow`; a page restored whole from the back-forward cache still has its preview.
window.addEventListener("pageshow", () => {
  if (shown === null && source.value.trim() !== "") {
    showCaret();
    refresh();
  }
});
