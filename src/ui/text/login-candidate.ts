// Where "Open the sign-in page" may go: only a place with a reason to be a sign-in page or the site
// the visitor uses, never the refused API's own origin root (an API's home page signs nobody in).
// In order of trust: the server named it (challenge `realm`/`authorization_uri`, a `Location` on the
// 401), a sign-in link in the refusal's body, the page the visitor was sent to after the refusal, or
// the top-level page's site when the refusal came from another origin.
import { firstHeader } from '../../rules/present';
import type { ObservationRecord } from '../../shared/storage-schema';
import { originOf } from './shorten-url';

export type LoginSource = 'challenge' | 'location' | 'body-link' | 'sent-to' | 'site';

export interface LoginCandidate {
  url: string;
  source: LoginSource;
}

export interface LoginContext {
  /** The page the tab went to after this refusal (for refusals that led there). */
  sentTo?: string;
  /** The top-level page the refusal happened on. */
  pageUrl?: string;
}

const SIGN_IN_WORDS = /log[-_]?in|sign[-_]?in|signon|auth|sso|session/i;
const HREF = /href\s*=\s*["']([^"'<>\s]{1,2000})["']/gi;

function httpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function fromLocation(record: ObservationRecord): string | undefined {
  const location = firstHeader(record.diagnosis.facts.response.headers, 'location');
  return httpUrl(location, record.url);
}

function fromBodyLink(record: ObservationRecord): string | undefined {
  const body = record.diagnosis.facts.response.bodyExcerpt ?? '';
  for (const match of body.matchAll(HREF)) {
    const href = match[1] ?? '';
    if (SIGN_IN_WORDS.test(href)) return httpUrl(href, record.url);
  }
  return undefined;
}

function fromSite(record: ObservationRecord, pageUrl: string | undefined): string | undefined {
  const page = pageUrl ? httpUrl(pageUrl, pageUrl) : undefined;
  if (!page || record.resourceType === 'main_frame') return undefined;
  const origin = originOf(page);
  return origin && origin !== originOf(record.url) ? `${origin}/` : undefined;
}

/** The best place to sign in for this refusal, or undefined when there is no real candidate. */
export function loginCandidate(record: ObservationRecord, context: LoginContext): LoginCandidate | undefined {
  const tries: Array<[LoginSource, () => string | undefined]> = [
    ['challenge', () => record.diagnosis.loginUrl],
    ['location', () => fromLocation(record)],
    ['body-link', () => fromBodyLink(record)],
    ['sent-to', () => httpUrl(context.sentTo, context.sentTo ?? '')],
    ['site', () => fromSite(record, context.pageUrl)],
  ];
  for (const [source, find] of tries) {
    const url = find();
    if (url) return { url, source };
  }
  return undefined;
}
