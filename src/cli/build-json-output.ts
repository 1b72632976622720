import type { Audience, Cause } from '../rules/types';
import { AUDIENCES } from '../rules/index';
import type { MessageCatalog } from '../shared/i18n/catalog';
import { formatMessage } from '../shared/i18n/format-message';
import type { FormatOptions } from '../shared/i18n/format-param';
import { causeSummary, causeTitle } from '../shared/report/cause-title';
import { sourceId } from '../shared/report/evidence-source';
import type { DiagnosedEntry } from '../har/diagnose-har';
import type { JsonCause, JsonEntry, JsonGroup, JsonOutput, JsonSummary } from './json-output';
import type { RefusalReport } from './refusals/refusal-report';
import { requestSideNote } from '../shared/report/request-side-note';

export interface JsonOptions extends FormatOptions {
  catalog: MessageCatalog;
  audience: Audience;
}

/** One object per entry (the public schema, json-output.ts); grouping is an added field, not a new shape. */
export function buildJsonOutput(report: RefusalReport, options: JsonOptions): JsonOutput {
  const shown = report.shown.flatMap((group) => group.entries).sort((a, b) => a.index - b.index);
  const entries = shown.map((e) => jsonEntry(e, options));
  const out: JsonOutput = {
    version: 1,
    entryCount: report.entryCount,
    entries,
    summary: jsonSummary(report),
    groups: report.shown.map(jsonGroup),
  };
  // Chrome's header removal outweighs placeholders when a file has both.
  const sanitized =
    entries.find((e) => e.sanitized === 'headers-removed')?.sanitized ??
    entries.find((e) => e.sanitized !== undefined)?.sanitized;
  if (sanitized !== undefined) out.sanitized = sanitized;
  return out;
}

function jsonSummary(report: RefusalReport): JsonSummary {
  return {
    refused: report.refused,
    matched: report.matched.length,
    byStatus: Object.fromEntries(report.counts.byStatus.map(([status, count]) => [String(status), count])),
    byCause: Object.fromEntries(report.counts.byCause),
    omittedGroups: report.omittedGroups,
    omittedEntries: report.omittedEntries,
  };
}

function jsonGroup(group: RefusalReport['groups'][number]): JsonGroup {
  return {
    cause: group.cause,
    method: group.method,
    urlPattern: group.urlPattern,
    count: group.entries.length,
    indices: group.entries.map((e) => e.index),
  };
}

function jsonEntry({ index, startedDateTime, diagnosis }: DiagnosedEntry, options: JsonOptions): JsonEntry {
  const { request, response } = diagnosis.facts;
  const top = diagnosis.causes[0];
  const advice = {} as Record<Audience, string[]>;
  for (const audience of AUDIENCES)
    advice[audience] = (top?.advice[audience] ?? []).map((m) => formatMessage(options.catalog, m, options));
  const entry: JsonEntry = {
    index,
    url: request.url,
    method: request.method,
    status: response.status,
    startedDateTime,
    requestSide: request.seen?.side ?? 'complete',
    causes: diagnosis.causes.map((c) => jsonCause(c, options)),
    advice,
  };
  if (request.seen?.sanitized !== undefined) entry.sanitized = request.seen.sanitized;
  const note = requestSideNote(diagnosis.facts);
  if (note !== undefined) entry.note = formatMessage(options.catalog, note, options);
  if (diagnosis.loginUrl !== undefined) entry.loginUrl = diagnosis.loginUrl;
  return entry;
}

function jsonCause(cause: Cause, options: JsonOptions): JsonCause {
  const out: JsonCause = {
    id: cause.id,
    likelihood: cause.likelihood,
    title: causeTitle(options.catalog, cause.id, options.audience, options),
    evidence: cause.evidence.map((e) => ({
      text: formatMessage(options.catalog, e.message, options),
      source: sourceId(e.source),
    })),
  };
  const summary = causeSummary(options.catalog, cause.id, options);
  if (summary !== undefined) out.summary = summary;
  return out;
}
