// Which popup actions fit each cause. `grant-host-access` is the popup's own and never emitted here.
import type { ActionId, CauseId, Facts } from '../types';

const BY_CAUSE: Record<CauseId, readonly ActionId[]> = {
  'missing-credentials': ['open-login', 'copy-curl', 'copy-report'],
  'credentials-not-sent': ['reload', 'copy-curl', 'copy-report'],
  'credentials-rejected': ['open-login', 'clear-site-data', 'copy-report'],
  'credentials-expired': ['clear-site-data', 'open-login', 'reload', 'copy-report'],
  'credentials-revoked': ['clear-site-data', 'open-login', 'copy-report'],
  'malformed-credentials': ['copy-curl', 'copy-report'],
  'insufficient-permissions': ['copy-report'],
  'integrated-auth-unavailable': ['reload', 'copy-report'],
  'stale-nonce': ['reload', 'copy-report'],
  'clock-skew': ['reload', 'copy-report'],
  'proxy-or-firewall': ['reload', 'copy-report'],
  'server-misconfigured': ['copy-report', 'copy-curl'],
  'stale-dns-or-cache': ['reload-bypass-cache', 'clear-site-data', 'copy-report'],
  unknown: ['reload', 'clear-site-data', 'open-login', 'copy-report', 'copy-curl'],
};

/** Causes where the browser's remembered Basic/Digest login is the thing to forget. */
const FORGET_LOGIN: ReadonlySet<CauseId> = new Set([
  'credentials-rejected',
  'credentials-expired',
  'credentials-revoked',
  'malformed-credentials',
]);

/** Browsers keep Basic/Digest credentials until they close and no extension can clear them: a private window can. */
export function usesRememberedLogin(facts: Facts): boolean {
  const scheme = facts.credentials.authorization?.scheme.toLowerCase();
  return scheme === 'basic' || scheme === 'digest';
}

export function actionsFor(cause: CauseId, facts: Facts): ActionId[] {
  const out = [...BY_CAUSE[cause]];
  if (forgetsLogin(cause, facts)) out.splice(out.length - 1, 0, 'private-window-hint');
  return out;
}

export function forgetsLogin(cause: CauseId, facts: Facts): boolean {
  return FORGET_LOGIN.has(cause) && usesRememberedLogin(facts);
}
