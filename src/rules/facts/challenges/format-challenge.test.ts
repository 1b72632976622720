import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../types';
import { formatChallenge, MAX_SHOWN_TOKEN68 } from './format-challenge';
import { ch } from '../../testing/challenge-helpers';

describe('formatChallenge', () => {
  const blob = 'YIIBAgYGKwYBBQUCoIH3MIH0oAMKAQ'.repeat(4);
  const rows: Array<[name: string, c: Challenge, expected: string]> = [
    [
      'quotes every value and separates params with ", "',
      ch('Bearer', [
        ['realm', 'api'],
        ['error', 'invalid_token'],
      ]),
      'Bearer realm="api", error="invalid_token"',
    ],
    ['a bare scheme is just the scheme', ch('Negotiate'), 'Negotiate'],
    ['keeps the scheme as sent', ch('bAsIc', [['realm', 'x']]), 'bAsIc realm="x"'],
    [
      'escapes quotes and backslashes (RFC 9110 §5.6.4)',
      ch('Newauth', [['title', 'Login to "apps" \\ x']]),
      'Newauth title="Login to \\"apps\\" \\\\ x"',
    ],
    ['keeps commas and spaces inside quotes', ch('Digest', [['qop', 'auth, auth-int']]), 'Digest qop="auth, auth-int"'],
    ['shows an empty value as ""', ch('Basic', [['realm', '']]), 'Basic realm=""'],
    [
      'turns line breaks and controls into spaces to stay on one line',
      ch('Basic', [['realm', 'a\r\nb\u0000c']]),
      'Basic realm="a  b c"',
    ],
    ['keeps non-ASCII text', ch('Basic', [['realm', 'Zürich 网关']]), 'Basic realm="Zürich 网关"'],
    ['shows a short token68 in full', ch('Negotiate', [], 'abc=='), 'Negotiate abc=='],
    [
      `shortens a token68 longer than ${MAX_SHOWN_TOKEN68} characters`,
      ch('Negotiate', [], blob),
      `Negotiate ${blob.slice(0, 20)}… (${blob.length} chars)`,
    ],
    [
      'shows token68 and params when both were sent',
      ch('Negotiate', [['realm', 'x']], 'abc'),
      'Negotiate abc, realm="x"',
    ],
  ];
  it.each(rows)('%s', (_name, c, expected) => {
    expect(formatChallenge(c)).toBe(expected);
  });
});
