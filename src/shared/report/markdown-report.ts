import type { Audience, Cause, CredentialProblem, Diagnosis, Message } from '../../rules/types';
import type { MessageCatalog } from '../i18n/catalog';
import { formatMessage } from '../i18n/format-message';
import { codeSpan, formatParam, type FormatOptions } from '../i18n/format-param';
import { sanitizeText } from '../i18n/sanitize-text';
import { formatChallenge } from '../../rules/present';
import { causeSummary, causeTitle } from './cause-title';
import { curlCommand } from './curl-command';
import { describeCredentials, problemPhraseKey } from './describe-credentials';
import { credentialsUnknown, requestSideNote, timeUnknown } from './request-side-note';
import { sourceMessage } from './evidence-source';
import { escapeMarkdown, fencedBlock } from './markdown-escape';
import { statusLine } from './status-line';

export interface ReportOptions {
  audience: Audience;
  catalog: MessageCatalog;
  locale: string;
  timeZone?: string;
}

/**
 * A support-ticket report, one section per diagnosis. It sees only Facts (no secret values), and
 * every server-supplied string is sanitised and Markdown-escaped or put in a code span.
 */
export function markdownReport(diagnoses: readonly Diagnosis[], options: ReportOptions): string {
  const sections = diagnoses.map((d) => diagnosisSection(d, options));
  return `${[...sections, markdownFooter(options)].join('\n\n---\n\n')}\n`;
}

/** The closing line that says secrets were removed (the CLI composes grouped reports from sections). */
export function markdownFooter(options: ReportOptions): string {
  return `_${t(options, { key: 'report_footer' })}_`;
}

/** One diagnosis: a `##` heading, the request, the causes and a curl command. */
export function diagnosisSection(diagnosis: Diagnosis, options: ReportOptions): string {
  const { request, response } = diagnosis.facts;
  const [top, ...others] = diagnosis.causes;
  const title = t(options, {
    key: 'report_title',
    params: [request.method, { code: request.url }, statusLine(response)],
  });
  const lines = [`## ${title}`, '', ...requestBlock(diagnosis, options)];
  if (top) lines.push('', ...causeBlock(top, options, 'most-likely'));
  if (others.length > 0) {
    lines.push('', `### ${t(options, { key: 'report_heading_other_causes' })}`);
    for (const cause of others) lines.push('', ...causeBlock(cause, options, 'other'));
  }
  lines.push(
    '',
    `### ${t(options, { key: 'report_curl_heading' })}`,
    '',
    fencedBlock(curlCommand(diagnosis.facts), 'sh'),
  );
  return lines.join('\n');
}

function requestBlock(diagnosis: Diagnosis, options: ReportOptions): string[] {
  const { request, response, challenges, proxyChallenges, credentials } = diagnosis.facts;
  const none = t(options, { key: 'report_none' });
  // A challenge is server text: one line, cut like every other server-supplied value.
  const allChallenges = [...challenges, ...proxyChallenges].map((c) => code(sanitizeText(formatChallenge(c), 500)));
  // A problem is phrased (`the word undefined instead of a credential`), never shown by its id.
  const sent = describeCredentials(credentials, (problem) => problemPhrase(problem, options)).map(code);
  const facts = diagnosis.facts;
  const rows: Array<[string, string]> = [
    ['report_label_url', code(request.url)],
    ['report_label_method', escapeMarkdown(sanitizeText(request.method, 20))],
    ['report_label_status', escapeMarkdown(statusLine(response))],
    // Without a recorded time (a HAR entry without startedDateTime) the row says so: not 1970.
    [
      'report_label_time',
      timeUnknown(facts)
        ? t(options, { key: 'report_time_unknown' })
        : formatParam({ time: request.startedAt }, fmt(options)),
    ],
    ['report_label_resource_type', code(request.resourceType)],
    [
      'report_label_credentials',
      sent.length > 0
        ? sent.join(', ')
        : credentialsUnknown(facts)
          ? t(options, { key: 'report_credentials_unknown' })
          : none,
    ],
    ['report_label_challenges', allChallenges.length > 0 ? allChallenges.join(', ') : none],
  ];
  if (response.serverIp) rows.push(['report_label_server_ip', code(response.serverIp)]);
  if (diagnosis.loginUrl) rows.push(['report_label_login_url', code(diagnosis.loginUrl)]);
  const list = rows.map(([key, value]) => `- **${t(options, { key })}:** ${value}`);
  const note = requestSideNote(facts);
  return [
    `### ${t(options, { key: 'report_heading_request' })}`,
    '',
    ...list,
    ...(note ? ['', `> ${t(options, note)}`] : []),
  ];
}

function causeBlock(cause: Cause, options: ReportOptions, rank: 'most-likely' | 'other'): string[] {
  const title = `${escapeMarkdown(causeTitle(options.catalog, cause.id, options.audience, fmt(options)))} (${t(options, { key: `report_likelihood_${cause.likelihood}` })})`;
  const summary = causeSummary(options.catalog, cause.id, fmt(options));
  const lines =
    rank === 'most-likely'
      ? [`### ${t(options, { key: 'report_heading_most_likely' })}: ${title}`, '']
      : [`#### ${title}`, ''];
  if (summary !== undefined) lines.push(summary, '');
  if (rank === 'most-likely') lines.push(`**${t(options, { key: 'report_heading_evidence' })}**`, '');
  for (const e of cause.evidence) lines.push(`- ${t(options, e.message)} (_${t(options, sourceMessage(e.source))}_)`);
  if (rank === 'most-likely') {
    const audience = t(options, { key: `report_audience_${options.audience}` });
    lines.push('', `**${t(options, { key: 'report_heading_what_to_do', params: [audience] })}**`, '');
    for (const advice of cause.advice[options.audience]) lines.push(`- ${t(options, advice)}`);
  }
  return lines;
}

function problemPhrase(problem: CredentialProblem, options: ReportOptions): string {
  const key = problemPhraseKey(problem);
  return Object.hasOwn(options.catalog, key)
    ? formatMessage(options.catalog, { key }, { locale: options.locale })
    : problem;
}

function fmt(options: ReportOptions): FormatOptions {
  return { locale: options.locale, timeZone: options.timeZone, escapeText: escapeMarkdown };
}

function t(options: ReportOptions, message: Message): string {
  return formatMessage(options.catalog, message, fmt(options));
}

function code(text: string): string {
  return codeSpan(sanitizeText(text, 2000));
}
