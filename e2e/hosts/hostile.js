// The host listens for completions, as a marketing page would to offer a call.
window.completions = [];
window.violations = [];
document.addEventListener("cx-maturity-complete", (e) => window.completions.push({ from: e.target.id, detail: e.detail }));
document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
