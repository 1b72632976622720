import { diagnose } from '../rules/index';
import type { Diagnosis } from '../rules/types';
import { entryToExchange } from './entry-to-exchange';
import type { HarContextTracker } from './har-context';
import type { HarEntry } from './har-types';
import { type HarVisibility, requestSideOf } from './detect-sanitized';

/**
 * One 401/407 entry diagnosed against what the tracker saw before it: the one step every host shares,
 * whether the entries come from a HAR file (diagnose-har.ts) or one by one from DevTools' network log
 * (src/devtools). `pageUrl` overrides the tracker's page when the host knows it better.
 */
export function diagnoseEntry(
  entry: HarEntry,
  tracker: HarContextTracker,
  visibility: HarVisibility,
  pageUrl: string | undefined = tracker.pageUrlOf(entry),
): Diagnosis {
  const requestSide = requestSideOf(entry, visibility);
  const exchange = entryToExchange(entry, { pageUrl, ...(requestSide ? { requestSide } : {}) });
  return diagnose(exchange, tracker.contextFor(entry));
}
