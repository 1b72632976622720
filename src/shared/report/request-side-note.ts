// The one sentence every output shows when part of the request was not seen (docs/design.md, Facts: unknown
// facts): a sanitized HAR, a login prompt's unrecorded retry, request headers the worker missed. The
// CLI's text and Markdown, the popup and the report all say it the same way.
import type { Facts, Message } from '../../rules/types';

export function requestSideNote(facts: Facts): Message | undefined {
  const seen = facts.request.seen;
  if (seen === undefined) return undefined;
  if (seen.sanitized === 'headers-removed') return { key: 'report_note_headers_removed' };
  if (seen.side === 'not-seen') return { key: 'report_note_not_seen' };
  if (seen.side === 'prompt-retry') return { key: 'report_note_prompt_retry' };
  if (seen.sanitized === 'values-replaced') return { key: 'report_note_values_replaced' };
  return undefined;
}

/** The request time is unknown (a HAR entry without startedDateTime): no time is shown. */
export function timeUnknown(facts: Facts): boolean {
  return facts.request.seen?.time === 'unknown';
}

/** Nothing credential-like is seen, and some credential header could not have been. */
export function credentialsUnknown(facts: Facts): boolean {
  const seen = facts.request.seen;
  return (
    seen !== undefined &&
    (seen.authorization === 'unknown' || seen.proxyAuthorization === 'unknown' || seen.cookies === 'unknown')
  );
}
