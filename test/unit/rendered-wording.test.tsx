// @vitest-environment happy-dom
// Every sentence Why401 can show, rendered the way people see it and read for wording defects: each
// cause of every fixture (the scenarios and the real-server HARs), for every audience, in every
// locale, through the popup's `t()` (the card text and the whole rendered popup) and the Markdown
// report. A defect is one of: a raw message key or id, an unreplaced placeholder, a doubled word, a
// possessive glued to a name (`Google APIs's`), a knowledge-table label inside a sentence
// (`generic (RFC 6750)`), a word masked as if it were a secret (`OAuth [redacted]`), jargon in what a
// visitor reads, one header quoted twice, owner advice asking for what the server already sends, and a
// popup heading that repeats the card title.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeLocale } from '../../scripts/locales';
import { diagnoseHar } from '../../src/har/diagnose-har';
import { parseHar } from '../../src/har/parse-har';
import { setCatalog, t, tm } from '../../src/ui/i18n/t';
import { PopupRoot } from '../../src/popup/popup-root';
import { fakeConnection } from '../../src/popup/testing/fake-connection';
import { splitCodeSpans } from '../../src/ui/text/code-spans';
import { diagnose } from '../../src/rules/index';
import { BODY_MESSAGES } from '../../src/rules/knowledge/body-messages';
import { PROXY_BODIES, PROXY_HEADERS } from '../../src/rules/knowledge/proxy-signatures';
import { STATUS_TEXTS } from '../../src/rules/knowledge/status-texts';
import { VENDOR_HEADERS } from '../../src/rules/knowledge/vendor-headers';
import { scenarioExchange } from '../../src/rules/testing/scenario-exchange';
import {
  AUDIENCES,
  CAUSE_IDS,
  type Audience,
  type Cause,
  type Diagnosis,
  type EvidenceSource,
  type Message,
} from '../../src/rules/types';
import type { MessageCatalog } from '../../src/shared/i18n/catalog';
import { englishCatalog } from '../../src/shared/i18n/english-catalog';
import { causeSummaryKey, causeTitleKey } from '../../src/shared/report/cause-title';
import { sourceMessage } from '../../src/shared/report/evidence-source';
import { markdownReport } from '../../src/shared/report/markdown-report';
import { STORAGE_VERSION, type ObservationRecord, type TabState } from '../../src/shared/storage-schema';
import { firstObservation } from '../../src/shared/tab-state';
import { loadScenarios } from '../fixtures/load-scenarios';

afterEach(cleanup);

// happy-dom gives modules an http: import.meta.url, so fixture folders are found from the cwd.
const FIXTURES = resolve(process.cwd(), 'test/fixtures');
const NOW = Date.UTC(2026, 10, 26, 15, 0, 0);

interface Case {
  name: string;
  diagnosis: Diagnosis;
}

function harCases(dir: string, prefix: string): Case[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.har'))
    .sort()
    .flatMap((file) =>
      diagnoseHar(parseHar(readFileSync(join(dir, file), 'utf8'))).map((entry) => ({
        name: `${prefix}${file} #${entry.index}`,
        diagnosis: entry.diagnosis,
      })),
    );
}

const CASES: Case[] = [
  ...loadScenarios(join(FIXTURES, 'scenarios')).map((s) => ({
    name: s.id,
    diagnosis: diagnose(scenarioExchange(s), s.context),
  })),
  ...harCases(join(FIXTURES, 'real-servers'), ''),
  ...harCases(join(FIXTURES, 'real-servers/sanitized'), 'sanitized/'),
];

const CATALOGS: Record<string, MessageCatalog> = {
  en: englishCatalog,
  de: mergeLocale('de', resolve(process.cwd(), 'src/locales')),
};
const LOCALES = Object.keys(CATALOGS);

// ---------------------------------------------------------------------------------------------
// What counts as a defect

/** Message keys of every area (`ev_`, `adv_`, `cause_`, `report_`, `popup_`, `cli_`): shown raw when a key is missing. */
const RAW_KEY = /(?<![A-Za-z0-9_])(?:ev|adv|cause|report|popup|cli|extension)_[a-z0-9]+(?:_[a-z0-9]+)*/;
/** Credential problem ids (`literal-undefined`), taken from the catalogue that phrases them. */
const PROBLEM_IDS = Object.keys(englishCatalog)
  .filter((key) => key.startsWith('cli_problem_'))
  .map((key) => key.slice('cli_problem_'.length).replaceAll('_', '-'));
/** Stable ids never meant for reading: cause ids (`credentials-expired`) and credential problem ids. */
const RAW_ID = new RegExp(
  `(?<![\\w-])(?:${[...CAUSE_IDS.filter((id) => id !== 'unknown'), ...PROBLEM_IDS].join('|')})(?![\\w-])`,
);
/** `$1`..`$9` or `$NAME$` left in the text. */
const PLACEHOLDER = /\$[1-9]|\$[A-Za-z0-9_@]+\$/;
/** `APIs's`, `(RFC 6750)'s`, `` `x`'s ``: an English possessive glued to a name that cannot take it. */
const GLUED_POSSESSIVE = /[s)`]['’]s(?![\p{L}])/u;
/** The same word twice in a row, outside quoted server text. */
const DOUBLED_WORD = /(?<![\p{L}\d])(\p{L}+)\s+\1(?![\p{L}\d])/iu;
/** A knowledge-table label that names no product: the catch-all rows are `generic`. */
const TABLE_LABEL = /(?<![\p{L}])generic(?![\p{L}])/iu;
/** Rows whose `product` label enters sentences (src/rules/causes/from-known-messages.ts). */
const KNOWLEDGE_ROWS = [...BODY_MESSAGES, ...PROXY_BODIES, ...STATUS_TEXTS, ...VENDOR_HEADERS, ...PROXY_HEADERS];
/** What makes a label a note rather than a name: `generic (RFC 6750)`, `Kong (also Supabase)`, `FastAPI (tutorial pattern)`. */
const LABEL_NOTE = /(?<![\p{L}])(?:generic|RFC|also|pattern|e\.g\.)(?![\p{L}])/iu;
/** An ordinary word masked as a credential: prose after a scheme name (`Expected OAuth 2 access token`). */
const MASKED_PROSE = /(?<![\p{L}])(?:OAuth|the|an?|of|for|with|expected|valid|your)\s+\[redacted/iu;

/**
 * Words a visitor (someone who has never heard of HTTP) cannot be expected to know. The titles say
 * "sign-in details", "company sign-in" and "one-time value" instead, so none of these is needed:
 * - protocol and scheme names: Negotiate, NTLM, Kerberos, SPNEGO, Bearer, JWT, OAuth, DPoP, Digest
 *   auth's nonce, token/token68, realm, scheme (the Authorization header's first word);
 * - header talk: header, WWW-Authenticate, Proxy-Authenticate, Authorization header, SameSite;
 * - browser plumbing: CORS, preflight, OPTIONS, XHR, HTTP, RFC, DNS, CDN, SPN;
 * - `credentials`: developers' word for what visitors call their sign-in.
 * Allowed: cookies, cache, proxy, firewall, VPN, gateway, server, session, request: visitors meet
 * these in browser settings and sign-in pages, and each cause summary says what it means.
 * Acronyms and capitalised scheme names match case-sensitively (`options`, `negotiate` and `bearer`
 * are also English words); the rest match in any case.
 */
const VISITOR_JARGON = [
  /(?<![\p{L}\d-])(?:Negotiate|NTLM|SPNEGO|JWT|OAuth|DPoP|CORS|OPTIONS|XHR|HTTP|RFC|DNS|CDN|SPN)(?![\p{L}\d])/u,
  /(?<![\p{L}\d])(?:Kerberos|Bearer|nonce|token(?:68)?s?|realm|schemes?|headers?|WWW-Authenticate|Proxy-Authenticate|SameSite|preflights?|credentials?)(?![\p{L}\d])/iu,
];

/** Text outside code spans: our own words, not quoted server text or header values. */
function prose(text: string): string {
  return splitCodeSpans(text)
    .map((segment) => (segment.code ? ' ‹code› ' : segment.text))
    .join('');
}

/** A whole report or popup with its URLs and paths blanked: fixture paths are named after scenario ids. */
function withoutUrls(text: string): string {
  return text.replace(/[^\s`'"()]*\/[^\s`'"()]*/g, ' ‹url› ');
}

type Check = (text: string) => string | undefined;

function matchOf(re: RegExp): Check {
  return (text) => re.exec(text)?.[0];
}

/** Checks for any text shown anywhere, code spans included (ids and placeholders are ours there too). */
const ANYWHERE: Record<string, Check> = {
  'raw message key': matchOf(RAW_KEY),
  'raw id': matchOf(RAW_ID),
  placeholder: matchOf(PLACEHOLDER),
  'glued possessive': matchOf(GLUED_POSSESSIVE),
  'masked prose': matchOf(MASKED_PROSE),
};

/** Checks for our own sentences (code spans blanked). */
const IN_PROSE: Record<string, Check> = {
  'doubled word': (text) => matchOf(DOUBLED_WORD)(prose(text)),
  'knowledge-table label': (text) => matchOf(TABLE_LABEL)(prose(text)),
};

function visitorJargon(text: string): string | undefined {
  for (const re of VISITOR_JARGON) {
    const hit = re.exec(text)?.[0];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rendering, through the popup's t() and the shared report

interface Line {
  part: 'title' | 'summary' | 'evidence' | 'source' | 'advice';
  text: string;
}

function causeLines(cause: Cause, audience: Audience): Line[] {
  const line = (part: Line['part'], message: Message): Line => ({ part, text: tm(message) });
  return [
    line('title', { key: causeTitleKey(cause.id, audience) }),
    line('summary', { key: causeSummaryKey(cause.id) }),
    ...cause.evidence.flatMap((e) => [line('evidence', e.message), line('source', sourceMessage(e.source))]),
    ...cause.advice[audience].map((a) => line('advice', a)),
  ];
}

function record(diagnosis: Diagnosis): ObservationRecord {
  const { request } = diagnosis.facts;
  return firstObservation(`${request.method} ${request.url}`, diagnosis);
}

function renderPopup(diagnosis: Diagnosis, audience: Audience, lang: string) {
  const catalog = CATALOGS[lang] ?? englishCatalog;
  const state: TabState = {
    version: STORAGE_VERSION,
    tabId: 7,
    pageUrl: 'http://127.0.0.1:8080/',
    total: 1,
    records: [record(diagnosis)],
  };
  const connection = fakeConnection({ view: { kind: 'ready', tabId: 7, state }, audience, reportCatalog: catalog });
  return render(<PopupRoot connection={connection} now={() => NOW} />);
}

function setLocale(lang: string): void {
  setCatalog(CATALOGS[lang] ?? englishCatalog, lang);
}

// ---------------------------------------------------------------------------------------------
// Structural checks on a diagnosis (the same in every language)

/** Header (or status line) an evidence line quotes from, or undefined for other sources. */
function quotedPlace(source: EvidenceSource): string | undefined {
  if (source.kind === 'header') return `header ${source.name.toLowerCase()}`;
  return source.kind === 'status' ? 'status line' : undefined;
}

/** Quoted values of a rendered evidence line, `Name: ` prefixes dropped, whitespace folded, lower-cased. */
function quotes(text: string): string[] {
  return splitCodeSpans(text)
    .filter((segment) => segment.code)
    .map((segment) =>
      segment.text
        .replace(/^[A-Za-z0-9-]+:\s*/, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((quote) => quote.length >= 12);
}

/** Pairs of evidence lines of one cause that quote the same text from the same header. */
function doubleQuotes(cause: Cause): string[] {
  const seen: Array<{ place: string; quote: string }> = [];
  const found: string[] = [];
  for (const e of cause.evidence) {
    const place = quotedPlace(e.source);
    if (place === undefined) continue;
    for (const quote of quotes(tm(e.message))) {
      const twin = seen.find((s) => s.place === place && (s.quote.includes(quote) || quote.includes(s.quote)));
      if (twin) found.push(`${cause.id}: ${place} quoted twice: "${twin.quote}" / "${quote}"`);
    }
    for (const quote of quotes(tm(e.message))) seen.push({ place, quote });
  }
  return found;
}

/** Advice that asks the server for a header it already sends, or refers to one it does not. */
function adviceOutOfStep(cause: Cause, diagnosis: Diagnosis, audience: Audience): string[] {
  const { challenges, proxyChallenges, signals } = diagnosis.facts;
  const found: string[] = [];
  for (const advice of cause.advice[audience].map(tm)) {
    const mentionsChallenge = /WWW-Authenticate/.test(advice);
    if (audience === 'owner' && mentionsChallenge && challenges.length > 0)
      found.push(`owner asked for WWW-Authenticate, already sent: ${advice}`);
    if (audience === 'owner' && /Proxy-Authenticate/.test(advice) && proxyChallenges.length > 0)
      found.push(`owner asked for Proxy-Authenticate, already sent: ${advice}`);
    if (audience === 'owner' && /error="|error_description/.test(advice) && signals.bearerError?.error !== undefined)
      found.push(`owner asked for an RFC 6750 error, already sent: ${advice}`);
    if (audience === 'developer' && mentionsChallenge && challenges.length === 0)
      found.push(`developer pointed at a WWW-Authenticate that was not sent: ${advice}`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('rendered wording', () => {
  test('has fixtures of both kinds to render', () => {
    expect(CASES.filter((c) => c.name.endsWith('.har') || c.name.includes('.har #')).length).toBeGreaterThan(0);
    expect(CASES.filter((c) => !c.name.includes('.har')).length).toBeGreaterThan(0);
    expect(LOCALES).toEqual(['en', 'de']);
  });

  test('the checks find what they look for', () => {
    const bad: Array<[string, string]> = [
      ['raw message key', 'see adv_developer_search_product'],
      ['raw id', 'Bearer (9 chars; literal-undefined)'],
      ['raw id', 'the cause is credentials-expired'],
      ['placeholder', 'Search $PRODUCT$ docs'],
      ['placeholder', 'expired $1 ago'],
      ['glued possessive', "Search Google APIs's documentation"],
      ['glued possessive', "in generic (RFC 6750)'s logs"],
      ['masked prose', 'Expected OAuth [redacted] access token'],
      ['doubled word', 'the the server'],
      ['knowledge-table label', 'generic says `x`'],
    ];
    const checks = { ...ANYWHERE, ...IN_PROSE };
    for (const [name, text] of bad) expect(checks[name]?.(text), `${name}: ${text}`).toBeDefined();
    expect(visitorJargon('The site only accepts Negotiate, NTLM, Kerberos')).toBe('Negotiate');
    expect(visitorJargon('Sign in again, then clear the cookies and cache.')).toBeUndefined();
    expect(prose('like `Bearer Bearer` here')).not.toMatch(DOUBLED_WORD);
  });

  test.each(KNOWLEDGE_ROWS.map((row) => [row.id, row.product] as const))(
    'knowledge row %s: its label "%s" can stand in a sentence',
    (_id, product) => {
      // "X says ...", "Search the X documentation": a product's name, or exactly `generic` (never shown).
      if (product !== 'generic') expect(product).not.toMatch(LABEL_NOTE);
    },
  );

  describe.each(LOCALES)('%s', (lang) => {
    describe.each(AUDIENCES)('%s', (audience) => {
      test.each(CASES.map((c) => [c.name, c] as const))('%s: every cause', (_name, { diagnosis }) => {
        setLocale(lang);
        const defects: string[] = [];
        for (const cause of diagnosis.causes) {
          for (const { part, text } of causeLines(cause, audience)) {
            for (const [name, check] of Object.entries({ ...ANYWHERE, ...IN_PROSE })) {
              const hit = check(text);
              if (hit !== undefined) defects.push(`${cause.id} ${part}: ${name} "${hit}" in: ${text}`);
            }
            // Evidence sits behind "Details" for visitors and is shared by all audiences: technical by design.
            if (audience === 'visitor' && part !== 'evidence' && part !== 'source') {
              const hit = visitorJargon(text);
              if (hit !== undefined) defects.push(`${cause.id} ${part}: visitor jargon "${hit}" in: ${text}`);
            }
          }
          defects.push(...doubleQuotes(cause), ...adviceOutOfStep(cause, diagnosis, audience));
        }
        expect(defects).toEqual([]);
      });

      test.each(CASES.map((c) => [c.name, c] as const))('%s: Markdown report', (_name, { diagnosis }) => {
        const report = withoutUrls(
          markdownReport([diagnosis], {
            audience,
            catalog: CATALOGS[lang] ?? englishCatalog,
            locale: lang,
            timeZone: 'UTC',
          }),
        );
        const defects = Object.entries(ANYWHERE).flatMap(([name, check]) => {
          const hit = check(report);
          return hit === undefined ? [] : [`${name} "${hit}"`];
        });
        expect(defects).toEqual([]);
      });

      test.each(CASES.map((c) => [c.name, c] as const))('%s: popup', (_name, { diagnosis }) => {
        setLocale(lang);
        const { container } = renderPopup(diagnosis, audience, lang);
        const text = withoutUrls(container.textContent ?? '');
        const defects = Object.entries(ANYWHERE).flatMap(([name, check]) => {
          const hit = check(text);
          return hit === undefined ? [] : [`${name} "${hit}"`];
        });
        const heading = container.querySelector('h1')?.textContent ?? '';
        const title = container.querySelector('.card h2')?.textContent ?? '';
        expect(title).not.toBe('');
        if (heading.includes(title)) defects.push(`heading repeats the card title: ${heading}`);
        if (audience === 'visitor' && visitorJargon(heading) !== undefined)
          defects.push(`visitor jargon in the heading: ${heading}`);
        expect(defects).toEqual([]);
      });
    });

    test('every message a visitor reads is free of jargon, whether or not a fixture shows it', () => {
      const catalog = CATALOGS[lang] ?? englishCatalog;
      const visitorKeys = Object.keys(catalog).filter((key) =>
        /^adv_visitor_|^cause_[a-z_]+_(?:title|summary)$/.test(key),
      );
      expect(visitorKeys.length).toBeGreaterThan(CAUSE_IDS.length * 2);
      setLocale(lang);
      const found = visitorKeys.flatMap((key) => {
        const text = tm({ key });
        const hit = visitorJargon(text);
        return hit === undefined ? [] : [`${key}: "${hit}" in: ${text}`];
      });
      expect(found).toEqual([]);
    });

    test('a request webRequest reports as xmlhttprequest is named as fetch too (fetch() and XHR share the type)', () => {
      // https://developer.chrome.com/docs/extensions/reference/api/webRequest#type-ResourceType
      setLocale(lang);
      expect(t('popup_resource_xmlhttprequest')).toMatch(/fetch/i);
    });
  });
});
