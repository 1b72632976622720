// Every message the rules emit exists in src/locales/en/rules.json, with a description and as many
// placeholders as params; every cause has its titles and summary.
import { describe, expect, it } from 'vitest';
import messages from '../locales/en/rules.json';
import type { Scenario } from '../../test/fixtures/scenario';
import { CAUSE_IDS, CREDENTIAL_PROBLEMS, type CredentialProblem, type Diagnosis, type Message } from './types';
import { diagnose } from './index';
import { diagnoseFacts } from './diagnose-facts';
import { FACT_ROWS } from './testing/fact-rows';
import { problemKey } from './causes/malformed-credentials';
import { scenarioExchange } from './testing/scenario-exchange';
import { makeFacts } from './testing/test-facts';

interface Entry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const table = messages as Record<string, Entry>;
const modules = import.meta.glob<Scenario>('../../test/fixtures/scenarios/*.json', { eager: true, import: 'default' });

const PROBLEMS: readonly CredentialProblem[] = CREDENTIAL_PROBLEMS;

function allMessages(d: Diagnosis): Message[] {
  return d.causes.flatMap((c) => [
    ...c.evidence.map((e) => e.message),
    ...c.advice.visitor,
    ...c.advice.developer,
    ...c.advice.owner,
  ]);
}

const diagnoses: Array<[string, Diagnosis]> = [
  ...Object.values(modules).map((s) => [s.id, diagnose(scenarioExchange(s), s.context)] as [string, Diagnosis]),
  ...FACT_ROWS.map((r) => [r.name, diagnoseFacts(makeFacts(r.facts), r.context)] as [string, Diagnosis]),
];

describe('messages', () => {
  it.each(diagnoses)('%s: every message exists with matching placeholders', (_name, d) => {
    for (const m of allMessages(d)) {
      const entry = table[m.key];
      expect(entry, m.key).toBeDefined();
      expect(entry?.description, m.key).toBeTruthy();
      const used = new Set(entry?.message.match(/\$[A-Za-z0-9_]+\$/g) ?? []);
      expect(Object.keys(entry?.placeholders ?? {}).length, m.key).toBe(m.params?.length ?? 0);
      expect(used.size, m.key).toBe(m.params?.length ?? 0);
    }
  });

  it.each(CAUSE_IDS.map((id) => [id]))('%s has titles and a summary', (id) => {
    const k = id.replace(/-/g, '_');
    for (const suffix of ['title', 'title_dev', 'summary'])
      expect(table[`cause_${k}_${suffix}`]?.message, `cause_${k}_${suffix}`).toBeTruthy();
  });

  it.each(PROBLEMS.map((p) => [p]))('credential problem %s has evidence and advice', (p) => {
    expect(table[`ev_problem_${problemKey(p)}`]).toBeDefined();
    expect(table[`adv_developer_problem_${problemKey(p)}`]).toBeDefined();
  });

  it('keys are letters, digits and underscores; placeholders are named and numbered', () => {
    for (const [key, entry] of Object.entries(table)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.description.length).toBeGreaterThan(0);
      const names = Object.keys(entry.placeholders ?? {});
      names.forEach((name, i) => {
        expect(entry.message.toLowerCase()).toContain(`$${name}$`);
        expect(entry.placeholders?.[name]?.content).toBe(`$${i + 1}`);
      });
    }
  });
});
