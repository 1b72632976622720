import { describe, expect, it } from 'vitest';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import { entryToExchange } from './entry-to-exchange';
import { withFetchedBody } from './fetched-body';
import type { HarEntry } from './har-types';

const ENTRY: HarEntry = {
  startedDateTime: '2024-05-01T14:00:00.000Z',
  request: { method: 'GET', url: 'https://api.example.com/x', headers: [] },
  response: { status: 401, headers: [], content: { mimeType: 'application/json' } },
};
const LONG = `{"error":"jwt expired"}${' '.repeat(BODY_EXCERPT_LIMIT * 2)}`;
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('withFetchedBody', () => {
  it.each<[string, unknown, unknown, string | undefined]>([
    ['text as DevTools gives it', '{"error":"jwt expired"}', '', '{"error":"jwt expired"}'],
    [
      "Chromium's base64 (a body it did not decode)",
      base64('{"error":"invalid_api_key"}'),
      'base64',
      '{"error":"invalid_api_key"}',
    ],
    ['no body', '', '', undefined],
    ['not a string', null, undefined, undefined],
  ])('%s reads as the CLI reads a HAR body', (_name, content, encoding, body) => {
    expect(entryToExchange(withFetchedBody(ENTRY, content, encoding)).responseBody).toBe(body);
  });

  it.each([
    ['text', LONG, '', BODY_EXCERPT_LIMIT],
    ['base64', base64(LONG), 'base64', Math.ceil(BODY_EXCERPT_LIMIT / 3) * 4],
  ])('keeps only the excerpt the rules read (%s)', (_name, content, encoding, kept) => {
    const text = withFetchedBody(ENTRY, content, encoding).response.content?.text;
    expect(typeof text === 'string' && text.length).toBe(kept);
  });

  it('leaves the entry it was given unchanged (the log keeps DevTools’ object)', () => {
    const before = structuredClone(ENTRY);
    withFetchedBody(ENTRY, 'Unauthorized', '');
    expect(ENTRY).toEqual(before);
  });
});
