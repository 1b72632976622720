// Where "clear the cookies" can help: a session the server no longer accepts (expired, revoked,
// rejected while cookies were sent) or cookies the browser holds but did not send. Never where the
// evidence says nothing failed (an NTLM/Negotiate handshake step: the next request completes it), and
// not for causes clearing cannot touch (missing credentials, a server fault, a proxy).
import type { CauseId } from '../../rules/types';
import type { ObservationRecord } from '../../shared/storage-schema';

const SESSION_CAUSES: ReadonlySet<CauseId> = new Set([
  'credentials-expired',
  'credentials-revoked',
  'credentials-not-sent',
]);
/** Evidence that says the refusal is a normal step, not a failure (src/locales/en/rules.json). */
const NOTHING_FAILED: ReadonlySet<string> = new Set(['ev_handshake_step']);

export function clearHelps(record: ObservationRecord): boolean {
  const top = record.diagnosis.causes[0];
  if (!top || top.evidence.some((item) => NOTHING_FAILED.has(item.message.key))) return false;
  if (SESSION_CAUSES.has(top.id)) return true;
  // A rejected session cookie (not a wrong password typed into a dialog): a fresh sign-in needs it gone.
  return (
    top.id === 'credentials-rejected' &&
    record.diagnosis.facts.credentials.cookieNames.length > 0 &&
    !record.diagnosis.facts.credentials.authorization
  );
}
