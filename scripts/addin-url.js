// Where the add-in is served from. manifest.xml is written for development
// (https://localhost:3000); the production build moves every URL in it to ADDIN_URL, the
// department's HTTPS host for dist/. Kept apart from webpack.config.js so tests can check it.
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

/**
 * Reads an ADDIN_URL value: an https URL, optionally with a path (https://host/chitieu).
 * Returns { ok: true, url } with no trailing slash, or { ok: false, reason } saying what to fix.
 */
function parseAddinUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: `ADDIN_URL is not a URL: "${value}". Example: ADDIN_URL=https://addins.example.gov.vn/chitieu` };
  }
  if (url.protocol !== "https:") {
    return { ok: false, reason: `ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only), got "${value}".` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, reason: `ADDIN_URL must be a plain https address without query, fragment or credentials, got "${value}".` };
  }
  return { ok: true, url: (url.origin + url.pathname).replace(/\/+$/, "") };
}

/** Rewrites every development URL of the manifest to the production address. */
function withAddinUrl(manifestXml, addinUrl) {
  return manifestXml.split(DEV_ORIGIN).join(addinUrl);
}

module.exports = { DEV_ORIGIN, parseAddinUrl, withAddinUrl };
