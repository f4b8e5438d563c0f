// Installed by the test pages before anything else: records what a hostile input or a CSP problem
// would cause, for the test to read from the parent page.
window.__violations = [];
window.__errors = [];
window.__pwned = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
