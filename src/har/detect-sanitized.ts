// What a HAR file cannot show of its requests (docs/design.md, Facts: unknown facts are never evidence).
// - Chrome's DevTools exports HARs sanitized by default since Chrome 130: no Authorization, Cookie or
//   Set-Cookie header and empty cookie lists. A Chromium HAR without any of them, in any entry, is read
//   as such: what its requests carried is unknown (a session that truly sent none looks the same, and
//   then "missing credentials" stays possible instead of likely, which costs less than being wrong).
// - Chrome's network log keeps only the first attempt of a request the browser retried with what was
//   typed into its login prompt (Basic, Digest, a proxy's), so a refusal there may have carried a
//   credential the file does not show.
import type { RequestSide } from '../rules/types';
import { loginPromptMayHaveAnswered } from '../rules/index';
import { headerValue, nameValues, num, str } from './har-fields';
import type { HarDocument, HarEntry } from './har-types';

export interface HarVisibility {
  /** Chrome, Edge or another Chromium wrote the file (DevTools, or Playwright/Puppeteer driving Chromium). */
  chromium: boolean;
  /** A sanitizer removed the credential headers from every entry. */
  headersRemoved: boolean;
}

/** Entries read for a User-Agent when the file does not say who wrote it. */
const UA_PROBES = 20;

/**
 * Recorders that never sanitize (Playwright's and Puppeteer's HAR recorders, proxies): a file of theirs
 * without credentials recorded none. Matched on `log.creator.name`.
 */
const UNSANITIZED_RECORDERS = /^(?:playwright|puppeteer|browsermob|mitmproxy|charles|fiddler|selenium)/i;

export function detectVisibility(har: HarDocument): HarVisibility {
  const chromium = writtenByChromium(har);
  const recorder = UNSANITIZED_RECORDERS.test(str(har.creator?.name) ?? '');
  return {
    chromium,
    headersRemoved: chromium && !recorder && har.entries.length > 0 && !har.entries.some(carriesCredentialHeaders),
  };
}

/** What an entry's request side leaves unseen; undefined: everything as sent. */
export function requestSideOf(entry: HarEntry, visibility: HarVisibility): RequestSide | undefined {
  if (visibility.headersRemoved) return 'sanitized';
  if (!visibility.chromium) return undefined;
  const status = num(entry.response.status) ?? 0;
  return loginPromptMayHaveAnswered(status, nameValues(entry.request.headers), nameValues(entry.response.headers))
    ? 'prompt-retry'
    : undefined;
}

function writtenByChromium(har: HarDocument): boolean {
  if (str(har.creator?.name) === 'WebInspector') return true;
  if (/chrom|edge/i.test(str(har.browser?.name) ?? '')) return true;
  for (const entry of har.entries.slice(0, UA_PROBES)) {
    const ua = headerValue(entry.request.headers, 'user-agent');
    if (ua !== undefined) return /\b(?:Chrome|Chromium|HeadlessChrome|Edg)\//.test(ua);
  }
  return false;
}

function carriesCredentialHeaders(entry: HarEntry): boolean {
  const { request, response } = entry;
  if (
    headerValue(request.headers, 'authorization') !== undefined ||
    headerValue(request.headers, 'cookie') !== undefined
  )
    return true;
  if (headerValue(response.headers, 'set-cookie') !== undefined) return true;
  return nonEmpty(request.cookies) || nonEmpty(response.cookies);
}

function nonEmpty(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}
