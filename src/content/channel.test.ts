import { describe, expect, it } from 'vitest';
import { parseConfig, parseReport } from './channel';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';

const report = {
  token: 't-1',
  source: 'fetch',
  url: 'https://api.test/me',
  method: 'GET',
  status: 401,
  excerpt: 'jwt expired',
};

describe('content channel', () => {
  it("accepts a report signed with this page's token", () => {
    expect(parseReport(JSON.stringify(report), 't-1')).toEqual(report);
  });

  it.each([
    ['another token', { ...report, token: 't-2' }],
    ['a 200', { ...report, status: 200 }],
    ['a document source (only the relay reads documents)', { ...report, source: 'document' }],
    ['an oversized excerpt', { ...report, excerpt: 'x'.repeat(BODY_EXCERPT_LIMIT + 1) }],
    ['an empty excerpt', { ...report, excerpt: '' }],
  ])('rejects %s', (_name, value) => {
    expect(parseReport(JSON.stringify(value), 't-1')).toBeUndefined();
  });

  it.each([
    [
      'an empty excerpt with the credentials the page set',
      { ...report, excerpt: '', credentials: { apiKeys: [], dpopProof: false } },
    ],
    [
      'a body and a described Bearer',
      {
        ...report,
        credentials: { authorization: { scheme: 'Bearer', length: 3, problems: [] }, apiKeys: [], dpopProof: false },
      },
    ],
  ])('accepts %s', (_name, value) => {
    expect(parseReport(JSON.stringify(value), 't-1')).toEqual(value);
  });

  it('rejects a report whose credentials are not a shape', () => {
    expect(parseReport(JSON.stringify({ ...report, credentials: 'Bearer abc' }), 't-1')).toBeUndefined();
  });

  it('rejects anything that is not a JSON string', () => {
    expect(parseReport(report, 't-1')).toBeUndefined();
    expect(parseReport('{not json', 't-1')).toBeUndefined();
    expect(parseConfig({ token: 'a', read: true })).toBeUndefined();
    expect(parseConfig(JSON.stringify({ token: 'a', read: true }))).toEqual({ token: 'a', read: true });
  });
});
