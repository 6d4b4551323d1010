// The example host page's own script (examples/frame-host.html): when someone finishes the
// framed self-assessment, show a thank-you box offering a consultation. frame-parent.js turns the
// widget's completion message into a `cx-maturity-complete` event on the iframe, with the same
// detail as the <cx-maturity> element's event (docs/embedding.md): model, version, stage,
// stage_name, dimensions [{ id, name, percent }], and answers only with share-answers.
// Nothing is sent anywhere; a real host might record a lead here, with the visitor's consent.

const frame = document.querySelector("iframe[data-cx-maturity]");
const box = document.getElementById("consultation");

frame.addEventListener("cx-maturity-complete", (event) => {
  const detail = event.detail || {};
  const result = document.getElementById("consultation-result");
  const weakest = document.getElementById("consultation-weakest");
  result.textContent = detail.stage_name ? `Your result: ${detail.stage_name}.` : "Your result is ready.";
  const dimensions = Array.isArray(detail.dimensions) ? detail.dimensions : [];
  const lowest = dimensions.reduce((low, d) => (low === null || d.percent < low.percent ? d : low), null);
  weakest.textContent = lowest ? `The area with most room to grow: ${lowest.name} (${lowest.percent}%).` : "";
  box.hidden = false;
});
