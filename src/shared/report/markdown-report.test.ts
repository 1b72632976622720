import { describe, expect, it } from 'vitest';
import type { Audience } from '../../rules/types';
import { englishCatalog } from '../i18n/english-catalog';
import { escapeMarkdown, fencedBlock } from './markdown-escape';
import { markdownReport } from './markdown-report';
import { sampleDiagnosis, sampleMessages } from './testing/sample-diagnosis';

const catalog = { ...englishCatalog, ...sampleMessages };

describe('markdownReport', () => {
  const report = markdownReport([sampleDiagnosis()], { audience: 'developer', catalog, locale: 'en', timeZone: 'UTC' });

  it.each<[string, string]>([
    [
      'title with status',
      '## Why401 report: GET `https://api.example.com/v1/me?access_token=[redacted]` answered 401 Unauthorized',
    ],
    ['request time', '- **Time:** May 1, 2024, 2:02:00 PM UTC'],
    [
      'credentials by shape',
      '`Authorization: Bearer (JWT, 812 chars)`, `API key X-API-Key (header, 32 chars)`, `Cookie: sid, csrftoken`',
    ],
    ['challenge', '`Bearer realm="api", error="invalid_token"`'],
    ['evidence with source', '- The token expired 3 hr 12 min ago. (_token claim `exp`_)'],
    ['server text escaped', 'The server said: \\[click\\](https\\://evil.example) \\*now\\*'],
    ['developer advice', '- Send `Authorization: Bearer <token>` with a fresh token.'],
    ['other causes', '### Other possible causes'],
    ['history source', '(_earlier response from `https://api.example.com/v1/ping` at May 1, 2024, 1:00:00 PM UTC_)'],
    [
      'curl',
      "curl -i -g -X 'GET' 'https://api.example.com/v1/me?access_token=[redacted]' -H 'Authorization: Bearer <token>'",
    ],
    ['login page', '- **Login page:** `https://login.example.com/`'],
  ])('has the %s', (_name, line) => {
    expect(report).toContain(line);
  });

  it.each<[Audience, string, string]>([
    ['visitor', 'Sign in again.', 'Nothing to do.'],
    ['owner', 'Nothing to do.', 'Sign in again.'],
  ])('gives advice for the %s only', (audience, present, absent) => {
    const text = markdownReport([sampleDiagnosis()], { audience, catalog, locale: 'en', timeZone: 'UTC' });
    expect(text).toContain(present);
    expect(text).not.toContain(absent);
  });
});

describe('escapeMarkdown', () => {
  it.each<[string, string]>([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['# heading', '\\# heading'],
    ['a | b', 'a \\| b'],
    ['visit www.evil.example', 'visit www\\.evil.example'],
    ['plain text, stays.', 'plain text, stays.'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('fences code longer than its backtick runs', () => {
    expect(fencedBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
});
