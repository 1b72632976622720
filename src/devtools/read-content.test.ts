import { describe, expect, it } from 'vitest';
import type { NetworkRequest } from './devtools-api';
import { readContent, type FetchedBody } from './read-content';

function request(getContent: NetworkRequest['getContent'], content: Record<string, unknown> = {}): NetworkRequest {
  return { request: { url: 'https://a.test/' }, response: { status: 401, content }, getContent };
}

describe('readContent', () => {
  it.each<[string, NetworkRequest, FetchedBody]>([
    [
      'Chromium: a callback with (content, encoding)',
      request((callback) => void callback?.('eyJ9', 'base64')),
      { content: 'eyJ9', encoding: 'base64' },
    ],
    [
      'Chromium: text comes with an empty encoding',
      request((callback) => void callback?.('Unauthorized', '')),
      { content: 'Unauthorized', encoding: undefined },
    ],
    [
      'Firefox: a promise of [content, mimeType], base64 said in the entry',
      request(() => Promise.resolve(['eyJ9', 'application/octet-stream']), { encoding: 'base64' }),
      { content: 'eyJ9', encoding: 'base64' },
    ],
    [
      'Firefox: text',
      request(() => Promise.resolve(['{"error":"x"}', 'application/json'])),
      { content: '{"error":"x"}', encoding: undefined },
    ],
    [
      'a body already in the entry (getHAR) is not asked for again',
      request(() => Promise.reject(new Error('not called')), { text: 'Unauthorized' }),
      { content: 'Unauthorized', encoding: undefined },
    ],
    ['no reader', request(undefined), { content: undefined, encoding: undefined }],
    [
      'a reader that throws',
      request(() => {
        throw new Error('gone');
      }),
      { content: undefined, encoding: undefined },
    ],
    [
      'a rejected promise',
      request(() => Promise.reject(new Error('gone'))),
      { content: undefined, encoding: undefined },
    ],
  ])('%s', async (_name, input, expected) => {
    expect(await readContent(input)).toEqual(expected);
  });
});
