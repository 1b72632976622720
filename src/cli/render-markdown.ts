import type { Audience, Message } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import { formatMessage } from '../shared/i18n/format-message';
import type { FormatOptions } from '../shared/i18n/format-param';
import { causeTitle } from '../shared/report/cause-title';
import { escapeMarkdown } from '../shared/report/markdown-escape';
import { diagnosisSection, markdownFooter } from '../shared/report/markdown-report';
import { entryNumber } from './entry-numbers';
import type { RefusalGroup } from './refusals/group-refusals';
import type { RefusalReport } from './refusals/refusal-report';
import { omittedMessage, repeatsMessage, summaryLines } from './report-messages';

export interface MarkdownOptions {
  catalog: MessageCatalog;
  audience: Audience;
  locale: string;
  timeZone?: string;
}

/**
 * `--markdown`: the summary as a list, then one report section per group of identical refusals
 * (with how often and where it was seen), then the footer that says secrets were removed.
 */
export function renderMarkdown(report: RefusalReport, options: MarkdownOptions): string {
  const format: FormatOptions = { locale: options.locale, timeZone: options.timeZone, escapeText: escapeMarkdown };
  const t = (message: Message) => formatMessage(options.catalog, message, format);
  const [headline = '', ...details] = summaryLines(report, {
    t,
    causeName: (id) => escapeMarkdown(causeTitle(options.catalog, id, options.audience, format)),
  });
  const summary = [`**${headline}**`, ...(details.length > 0 ? ['', ...details.map((line) => `- ${line}`)] : [])].join(
    '\n',
  );
  if (report.shown.length === 0) return `${summary}\n`;
  const sections = report.shown.map((group) => groupSection(group, options, t));
  const omitted = omittedMessage(report);
  if (omitted !== undefined) sections.push(`_${t(omitted)}_`);
  return `${[summary, ...sections, markdownFooter(options)].join('\n\n---\n\n')}\n`;
}

function groupSection(group: RefusalGroup, options: MarkdownOptions, t: (message: Message) => string): string {
  const [first] = group.entries;
  if (first === undefined) return '';
  const [title = '', ...rest] = diagnosisSection(first.diagnosis, options).split('\n');
  const repeats = repeatsMessage(group, options.locale);
  // The entry number (from 1) under the title, or how often and where the same refusal was seen.
  const where = t(repeats ?? { key: 'cli_entry', params: [entryNumber(first.index)] });
  return [title, '', `_${where}_`, ...rest].join('\n');
}
