import { describe, expect, it } from 'vitest';
import type { Exchange } from '../rules/types';
import { describePageCredentials } from '../content/request-credentials';
import { diagnoseWithPage } from './page-request-side';

const T0 = Date.parse('2026-11-26T14:00:00Z');
/** A refused fetch as the worker sees it when it took no request headers (onSendHeaders off for fetch/XHR). */
const unseen = (challenge: string, status = 401): Exchange => ({
  url: 'https://api.example.com/me',
  method: 'GET',
  resourceType: 'xmlhttprequest',
  status,
  requestHeaders: [],
  responseHeaders: challenge ? [{ name: 'WWW-Authenticate', value: challenge }] : [],
  startedAt: T0,
  requestSide: 'not-seen',
});
const expiredJwt = (() => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ exp: T0 / 1000 - 3600 })}.c2ln`;
})();
const page = (headers: Array<[string, string]>) => describePageCredentials(headers, T0);

describe('diagnoseWithPage: the request side from the page wrapper', () => {
  it.each([
    ['no report: unseen stays unseen', unseen('Bearer'), undefined, 'not-seen', 'unknown'],
    ['the page set nothing, the server wants Bearer: absent', unseen('Bearer'), page([]), 'complete', 'absent'],
    [
      'the page set a Bearer: present',
      unseen('Bearer'),
      page([['Authorization', 'Bearer abc']]),
      'complete',
      'present',
    ],
    // The browser may have answered Basic from its cache; the page cannot know.
    ['the page set nothing, Basic challenge: still unseen', unseen('Basic realm="x"'), page([]), 'not-seen', 'unknown'],
    [
      'the page set Basic itself: present',
      unseen('Basic realm="x"'),
      page([['authorization', 'Basic YTpi']]),
      'complete',
      'present',
    ],
    [
      'headers already seen: the page adds nothing',
      { ...unseen('Bearer'), requestSide: undefined },
      page([['Authorization', 'Bearer x']]),
      'complete',
      'absent',
    ],
  ])('%s', (_name, exchange, report, side, authorization) => {
    const diagnosis = diagnoseWithPage(exchange, {}, report);
    expect(diagnosis.facts.request.seen).toMatchObject({ side, authorization });
  });

  it('never claims missing credentials as likely when the request side stays unseen', () => {
    const diagnosis = diagnoseWithPage(unseen('Basic realm="x"'), {}, page([]));
    expect(diagnosis.causes.find((cause) => cause.id === 'missing-credentials')?.likelihood).not.toBe('likely');
  });

  it('a page that set no credential: missing credentials, as when the headers were seen', () => {
    const seen = diagnoseWithPage({ ...unseen('Bearer'), requestSide: undefined }, {}, undefined);
    const fromPage = diagnoseWithPage(unseen('Bearer'), {}, page([]));
    expect(fromPage.causes.map((cause) => [cause.id, cause.likelihood])).toEqual(
      seen.causes.map((cause) => [cause.id, cause.likelihood]),
    );
  });

  it("reads the page's token by shape: an expired JWT is the cause, and no value is kept", () => {
    const diagnosis = diagnoseWithPage(unseen('Bearer'), {}, page([['Authorization', `Bearer ${expiredJwt}`]]));
    expect(diagnosis.causes[0]?.id).toBe('credentials-expired');
    expect(diagnosis.facts.credentials.authorization).toMatchObject({ scheme: 'Bearer', token: { kind: 'jwt' } });
    expect(JSON.stringify(diagnosis)).not.toContain(expiredJwt.split('.')[2]);
  });

  it('takes API keys and a DPoP proof the page set, keeping those of the query', () => {
    const exchange = { ...unseen(''), url: 'https://api.example.com/me?api_key=abcdef' };
    const diagnosis = diagnoseWithPage(
      exchange,
      {},
      page([
        ['X-API-Key', 'k-123'],
        ['DPoP', 'proof'],
      ]),
    );
    expect(diagnosis.facts.credentials.apiKeys.map((key) => `${key.carrier} ${key.name}`)).toEqual([
      'header X-API-Key',
      'query api_key',
    ]);
    expect(diagnosis.facts.credentials.dpopProof).toBe(true);
  });
});
