import type { Audience, Cause, CredentialProblem, Message } from '../rules/types';
import { formatChallenge } from '../rules/index';
import type { MessageCatalog } from '../shared/i18n/catalog';
import { formatMessage } from '../shared/i18n/format-message';
import { formatParam, type FormatOptions } from '../shared/i18n/format-param';
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { causeSummary, causeTitle } from '../shared/report/cause-title';
import { describeCredentials, problemPhraseKey } from '../shared/report/describe-credentials';
import { credentialsUnknown, requestSideNote, timeUnknown } from '../shared/report/request-side-note';
import { sourceMessage } from '../shared/report/evidence-source';
import { statusLine } from '../shared/report/status-line';
import type { Style } from './ansi';
import { entryNumber } from './entry-numbers';
import type { DiagnosedEntry } from '../har/diagnose-har';
import { unwrapCodeSpans } from './plain-code';
import type { RefusalGroup } from './refusals/group-refusals';
import type { RefusalReport } from './refusals/refusal-report';
import { omittedMessage, repeatsMessage, summaryLines } from './report-messages';

export interface TextOptions extends FormatOptions {
  catalog: MessageCatalog;
  audience: Audience;
  style: Style;
}

/** The human-readable output of `why401 diagnose`: the summary first, then one block per group. */
export function renderText(report: RefusalReport, options: TextOptions): string {
  const summary = summaryLines(report, {
    t: (m) => t(options, m),
    causeName: (id) => plain(causeTitle(options.catalog, id, options.audience, options), options),
  });
  if (report.shown.length === 0) return `${summary.join('\n')}\n`;
  const blocks = report.shown.map((group) => renderGroup(group, options).join('\n'));
  const omitted = omittedMessage(report);
  const tail = omitted === undefined ? '' : `\n\n${options.style.dim(t(options, omitted))}`;
  return `${summary.join('\n')}\n\n${blocks.join('\n\n')}${tail}\n`;
}

function renderGroup(group: RefusalGroup, options: TextOptions): string[] {
  const [first] = group.entries;
  if (first === undefined) return [];
  const lines = renderEntry(first, options);
  const repeats = repeatsMessage(group, options.locale);
  if (repeats !== undefined) lines.splice(1, 0, `   ${options.style.cyan(t(options, repeats))}`);
  return lines;
}

function renderEntry({ index, startedDateTime, diagnosis }: DiagnosedEntry, options: TextOptions): string[] {
  const { style } = options;
  const { request, response, challenges, proxyChallenges, credentials } = diagnosis.facts;
  const [top, ...others] = diagnosis.causes;
  const url = sanitizeText(request.url, 2000);
  // A HAR entry without a (readable) startedDateTime has no time to show: nothing, not 1970.
  const when = Date.parse(startedDateTime);
  const time =
    Number.isFinite(when) && !timeUnknown(diagnosis.facts) ? ` · ${formatParam({ time: when }, options)}` : '';
  const lines = [
    `${style.dim(`#${entryNumber(index)}`)} ${style.bold(`${sanitizeText(request.method, 20)} ${url}`)}`,
    `   ${style.red(statusLine(response))}${time}`,
  ];
  const sent = describeCredentials(credentials, (problem) => problemPhrase(problem, options));
  const none = t(options, { key: credentialsUnknown(diagnosis.facts) ? 'report_credentials_unknown' : 'report_none' });
  lines.push(`   ${t(options, { key: 'report_label_credentials' })}: ${sent.length > 0 ? sent.join(', ') : none}`);
  const note = requestSideNote(diagnosis.facts);
  if (note) lines.push(`   ${style.dim(t(options, note))}`);
  const shown = [...challenges, ...proxyChallenges].map((c) => sanitizeText(formatChallenge(c), 500));
  if (shown.length > 0) lines.push(`   ${t(options, { key: 'report_label_challenges' })}: ${shown.join(', ')}`);
  if (diagnosis.loginUrl)
    lines.push(`   ${t(options, { key: 'report_label_login_url' })}: ${sanitizeText(diagnosis.loginUrl, 2000)}`);
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
  if (summary !== undefined) lines.push(`    ${plain(summary, options)}`);
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
  return cause.evidence.map(
    (e) => `${indent}- ${t(options, e.message)} ${options.style.dim(`[${t(options, sourceMessage(e.source))}]`)}`,
  );
}

function title(cause: Cause, options: TextOptions): string {
  return `${plain(causeTitle(options.catalog, cause.id, options.audience, options), options)} (${t(options, { key: `report_likelihood_${cause.likelihood}` })})`;
}

/** `literal-undefined` -> "the word undefined instead of a credential": ids are for JSON, not people. */
function problemPhrase(problem: CredentialProblem, options: TextOptions): string {
  const key = problemPhraseKey(problem);
  return Object.hasOwn(options.catalog, key) ? t(options, { key }) : problem;
}

/** A catalog message as terminal text: code spans in plain quotes (and coloured when colour is on). */
function t(options: TextOptions, message: Message): string {
  return plain(formatMessage(options.catalog, message, options), options);
}

function plain(text: string, options: TextOptions): string {
  // Quoted, so server text stays visibly apart; curly quotes, as the text inside often has straight ones.
  return unwrapCodeSpans(text, (code) => `“${options.style.cyan(code)}”`);
}
