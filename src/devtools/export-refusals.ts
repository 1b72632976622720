// "Export these refusals": the listed refusals as a HAR with every secret replaced by a placeholder of
// its shape (sanitizeHar, docs/sanitized-har.md), in the text `why401 sanitize` writes. The raw entries
// stay in the panel's memory: only the sanitized text leaves this module.
import { str } from '../har/har-fields';
import { sanitizeHar, type SanitizeSummary } from '../har/sanitize/sanitize-har';
import type { CauseId } from '../rules/types';
import type { Refusal } from './refusal-collector';
import { refusalsHar } from './refusals-har';

export interface RefusalsExport {
  /** The sanitized HAR as JSON, as `why401 sanitize` prints it. */
  text: string;
  fileName: string;
  summary: SanitizeSummary;
}

/** What the panel lists: every refusal, or those whose top cause is the filter's (panel-model.ts). */
export function listedRefusals(refusals: readonly Refusal[], filter: CauseId | undefined): Refusal[] {
  if (filter === undefined) return [...refusals];
  return refusals.filter((refusal) => (refusal.diagnosis.causes[0]?.id ?? 'unknown') === filter);
}

function hostOf(refusals: readonly Refusal[]): string {
  try {
    // The host only (never user info): lower case, and nothing a file name cannot hold.
    const host = new URL(str(refusals[0]?.entry.request.url) ?? '').hostname.replace(/[^a-z0-9.-]+/g, '_');
    return host === '' ? 'page' : host;
  } catch {
    return 'page';
  }
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** `why401-refusals-<host>-<yyyymmdd-hhmm>.har`, in local time as the browser names downloads. */
export function exportFileName(refusals: readonly Refusal[], at: Date): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `why401-refusals-${hostOf(refusals)}-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.har`;
}

export function exportRefusals(refusals: readonly Refusal[], version: string, at: Date): RefusalsExport {
  const { har, summary } = sanitizeHar(refusalsHar(refusals, version));
  return { text: `${JSON.stringify(har, null, 2)}\n`, fileName: exportFileName(refusals, at), summary };
}
