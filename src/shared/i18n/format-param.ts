import type { MessageParam } from '../../rules/types';
import { formatDuration } from './format-duration';
import { dateTimeFormat, numberFormat } from './intl-cache';
import { sanitizeText } from './sanitize-text';

export interface FormatOptions {
  /** BCP 47 tag, e.g. `en`, `fr-CA`. */
  locale: string;
  /** IANA zone for `{time}` params; the CLI passes `UTC`, the popup leaves the local zone. */
  timeZone?: string;
  /** Cap for server-supplied text; default 300 characters. */
  maxLength?: number;
  /**
   * Applied to string params after sanitising, e.g. Markdown escaping, so server text cannot add
   * links or headings to a report. Code params are already literal inside their backticks.
   */
  escapeText?: (text: string) => string;
}

/** One substitution as text. Strings and code may come from a server, so they are sanitised. */
export function formatParam(param: MessageParam, options: FormatOptions): string {
  if (typeof param === 'string') {
    const clean = sanitizeText(param, options.maxLength);
    return options.escapeText ? options.escapeText(clean) : clean;
  }
  if (typeof param === 'number') return numberFormat(options.locale).format(param);
  if ('duration' in param) return formatDuration(param.duration, options.locale);
  if ('time' in param) return formatTime(param.time, options);
  return codeSpan(sanitizeText(param.code, options.maxLength));
}

function formatTime(epochMs: number, options: FormatOptions): string {
  if (!Number.isFinite(epochMs)) return '?';
  return dateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'long', timeZone: options.timeZone }).format(
    epochMs,
  );
}

/**
 * Wraps text in backticks the CommonMark way: a fence longer than any backtick run inside, padded
 * with a space when the text starts or ends with a backtick, so the popup can parse it back.
 */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
