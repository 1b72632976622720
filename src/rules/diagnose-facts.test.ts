import { describe, expect, it } from 'vitest';
import { diagnoseFacts } from './diagnose-facts';
import { FACT_ROWS as rows } from './testing/fact-rows';
import { ch, makeFacts } from './testing/test-facts';
import { ALL_RULES } from './causes/index';
import { onRuleError } from './rule-errors';
import { throwRuleError } from '../../test/setup/loud-rule-errors';

const basic = {
  scheme: 'Basic',
  length: 20,
  problems: [],
  basic: { base64: true, hasColon: true, userPresent: true, passwordPresent: true },
};

describe('diagnoseFacts', () => {
  it.each(rows)('$name -> $ranks', ({ facts, context, ranks, evidence }) => {
    const d = diagnoseFacts(makeFacts(facts), context);
    const top = d.causes[0];
    expect(`${top?.id} ${top?.likelihood}`).toBe(ranks);
    if (evidence !== undefined) expect(top?.evidence.map((e) => e.message.key)).toContain(evidence);
  });

  it('falls back to unknown with the general checklist when nothing points anywhere', () => {
    const d = diagnoseFacts(
      makeFacts({
        challenges: [ch('Custom')],
        credentials: { authorization: { scheme: 'Custom', length: 10, problems: [] } },
        response: { status: 401 },
      }),
    );
    expect(d.causes.at(-1)?.id).toBe('unknown');
    expect(d.causes.at(-1)?.advice.visitor.map((m) => m.key)).toContain('adv_visitor_checklist');
  });

  it('returns only unknown for a response with no clue at all', () => {
    const d = diagnoseFacts(
      makeFacts({
        response: { status: 401, headers: [] },
        challenges: [ch('Custom')],
        credentials: { authorization: { scheme: 'Custom', length: 10, problems: [] } },
      }),
    );
    expect(d.causes.some((c) => c.likelihood === 'likely')).toBe(false);
  });

  it.each([
    ['realm URL', [ch('Basic', [['realm', 'https://login.example.com/sso']])], 'https://login.example.com/sso'],
    [
      'authorization_uri',
      [
        ch('Bearer', [
          ['realm', 'api'],
          ['authorization_uri', 'https://idp.example.com/authorize'],
        ]),
      ],
      'https://idp.example.com/authorize',
    ],
    ['javascript: is never a login URL', [ch('Basic', [['realm', 'javascript:alert(1)']])], undefined],
    ['plain realm', [ch('Basic', [['realm', 'Restricted']])], undefined],
  ])('loginUrl from %s', (_name, challenges, url) => {
    expect(diagnoseFacts(makeFacts({ challenges })).loginUrl).toBe(url);
  });

  it('offers the private-window hint for a rejected Basic login, never grant-host-access', () => {
    const d = diagnoseFacts(makeFacts({ credentials: { authorization: basic }, challenges: [ch('Basic')] }));
    expect(d.causes[0]?.actions).toContain('private-window-hint');
    expect(d.causes[0]?.advice.visitor.map((m) => m.key)).toContain('adv_visitor_private_window');
    for (const c of d.causes) expect(c.actions).not.toContain('grant-host-access');
  });

  it('is deterministic', () => {
    for (const r of rows)
      expect(JSON.stringify(diagnoseFacts(makeFacts(r.facts), r.context))).toBe(
        JSON.stringify(diagnoseFacts(makeFacts(r.facts), r.context)),
      );
  });
});

describe('a rule that throws', () => {
  it('is loud in tests and silent in production', () => {
    const rules = ALL_RULES as Array<(typeof ALL_RULES)[number]>;
    const broken = Object.defineProperty(
      () => {
        throw new Error('boom');
      },
      'name',
      { value: 'brokenRule' },
    );
    rules.push(broken);
    try {
      expect(() => diagnoseFacts(makeFacts())).toThrow(/brokenRule threw: boom/);
      const seen: string[] = [];
      onRuleError((_error, rule) => seen.push(rule));
      expect(diagnoseFacts(makeFacts()).causes.length).toBeGreaterThan(0);
      expect(seen).toEqual(['brokenRule']);
      onRuleError(undefined); // production: swallowed
      expect(diagnoseFacts(makeFacts()).causes.length).toBeGreaterThan(0);
    } finally {
      rules.pop();
      onRuleError(throwRuleError);
    }
  });
});
