import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexAnchors } from './anchors';
import { BODY_MESSAGES } from './body-messages';
import { PROXY_BODIES, PROXY_HEADERS } from './proxy-signatures';
import { STATUS_TEXTS } from './status-texts';
import { VENDOR_HEADERS } from './vendor-headers';

const TABLE_REGEXPS: RegExp[] = [
  ...[...BODY_MESSAGES, ...PROXY_BODIES, ...STATUS_TEXTS].map((r) => r.match),
  ...[...VENDOR_HEADERS, ...PROXY_HEADERS].map((r) => r.value),
].filter((m): m is RegExp => m instanceof RegExp);

describe('regexAnchors', () => {
  it.each([
    [/\bjwt expired\b(?! at)/i, ['jwt expired']],
    [/"message"\s{0,4}:\s{0,4}"Unauthorized"/i, ['"unauthorized"']],
    [/\\?"exp\\?" claim timestamp check failed/i, ['" claim timestamp check failed']],
    [
      /(?:Forefront TMG|ISA Server) requires authorization|Web Proxy filter is denied/i,
      [' requires authorization', 'web proxy filter is denied'],
    ],
    [/\(squid\/\d/i, ['(squid/']],
    [/\bInvalid [A-Za-z ]{1,30} or password\./i, [' or password.']],
    [/\bBlue ?Coat\b|\bProxySG\b/i, ['blue', 'proxysg']],
    [/colou?r/i, ['colo']],
    [/x{0,3}abc/i, ['abc']],
  ])('%s -> %j', (re, expected) => {
    expect(regexAnchors(re)).toEqual(expected);
  });

  it.each([
    ['a short alternative', /\bab\b|longer words/i],
    ['no literal at all', /^\s{0,4}\d{2}$/i],
    ['a non-i pattern', /jwt expired/],
    ['a unicode pattern', /jwt expired/iu],
    ['a non-ASCII literal', /ünïcödé/i],
  ])('gives none for %s', (_name, re) => {
    expect(regexAnchors(re)).toBeUndefined();
  });

  it('gives anchors that every match of every table RegExp contains', () => {
    // Matches are produced from the RegExps' own examples: any text a RegExp matches must contain
    // one of its anchors (lower-cased), else matchText would skip a row that matches.
    const words = fc.constantFrom(
      ...TABLE_REGEXPS.flatMap((re) =>
        re.source
          .replace(/\\[bsdw]/g, ' ')
          .replace(/\\/g, '')
          .split(/[|()?:{}[\]^$]/),
      ),
      ' ',
      '"',
      '\n',
      'İ',
      'K',
      'ſ',
    );
    const text = fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, upper) => {
        const input = upper ? t.toUpperCase() : t;
        for (const re of TABLE_REGEXPS) {
          const anchors = regexAnchors(re);
          if (anchors === undefined || !re.test(input)) continue;
          const lower = input.toLowerCase();
          expect(anchors.some((a) => lower.includes(a))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
