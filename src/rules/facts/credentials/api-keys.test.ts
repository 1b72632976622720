import { describe, expect, it } from 'vitest';
import type { ApiKeyShape, Header } from '../../types';
import { API_KEY_CARRIERS, findApiKeys } from './api-keys';

const h = (name: string, value: string): Header => ({ name, value });

describe('findApiKeys', () => {
  it.each<[string, Header[], string, ApiKeyShape[]]>([
    [
      'X-API-Key header, any case',
      [h('x-api-key', 'CANARY0123456789')],
      'https://api.example/',
      [{ carrier: 'header', name: 'x-api-key', length: 16, problems: [] }],
    ],
    [
      'Azure OpenAI api-key',
      [h('api-key', 'CANARYabc')],
      'https://x.openai.azure.com/',
      [{ carrier: 'header', name: 'api-key', length: 9, problems: [] }],
    ],
    [
      'Azure APIM subscription key set to undefined',
      [h('Ocp-Apim-Subscription-Key', 'undefined')],
      'https://x/',
      [{ carrier: 'header', name: 'Ocp-Apim-Subscription-Key', length: 9, problems: ['literal-undefined'] }],
    ],
    [
      'GitLab PRIVATE-TOKEN empty',
      [h('PRIVATE-TOKEN', '  ')],
      'https://gitlab.example/',
      [{ carrier: 'header', name: 'PRIVATE-TOKEN', length: 0, problems: ['empty'] }],
    ],
    [
      'Supabase apikey with a space inside',
      [h('apikey', 'CANARY abc')],
      'https://x.supabase.co/',
      [{ carrier: 'header', name: 'apikey', length: 10, problems: ['whitespace-inside'] }],
    ],
    [
      'Google ?key= query parameter',
      [],
      'https://maps.googleapis.com/x?key=CANARYAIza123&v=3',
      [{ carrier: 'query', name: 'key', length: 13, problems: [] }],
    ],
    [
      '?api_key=null',
      [],
      'https://api.example/?api_key=null',
      [{ carrier: 'query', name: 'api_key', length: 4, problems: ['literal-null'] }],
    ],
    [
      '?access_token= with an unencoded + (read as a space)',
      [],
      'https://api.example/?access_token=CANARY+abc',
      [{ carrier: 'query', name: 'access_token', length: 10, problems: ['whitespace-inside'] }],
    ],
    [
      'unrelated headers and parameters are ignored',
      [h('Accept', 'x'), h('X-Request-Id', 'abc')],
      'https://api.example/?page=2',
      [],
    ],
    ['an unparseable URL yields no query keys', [], 'not a url ?key=CANARY', []],
  ])('%s', (_name, headers, url, expected) => {
    const found = findApiKeys(headers, url);
    expect(found).toEqual(expected);
    expect(JSON.stringify(found)).not.toContain('CANARY');
  });

  it('every carrier row names its source', () => {
    for (const row of API_KEY_CARRIERS) expect(row.source.length).toBeGreaterThan(3);
  });

  it('reports at most 20 keys', () => {
    const headers = Array.from({ length: 50 }, () => h('X-API-Key', 'CANARY'));
    expect(findApiKeys(headers, 'https://x/')).toHaveLength(20);
  });
});
