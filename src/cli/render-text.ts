import type { Audience, Cause, Message } from '../rules/types';
import { formatChallenge } from '../rules/index';
import type { MessageCatalog } from '../shared/i18n/catalog';
import { formatMessage } from '../shared/i18n/format-message';
import { formatParam, type FormatOptions } from '../shared/i18n/format-param';
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { causeSummary, causeTitle } from '../shared/report/cause-title';
import { describeCredentials } from '../shared/report/describe-credentials';
import { credentialsUnknown, requestSideNote, timeUnknown } from '../shared/report/request-side-note';
import { sourceMessage } from '../shared/report/evidence-source';
import { statusLine } from '../shared/report/status-line';
import type { Style } from './ansi';
import type { DiagnosedEntry } from './har/diagnose-har';

export interface TextOptions extends FormatOptions {
  catalog: MessageCatalog;
  audience: Audience;
  style: Style;
}

/** The human-readable output of `why401 diagnose`: a summary line, then one block per entry. */
export function renderText(entries: readonly DiagnosedEntry[], entryCount: number, options: TextOptions): string {
  if (entries.length === 0) return `${t(options, { key: 'cli_no_auth_failures', params: [entryCount] })}\n`;
  const blocks = entries.map((e) => renderEntry(e, options).join('\n'));
  return `${t(options, { key: 'cli_summary', params: [entries.length, entryCount] })}\n\n${blocks.join('\n\n')}\n`;
}

function renderEntry({ index, diagnosis }: DiagnosedEntry, options: TextOptions): string[] {
  const { style } = options;
  const { request, response, challenges, proxyChallenges, credentials } = diagnosis.facts;
  const [top, ...others] = diagnosis.causes;
  const url = sanitizeText(request.url, 2000);
  const lines = [
    `${style.dim(`#${index}`)} ${style.bold(`${sanitizeText(request.method, 20)} ${url}`)}`,
    `   ${style.red(statusLine(response))} · ${timeUnknown(diagnosis.facts) ? t(options, { key: 'report_time_unknown' }) : formatParam({ time: request.startedAt }, options)}`,
  ];
  const sent = describeCredentials(credentials);
  const none = t(options, { key: credentialsUnknown(diagnosis.facts) ? 'report_credentials_unknown' : 'report_none' });
  lines.push(`   ${label(options, 'report_label_credentials')}: ${sent.length > 0 ? sent.join(', ') : none}`);
  const note = requestSideNote(diagnosis.facts);
  if (note) lines.push(`   ${style.dim(t(options, note))}`);
  const shown = [...challenges, ...proxyChallenges].map((c) => sanitizeText(formatChallenge(c), 500));
  if (shown.length > 0) lines.push(`   ${label(options, 'report_label_challenges')}: ${shown.join(', ')}`);
  if (diagnosis.loginUrl) lines.push(`   ${label(options, 'report_label_login_url')}: ${sanitizeText(diagnosis.loginUrl, 2000)}`);
  if (top) lines.push('', ...renderTopCause(top, options));
  if (others.length > 0) {
    lines.push('', `  ${style.bold(t(options, { key: 'report_heading_other_causes' }))}:`);
    for (const cause of others) lines.push(...renderOtherCause(cause, options));
  }
  return lines;
}

function renderTopCause(cause: Cause, options: TextOptions): string[] {
  const { style } = options;
  const heading = `${t(options, { key: 'report_heading_most_likely' })}: ${style.yellow(title(cause, options))}`;
  const lines = [`  ${style.bold(heading)}`];
  const summary = causeSummary(options.catalog, cause.id, options);
  if (summary !== undefined) lines.push(`    ${summary}`);
  lines.push(`    ${t(options, { key: 'report_heading_evidence' })}:`, ...evidenceLines(cause, options, '      '));
  const audience = t(options, { key: `report_audience_${options.audience}` });
  lines.push(`    ${t(options, { key: 'report_heading_what_to_do', params: [audience] })}:`);
  for (const advice of cause.advice[options.audience]) lines.push(`      • ${t(options, advice)}`);
  return lines;
}

function renderOtherCause(cause: Cause, options: TextOptions): string[] {
  return [`    • ${options.style.yellow(title(cause, options))}`, ...evidenceLines(cause, options, '        ')];
}

function evidenceLines(cause: Cause, options: TextOptions, indent: string): string[] {
  return cause.evidence.map((e) => `${indent}- ${t(options, e.message)} ${options.style.dim(`[${t(options, sourceMessage(e.source))}]`)}`);
}

function title(cause: Cause, options: TextOptions): string {
  return `${causeTitle(options.catalog, cause.id, options.audience, options)} (${t(options, { key: `report_likelihood_${cause.likelihood}` })})`;
}

function label(options: TextOptions, key: string): string {
  return t(options, { key });
}

function t(options: TextOptions, message: Message): string {
  return formatMessage(options.catalog, message, options);
}
