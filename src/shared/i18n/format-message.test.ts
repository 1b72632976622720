import { describe, expect, it } from 'vitest';
import type { MessageCatalog } from './catalog';
import type { MessageParam } from '../../rules/types';
import { formatMessage } from './format-message';

const catalog: MessageCatalog = {
  plain: { message: 'No credentials were sent.' },
  named: {
    message: 'The token expired $AGO$ ago, at $When$.',
    placeholders: { ago: { content: '$1', example: '3 h' }, WHEN: { content: '$2' } },
  },
  direct: { message: 'Sent $1, wanted $2.' },
  dollar: { message: 'Costs $$5 and $$1, not $1.' },
  literalContent: { message: 'Header: $HDR$', placeholders: { hdr: { content: 'X-$1-Key' } } },
  unknownPlaceholder: { message: 'Keep $NOPE$ as is.' },
  loneDollar: { message: 'A $ sign and $ at end $' },
};

const opts = { locale: 'en', timeZone: 'UTC' };

describe('formatMessage', () => {
  it.each<[string, string, MessageParam[] | undefined, string]>([
    ['plain message', 'plain', undefined, 'No credentials were sent.'],
    [
      'named placeholders, any case',
      'named',
      [{ duration: 3 * 3_600_000 }, { time: 0 }],
      'The token expired 3 hr ago, at Jan 1, 1970, 12:00:00 AM UTC.',
    ],
    ['direct $1 $2', 'direct', ['Basic', { code: 'Bearer' }], 'Sent Basic, wanted `Bearer`.'],
    ['$$ is a literal dollar', 'dollar', ['x'], 'Costs $5 and $1, not x.'],
    ['placeholder content with literal text', 'literalContent', ['API'], 'Header: X-API-Key'],
    ['unknown placeholder left alone', 'unknownPlaceholder', [], 'Keep $NOPE$ as is.'],
    ['lone dollars kept', 'loneDollar', [], 'A $ sign and $ at end $'],
    ['missing param is empty', 'direct', ['only'], 'Sent only, wanted .'],
    ['unknown key shows the key', 'no_such_key', ['x'], 'no_such_key'],
    ['inherited key is unknown', 'toString', [], 'toString'],
  ])('%s', (_name, key, params, expected) => {
    expect(formatMessage(catalog, { key, params }, opts)).toBe(expected);
  });

  it.each<[string, MessageParam, string]>([
    ['a param holding $1 is not expanded again', '$1 $2 $$', 'Sent $1 $2 $$, wanted .'],
    ['a param holding a placeholder name is not expanded', '$AGO$', 'Sent $AGO$, wanted .'],
    ['bidi override removed', 'evil\u202Egnp.exe', 'Sent evilgnp.exe, wanted .'],
    ['newlines folded into one line', 'a\r\nFAKE: line', 'Sent a FAKE: line, wanted .'],
    ['ANSI escape stripped', '\u001b[31mred', 'Sent [31mred, wanted .'],
  ])('%s', (_name, param, expected) => {
    expect(formatMessage(catalog, { key: 'direct', params: [param] }, opts)).toBe(expected);
  });
});
