import { describe, expect, it } from 'vitest';
import { parsePageCredentials } from './page-credentials';

const valid = {
  authorization: { scheme: 'Bearer', length: 3, problems: [] },
  apiKeys: [{ carrier: 'header', name: 'X-API-Key', length: 5, problems: [] }],
  dpopProof: false,
};

describe('parsePageCredentials: what the relay passes on from the page', () => {
  it.each([
    ['a described Bearer and a key', valid],
    ['no Authorization', { apiKeys: [], dpopProof: true }],
    [
      'a JWT with an audience list',
      {
        ...valid,
        authorization: {
          ...valid.authorization,
          token: { kind: 'jwt', jwt: { parts: 3, encrypted: false, claims: { aud: ['api'] } } },
        },
      },
    ],
  ])('takes %s', (_name, value) => {
    expect(parsePageCredentials(value)).toEqual(value);
  });

  it.each([
    ['not an object', 'Bearer abc'],
    ['null', null],
    ['no key list', { dpopProof: false }],
    ['a scheme that is not text', { ...valid, authorization: { scheme: 1, length: 3, problems: [] } }],
    ['problems that are not text', { ...valid, authorization: { scheme: 'Bearer', length: 3, problems: [1] } }],
    ['a long string (a value smuggled in)', { ...valid, authorization: { scheme: 'x'.repeat(201), problems: [] } }],
    ['too many keys', { ...valid, apiKeys: Array.from({ length: 31 }, () => valid.apiKeys[0]) }],
    ['nesting too deep', { ...valid, extra: [[[[[[['deep']]]]]]] }],
  ])('rejects %s', (_name, value) => {
    expect(parsePageCredentials(value)).toBeUndefined();
  });
});
