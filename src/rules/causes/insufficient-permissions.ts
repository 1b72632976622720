// insufficient-permissions: the caller is known but may not do this.
// RFC 6750 §3.1 `insufficient_scope` (which should come with 403, not 401).
import type { Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { jwtOf } from '../facts/facts-queries';

export const insufficientPermissionsRules: Rule = (facts) => {
  const be = facts.signals.bearerError;
  if (be?.error !== 'insufficient_scope') return [];
  const source = { kind: 'header', name: 'www-authenticate' } as const;
  const out: CauseCandidate[] = [
    candidate(
      'insufficient-permissions',
      WEIGHT.decisive,
      'direct',
      msg('ev_bearer_error', { code: be.error }),
      source,
    ),
  ];
  const wanted = be.scope ?? [];
  if (wanted.length === 0) return out;
  const has = tokenScopes(facts);
  const missing = has === undefined ? wanted : wanted.filter((s) => !has.includes(s));
  out.push(
    candidate(
      'insufficient-permissions',
      WEIGHT.hint,
      'direct',
      msg('ev_scope_wanted', { code: wanted.join(' ') }),
      source,
      {
        developer: [
          msg('adv_developer_add_scope', { code: missing.length > 0 ? missing.join(' ') : wanted.join(' ') }),
        ],
      },
    ),
  );
  if (has !== undefined && missing.length > 0) {
    out.push(
      candidate(
        'insufficient-permissions',
        WEIGHT.hint,
        'direct',
        msg('ev_scope_missing', { code: missing.join(' ') }, { code: has.length > 0 ? has.join(' ') : '-' }),
        { kind: 'claim', name: 'scope' },
      ),
    );
  }
  return out;
};

/** Scopes the sent JWT grants (`scope`/`scp`), undefined when they cannot be read. */
function tokenScopes(facts: Facts): string[] | undefined {
  return jwtOf(facts.credentials.authorization)?.claims.scope;
}
