// Some servers echo what they were sent ("Invalid API key: abc123..."). Generic masking cannot know
// that `abc123` is secret, but we can: it is in the request. So every secret-bearing request value is
// cut out of the response (headers, status text, body) before anything reads it.
import type { Exchange, Header } from '../types';
import { REDACTED } from '../redact/mask-secrets';

/** Request headers that never carry secrets. Everything else may (X-API-Key, X-Auth-Token, ...). */
const PLAIN_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'user-agent',
  'content-type',
  'content-length',
  'host',
  'origin',
  'referer',
  'connection',
  'cache-control',
  'pragma',
  'dnt',
  'te',
  'priority',
  'upgrade-insecure-requests',
  'x-requested-with',
  'if-none-match',
  'if-modified-since',
  'access-control-request-method',
  'access-control-request-headers',
]);

/** Too short or too ordinary to be worth scrubbing (and scrubbing them would mangle prose). */
function worthScrubbing(s: string): boolean {
  return s.length >= 8 && (s.length >= 20 || !/^[A-Za-z]+$/.test(s));
}

function decodeBasic(payload: string): string[] {
  try {
    const text = atob(payload);
    const colon = text.indexOf(':');
    return colon >= 0 ? [text.slice(colon + 1)] : [];
  } catch {
    return [];
  }
}

/** The secret strings the request carried, longest first (so a value is cut before its parts). */
export function requestSecrets(x: Exchange): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const t = s.trim();
    if (worthScrubbing(t)) out.add(t);
  };
  for (const h of x.requestHeaders) {
    const name = h.name.toLowerCase();
    if (PLAIN_HEADERS.has(name) || name.startsWith('sec-')) continue;
    if (name === 'cookie') {
      for (const pair of h.value.split(';')) add(pair.slice(pair.indexOf('=') + 1));
      continue;
    }
    add(h.value);
    const [scheme, ...rest] = h.value.trim().split(/\s+/);
    const credential = rest.join(' ');
    if (scheme !== undefined && credential !== '') {
      add(credential);
      if (scheme.toLowerCase() === 'basic') for (const p of decodeBasic(credential)) add(p);
    }
  }
  const q = x.url.indexOf('?');
  if (q >= 0) {
    for (const pair of x.url
      .slice(q + 1)
      .split('#')[0]
      ?.split('&') ?? []) {
      const raw = pair.slice(pair.indexOf('=') + 1);
      add(raw);
      try {
        add(decodeURIComponent(raw));
      } catch {
        // keep the raw form only
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/** The exchange with request secrets cut out of every response part. */
export function scrubEchoes(x: Exchange): Exchange {
  const secrets = requestSecrets(x);
  if (secrets.length === 0) return x;
  const headers: Header[] = x.responseHeaders.map((h) => ({ name: h.name, value: scrubText(h.value, secrets) }));
  const out: Exchange = { ...x, responseHeaders: headers };
  if (x.responseBody !== undefined) out.responseBody = scrubText(x.responseBody, secrets);
  if (x.statusText !== undefined) out.statusText = scrubText(x.statusText, secrets);
  return out;
}
