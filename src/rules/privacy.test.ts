// Canary test: secrets planted in fixtures (any request header or query value containing `CANARY`)
// never reach a Diagnosis, neither as text nor as base64.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../test/fixtures/scenario';
import type { Exchange } from './types';
import { diagnose } from './index';
import { scenarioExchange } from './testing/scenario-exchange';
import { refusal } from './testing/refusal';

const modules = import.meta.glob<Scenario>('../../test/fixtures/scenarios/*.json', { eager: true, import: 'default' });

function decodeBase64(s: string): string {
  try {
    return atob(s);
  } catch {
    return '';
  }
}

/** The secret strings an exchange carries: pieces holding CANARY (plain or base64-decoded) and their base64. */
export function plantedSecrets(x: Exchange): string[] {
  const pieces: string[] = [];
  const query = x.url.includes('?') ? (x.url.split('?')[1] ?? '') : '';
  const texts = [
    ...x.requestHeaders.map((h) => h.value),
    ...query.split('&').map((p) => decodeURIComponent(p.split('=').slice(1).join('='))),
  ];
  for (const text of texts) {
    for (const piece of text.split(/[\s;,]+/)) {
      const value = piece.includes('=') && !/=+$/.test(piece) ? piece.slice(piece.indexOf('=') + 1) : piece;
      if (value.includes('CANARY') || decodeBase64(value).includes('CANARY')) pieces.push(value);
    }
  }
  const out = new Set<string>();
  for (const p of pieces) {
    if (p.length < 8) continue;
    out.add(p);
    out.add(btoa(p));
    // The distinctive part alone (`CANARY-b7f3...`): a partial leak counts too.
    const m = /CANARY[\w-]*/.exec(p);
    if (m !== null) out.add(m[0]);
  }
  return [...out];
}

const extra: Exchange[] = [
  {
    url: 'https://api.example.com/v1/me?api_key=CANARY-query-5f2c9a&page=2',
    method: 'GET',
    resourceType: 'fetch',
    status: 401,
    requestHeaders: [
      { name: 'Authorization', value: `Basic ${btoa('alice:CANARY-password-77e1')}` },
      { name: 'Cookie', value: 'sid=CANARY-cookie-9d1e; theme=dark' },
      { name: 'X-API-Key', value: 'CANARY-apikey-3b8f0c2e' },
    ],
    responseHeaders: [
      { name: 'WWW-Authenticate', value: 'Basic realm="x"' },
      { name: 'Set-Cookie', value: 'sid=CANARY-setcookie-1a2b; Max-Age=0' },
    ],
    responseBody: '{"error":"bad key CANARY-apikey-3b8f0c2e"}',
    startedAt: Date.UTC(2026, 0, 1),
  },
];

describe('privacy', () => {
  const cases: Array<[string, Exchange]> = [
    ...Object.values(modules).map((s) => [s.id, scenarioExchange(s)] as [string, Exchange]),
    ...extra.map((x, i) => [`hand-made ${i}`, x] as [string, Exchange]),
  ];
  it.each(cases)('%s: no planted secret in the diagnosis', (_id, x) => {
    const json = JSON.stringify(diagnose(x));
    for (const secret of plantedSecrets(x)) expect(json).not.toContain(secret);
  });

  it('finds the planted secrets it checks for', () => {
    expect(plantedSecrets(extra[0] as Exchange)).toEqual(
      expect.arrayContaining(['CANARY-query-5f2c9a', 'CANARY-cookie-9d1e', 'CANARY-apikey-3b8f0c2e']),
    );
  });

  it('never keeps Set-Cookie values', () => {
    expect(JSON.stringify(diagnose(extra[0] as Exchange))).not.toContain('CANARY-setcookie');
  });
});

describe('history handed in by a caller is redacted by diagnose() itself', () => {
  // An earlier success can carry a secret in its URL (query, fragment, a token as a path segment) or in
  // its Server header; diagnose() must not quote any of it in evidence, whatever the caller forgot.
  const refused = refusal([{ name: 'Cookie', value: 'sid=1' }], [{ name: 'Server', value: 'Apache' }], {
    url: 'https://api.example.com/v1/feed?page=2',
    serverIp: '198.51.100.7',
  });
  const secrets = ['CANARYquery7f3a9c1e', 'CANARYfragment22b8', '0123456789abcdef0123456789abcdefCANARY'];
  it.each([
    ['query', `https://api.example.com/v1/feed?access_token=${secrets[0]}`],
    ['fragment', `https://api.example.com/v1/feed#access_token=${secrets[1]}`],
    ['path segment', `https://api.example.com/v1/s/${secrets[2]}/feed`],
  ])('a secret in the earlier URL (%s) stays out of the diagnosis', (_where, url) => {
    const diagnosis = diagnose(refused, {
      lastSuccess: {
        url,
        status: 200,
        at: refused.startedAt - 60_000,
        serverIp: '203.0.113.10',
        server: `nginx token=${secrets[0]}`,
        credentials: { authorization: false, apiKey: false, cookie: true },
      },
    });
    const text = JSON.stringify(diagnosis);
    expect(text).toContain('history');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
