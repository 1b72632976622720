// Free text (bodies, header values, custom fields): whatever the rule module's masker hides in evidence
// (src/rules/redact/mask-secrets.ts: `Authorization:` lines, `password=…` and `"token": "…"` pairs,
// scheme values, JWTs, known key prefixes, long random runs) is replaced by a placeholder of its shape.
// The masker is run once and its output aligned with the input, so the vocabulary has one owner.
import { maskSecrets } from '../../rules/index';
import { isJwtLike, jwtPlaceholder, secretPlaceholder } from './make-placeholder';
import type { RemovedKind } from './summary';
import type { Tally } from './tally';
import { formatPlaceholder, hasPlaceholder, mapOutsidePlaceholders } from './placeholder';

const MASKS = ['[redacted JWT]', '[redacted]'] as const;
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * A word in brackets, and the punctuation that closes the text around it (`Bearer [token]"}`): how error
 * messages and docs write where a credential goes, never a credential. Kept, since the rules' known
 * messages match it word for word (express-jwt: "Format is Authorization: Bearer [token]").
 */
const TEMPLATE_WORD = /^(?:\[[A-Za-z_ -]{1,40}\]|<[A-Za-z_ -]{1,40}>|\{[A-Za-z_ -]{1,40}\})["'}\]),;.]*$/;

interface Span {
  start: number;
  end: number;
}

/** Where the masker replaced text, or undefined when its output cannot be aligned with the input. */
function maskedSpans(text: string, masked: string): Span[] | undefined {
  const spans: Span[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const k = masked.indexOf('[redacted', j);
    if (k < 0) return masked.slice(j) === text.slice(i) ? spans : undefined;
    const mask = MASKS.find((m) => masked.startsWith(m, k));
    const literal = masked.slice(j, k);
    if (!text.startsWith(literal, i)) return undefined;
    const start = i + literal.length;
    // A `[redacted` the input itself held, or not a mask word at all: plain text.
    if (mask === undefined || text.startsWith(mask, start)) {
      const step = mask?.length ?? 1;
      if (!text.startsWith(masked.slice(k, k + step), start)) return undefined;
      i = start + step;
      j = k + step;
      continue;
    }
    const after = k + mask.length;
    const next = masked.indexOf('[redacted', after);
    const following = masked.slice(after, next < 0 ? masked.length : next);
    let end: number;
    if (next < 0) end = text.endsWith(following) ? text.length - following.length : -1;
    else end = following === '' ? -1 : text.indexOf(following, start + 1);
    if (end <= start) return undefined;
    spans.push({ start, end });
    i = end;
    j = after;
  }
}

/**
 * `text` with its secrets replaced by placeholders, counted under `kind`. Text with nothing to hide is
 * returned as it is (the same string).
 */
export function sanitizeText(text: string, kind: RemovedKind, tally: Tally): string {
  if (text === '') return text;
  // A file sanitized before: its placeholders are kept, the text around them is read again.
  if (hasPlaceholder(text)) return mapOutsidePlaceholders(text, (part) => sanitizePlain(part, kind, tally));
  return sanitizePlain(text, kind, tally);
}

function sanitizePlain(text: string, kind: RemovedKind, tally: Tally): string {
  if (text === '') return text;
  const masked = maskSecrets(text, NO_LIMIT);
  if (masked === text) return text;
  const spans = masked === '' ? undefined : maskedSpans(text, masked);
  if (spans === undefined) return fromMasked(masked, kind, tally);
  const pieces: string[] = [];
  let last = 0;
  for (const { start, end } of spans) {
    const secret = text.slice(start, end);
    if (TEMPLATE_WORD.test(secret)) continue;
    pieces.push(text.slice(last, start), placeholderOf(secret, kind, tally));
    last = end;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

function placeholderOf(secret: string, kind: RemovedKind, tally: Tally): string {
  const jwt = isJwtLike(secret) && /^[A-Za-z0-9_.-]+$/.test(secret);
  tally.add(kind, jwt);
  return jwt ? jwtPlaceholder(secret) : secretPlaceholder(secret);
}

/** The masker's output could not be aligned: its masks become placeholders without a length. */
function fromMasked(masked: string, kind: RemovedKind, tally: Tally): string {
  if (masked === '') {
    tally.add(kind);
    return formatPlaceholder('secret', {});
  }
  return masked.replace(/\[redacted( JWT)?\]/g, (_m, jwt: string | undefined) => {
    tally.add(kind, jwt !== undefined);
    return jwt !== undefined ? formatPlaceholder('jwt', { bad: 1 }) : formatPlaceholder('secret', {});
  });
}
