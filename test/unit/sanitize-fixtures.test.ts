// Issue 16: a HAR sanitized by `why401 sanitize` diagnoses exactly as the original did. Every HAR the
// project holds (scenarios as Chrome exports them, sanitized by other tools, real servers, examples,
// the CLI's inputs) is diagnosed before and after: same causes, likelihoods, scores, evidence, advice.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../../src/har/diagnose-har';
import { parseHar } from '../../src/har/parse-har';
import { sanitizeHar } from '../../src/har/sanitize/sanitize-har';
import { PLACEHOLDER_STYLES, chromeSanitized, placeholderSanitized } from '../fixtures/har-sanitizers';
import { loadScenarios } from '../fixtures/load-scenarios';
import { REAL_SERVERS_DIR } from '../fixtures/real-server-cases';
import { scenarioHar } from '../fixtures/scenario-har';

function filesIn(dir: string, pattern: RegExp): Array<[string, string]> {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

const ROOT = join(import.meta.dirname, '../..');

function corpus(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const s of loadScenarios()) {
    const har = scenarioHar(s);
    out.push([`scenario:${s.id}`, JSON.stringify(har)]);
    out.push([`chrome-sanitized:${s.id}`, JSON.stringify(chromeSanitized(har))]);
    for (const style of PLACEHOLDER_STYLES)
      out.push([`${style}:${s.id}`, JSON.stringify(placeholderSanitized(har, style))]);
  }
  for (const [name, text] of filesIn(REAL_SERVERS_DIR, /\.har$/)) out.push([`real-server:${name}`, text]);
  for (const [name, text] of filesIn(join(REAL_SERVERS_DIR, 'sanitized'), /\.har$/))
    out.push([`real-server-sanitized:${name}`, text]);
  for (const [name, text] of filesIn(join(ROOT, 'examples'), /\.har$/)) out.push([`examples:${name}`, text]);
  for (const [name, text] of filesIn(join(ROOT, 'test/cli'), /\.(?:har|json)$/)) out.push([`test/cli:${name}`, text]);
  return out;
}

/** What a reader of the diagnosis sees: causes in order with everything they carry, the URL, the login URL. */
function answers(text: string) {
  return diagnoseHar(parseHar(text)).map(({ index, diagnosis }) => ({
    index,
    url: diagnosis.facts.request.url,
    seen: diagnosis.facts.request.seen,
    loginUrl: diagnosis.loginUrl,
    causes: diagnosis.causes,
  }));
}

describe('every fixture HAR diagnoses the same after sanitizing', () => {
  it.each(corpus())('%s', (_name, text) => {
    const sanitized = JSON.stringify(sanitizeHar(JSON.parse(text)).har);
    expect(answers(sanitized)).toEqual(answers(text));
  });
});
