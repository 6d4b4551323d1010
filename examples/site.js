// The host reacts to a finished assessment: it offers a call. The widget itself sends nothing;
// recording a lead, if the host wants one, is the host's own code.
document.addEventListener("cx-maturity-complete", (event) => {
  const { stage_name } = event.detail;
  document.getElementById("offer-text").textContent =
    `You reached ${stage_name}. A short call with one of our consultants can turn your next steps into a plan.`;
  document.getElementById("offer").hidden = false;
});
