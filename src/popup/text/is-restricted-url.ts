// Pages where browsers let no extension observe requests: their own pages and the add-on stores
// (Chrome blocks content and webRequest on the Web Store; Firefox on AMO, `extensions.webextensions.restrictedDomains`).
const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'edge:',
  'about:',
  'moz-extension:',
  'view-source:',
  'devtools:',
  'resource:',
];
const RESTRICTED_HOSTS = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'microsoftedge.microsoft.com',
];

export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  return RESTRICTED_HOSTS.includes(parsed.hostname);
}
