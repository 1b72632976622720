// A session cookie whose lifetime ran out between an earlier Set-Cookie in the HAR and the refused
// request: the session expired (issue #12, 5), even when the server words it "not provided".
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from './diagnose-har';
import type { HarDocument, HarEntry } from './har-types';

const T = Date.UTC(2026, 0, 1, 12);
const UA = {
  name: 'User-Agent',
  value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

function entry(
  at: number,
  url: string,
  status: number,
  request: HarEntry['request']['headers'],
  response: HarEntry['response']['headers'],
  body?: string,
): HarEntry {
  return {
    startedDateTime: new Date(at).toISOString(),
    request: { method: 'GET', url, headers: [UA, ...(request as object[])] },
    response: { status, headers: response, ...(body ? { content: { text: body, mimeType: 'application/json' } } : {}) },
  };
}

function har(maxAge: number, refusedAfterMs: number, cookieName = 'sessionid'): HarDocument {
  return {
    pages: [],
    creator: { name: 'WebInspector' },
    entries: [
      entry(
        T,
        'https://app.example.com/login',
        200,
        [],
        [{ name: 'Set-Cookie', value: `${cookieName}=CANARYsess; Max-Age=${maxAge}; HttpOnly` }],
      ),
      entry(
        T + refusedAfterMs,
        'https://app.example.com/api/me',
        401,
        [],
        [{ name: 'Content-Type', value: 'application/json' }],
        '{"detail":"Authentication credentials were not provided."}',
      ),
    ],
  };
}

function top(doc: HarDocument): string {
  const cause = diagnoseHar(doc).at(-1)?.diagnosis.causes[0];
  return `${cause?.id} (${cause?.likelihood})`;
}

describe('cookie lifetimes from earlier Set-Cookie headers', () => {
  it.each([
    ['the session cookie ran out 4 min before: expired', 60, 300_000, 'sessionid', 'credentials-expired (likely)'],
    ['still alive: not this', 3600, 300_000, 'sessionid', 'missing-credentials (likely)'],
    ['an analytics cookie running out says nothing', 60, 300_000, '_ga', 'missing-credentials (likely)'],
  ])('%s', (_name, maxAge, after, cookie, expected) => {
    expect(top(har(maxAge, after, cookie))).toBe(expected);
  });
});
