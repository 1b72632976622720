import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, CAUSE_IDS } from '../rules/index';
import type { JsonOutput } from './json-output';
import { run } from './main';
import { captureIo } from './testing/capture-io';

const fixture = (name: string) => join(import.meta.dirname, '../../test/cli', name);

async function json(file: string, extra: string[] = []): Promise<JsonOutput> {
  const io = captureIo();
  expect(await run(['diagnose', '--json', ...extra, fixture(file)], io)).toBe(0);
  return JSON.parse(io.out()) as JsonOutput;
}

const SOURCE = /^(header:[a-z0-9-]+|claim:[a-z_]+|body|status|request|context|history:https?:\/\/\S+)$/;

describe('diagnose --json', () => {
  it('follows the version 1 schema', async () => {
    const output = await json('sample.har');
    // Fields are only ever added (summary and groups for issue #13): version 1 consumers read it unchanged.
    expect(Object.keys(output).sort()).toEqual(['entries', 'entryCount', 'groups', 'summary', 'version']);
    expect(output.version).toBe(1);
    expect(output.entryCount).toBe(8);
    expect(output.entries.map((e) => e.index)).toEqual([2, 4, 5, 6]);
    for (const entry of output.entries) {
      const optional = ['loginUrl', 'note', 'sanitized'];
      expect(
        Object.keys(entry)
          .filter((k) => !optional.includes(k))
          .sort(),
      ).toEqual(['advice', 'causes', 'index', 'method', 'requestSide', 'startedDateTime', 'status', 'url']);
      expect([401, 407]).toContain(entry.status);
      expect(entry.startedDateTime).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(entry.causes.length).toBeGreaterThan(0);
      expect(Object.keys(entry.advice).sort()).toEqual([...AUDIENCES].sort());
      for (const list of Object.values(entry.advice)) for (const text of list) expect(typeof text).toBe('string');
      for (const cause of entry.causes) {
        expect(CAUSE_IDS).toContain(cause.id);
        expect(['likely', 'possible']).toContain(cause.likelihood);
        expect(cause.title).not.toBe(cause.id);
        for (const e of cause.evidence) {
          expect(e.text).not.toMatch(/^(ev|adv|cause)_[a-z_]+$/);
          expect(e.source).toMatch(SOURCE);
        }
      }
    }
  });

  it.each<[number, string, string]>([
    [0, 'credentials-expired', 'claim:exp'],
    [0, 'credentials-expired', 'history:https://api.example.com/v1/ping'],
    [2, 'credentials-rejected', 'header:www-authenticate'],
  ])('entry #%i ranks %s first, with evidence from %s', async (position, cause, source) => {
    const entry = (await json('sample.har')).entries[position];
    expect(entry?.causes[0]?.id).toBe(cause);
    expect(entry?.causes[0]?.evidence.map((e) => e.source)).toContain(source);
  });

  it('titles causes for the chosen audience', async () => {
    const developer = (await json('sample.har')).entries[0]?.causes[0]?.title;
    const visitor = (await json('sample.har', ['--audience', 'visitor'])).entries[0]?.causes[0]?.title;
    expect(developer).toBe('Credentials expired');
    expect(visitor).not.toBe(developer);
  });

  it('lists no entries when there is no 401 or 407', async () => {
    expect(await json('no-auth-failures.har')).toEqual({
      version: 1,
      entryCount: 3,
      entries: [],
      summary: { refused: 0, matched: 0, byStatus: {}, byCause: {}, omittedGroups: 0, omittedEntries: 0 },
      groups: [],
    });
  });
});
