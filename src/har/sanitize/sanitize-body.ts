// Request and response bodies. Text is read by the rules' masker (sanitize-text.ts), which knows JSON
// pairs, form fields and tokens; JSON is then checked field by field (a value the masker left, such
// as a number or an escaped quote, is replaced in the parsed document), and multipart parts named
// like a secret (RFC 7578 §4.2 `name`) are replaced whole.
import { isSecretName } from '../../rules/index';
import { decodeBase64Text, encodeBase64Text } from '../base64-text';
import { isJwtLike, placeholderFor } from './make-placeholder';
import { isOnlyPlaceholders } from './placeholder';
import type { RemovedKind } from './summary';
import type { Tally } from './tally';
import { sanitizeText } from './sanitize-text';
import { isSecretParam, sanitizeParams } from './sanitize-url';

/** simplejwt's refresh endpoint takes `{"refresh": "<token>"}` (rules: inspect-credentials.ts). */
function isSecretField(name: string): boolean {
  return (isSecretName(name) || /^refresh$/i.test(name)) && !/csrf|xsrf/i.test(name);
}

const TELL_TALE = /^(?:|undefined|null|nil|none|true|false|\[object Object\])$/i;

/** A JSON value with every secret-named field's value, and every secret in other strings, replaced. */
function sanitizeJsonValue(value: unknown, secret: boolean, kind: RemovedKind, tally: Tally, depth = 0): unknown {
  if (depth > 200) return null;
  if (Array.isArray(value)) return value.map((item) => sanitizeJsonValue(item, secret, kind, tally, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] = sanitizeJsonValue(item, secret || isSecretField(key), kind, tally, depth + 1);
    return out;
  }
  if (secret && (typeof value === 'number' || typeof value === 'string')) {
    const text = String(value);
    if (TELL_TALE.test(text.trim()) || isOnlyPlaceholders(text)) return value;
    tally.add(kind, isJwtLike(text));
    return placeholderFor(text);
  }
  return typeof value === 'string' ? sanitizeText(value, kind, tally) : value;
}

/** Does a parsed JSON document still hold a value under a secret name, or a secret anywhere? */
function jsonLeaks(value: unknown, secret: boolean, depth = 0): boolean {
  if (depth > 200) return true;
  if (Array.isArray(value)) return value.some((item) => jsonLeaks(item, secret, depth + 1));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, item]) => jsonLeaks(item, secret || isSecretField(key), depth + 1));
  if (!secret || (typeof value !== 'string' && typeof value !== 'number')) return false;
  const text = String(value).trim();
  return !TELL_TALE.test(text) && !/^(?:\[why401:v1:[a-z]+(?::[a-z0-9]+=[A-Za-z0-9_%.-]*)*\])+$/.test(text);
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * Body text by its content: JSON checked field by field, multipart part by part, the rest as text.
 * JSON without a secret-named field is masked as text, like any body, even where the masker's reach
 * (an `Authorization: …` line runs to the end of the line) leaves it no longer JSON: the rules read
 * the body as text, and the diagnosis must stay the same.
 */
export function sanitizeBodyText(text: string, mimeType: string, kind: RemovedKind, tally: Tally): string {
  const boundary = multipartBoundary(text, mimeType);
  if (boundary !== undefined) return sanitizeMultipart(text, boundary, kind, tally);
  if (isFormEncoded(text, mimeType)) return sanitizeParams(text, kind, tally);
  const json = parseJson(text);
  if (json === undefined) return sanitizeText(text, kind, tally);
  if (!jsonLeaks(json, false)) return sanitizeText(text, kind, tally);
  const masked = sanitizeText(text, kind, { add: () => undefined });
  const reparsed = parseJson(masked);
  if (reparsed !== undefined && !jsonLeaks(reparsed, false)) return sanitizeText(text, kind, tally);
  // The masker missed a value (a number, an escaped quote) or broke the JSON: rewrite it from the document.
  return JSON.stringify(sanitizeJsonValue(json, false, kind, tally));
}

/**
 * `a=1&b=2` (HTML forms, OAuth 2.0 token requests, RFC 6749 §4.1.3): read as a query is, so the names
 * secret only in a URL (`code`, `key`) count too. One line, no spaces: anything else is not a form.
 */
function isFormEncoded(text: string, mimeType: string): boolean {
  if (/[\s]/.test(text) || !/^[^=&]+=/.test(text)) return false;
  return /x-www-form-urlencoded/i.test(mimeType) || mimeType === '';
}

function multipartBoundary(text: string, mimeType: string): string | undefined {
  const declared = /boundary="?([^";]+)"?/i.exec(mimeType)?.[1];
  if (declared !== undefined && /^multipart\//i.test(mimeType)) return declared;
  // Chrome writes `multipart/form-data; boundary=…`; some tools leave the mime type out.
  const first = /^--([^\r\n]{1,200})\r?\n[Cc]ontent-[Dd]isposition:/.exec(text);
  return first?.[1];
}

/** Parts named like a secret lose their content; the others are read as text (RFC 7578). */
function sanitizeMultipart(text: string, boundary: string, kind: RemovedKind, tally: Tally): string {
  const delimiter = `--${boundary}`;
  return text
    .split(delimiter)
    .map((part, i) => {
      if (i === 0) return sanitizeText(part, kind, tally);
      const blank = /\r?\n\r?\n/.exec(part);
      if (blank === null) return part;
      const headers = part.slice(0, blank.index + blank[0].length);
      const rest = part.slice(headers.length);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
      const close = /\r?\n$/.exec(rest)?.[0] ?? '';
      const content = rest.slice(0, rest.length - close.length);
      if (!isSecretField(name) || TELL_TALE.test(content.trim()) || isOnlyPlaceholders(content))
        return headers + sanitizeText(content, kind, tally) + close;
      tally.add(kind, isJwtLike(content));
      return headers + placeholderFor(content) + close;
    })
    .join(delimiter);
}

/** `postData`: `text` and `params` ([{name, value}]), a new object only when something changed. */
export function sanitizePostData(postData: unknown, tally: Tally): unknown {
  if (typeof postData !== 'object' || postData === null || Array.isArray(postData)) return postData;
  const data = postData as Record<string, unknown>;
  const out: Record<string, unknown> = { ...data };
  const mimeType = typeof data.mimeType === 'string' ? data.mimeType : '';
  if (typeof data.text === 'string') out.text = sanitizeBodyText(data.text, mimeType, 'bodyFields', tally);
  if (Array.isArray(data.params))
    out.params = data.params.map((param: unknown) => {
      if (typeof param !== 'object' || param === null) return param;
      const p = param as Record<string, unknown>;
      if (typeof p.value !== 'string') return param;
      const name = typeof p.name === 'string' ? p.name : '';
      const value = p.value;
      if ((isSecretField(name) || isSecretParam(name)) && !TELL_TALE.test(value.trim()) && !isOnlyPlaceholders(value)) {
        tally.add('bodyFields', isJwtLike(value));
        return { ...p, value: placeholderFor(value) };
      }
      const sanitized = sanitizeText(value, 'bodyFields', tally);
      return sanitized === value ? param : { ...p, value: sanitized };
    });
  return out;
}

/** Bodies stored base64 that decode to text are read too (a text body the browser chose to encode). */
export function sanitizeContent(content: unknown, tally: Tally): unknown {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return content;
  const c = content as Record<string, unknown>;
  if (typeof c.text !== 'string' || c.text === '') return content;
  const mimeType = typeof c.mimeType === 'string' ? c.mimeType : '';
  if (c.encoding !== 'base64') {
    const text = sanitizeBodyText(c.text, mimeType, 'responseBodies', tally);
    return text === c.text ? content : { ...c, text };
  }
  const decoded = decodeBase64Text(c.text);
  if (decoded === undefined) return content;
  const text = sanitizeBodyText(decoded, mimeType, 'responseBodies', tally);
  return text === decoded ? content : { ...c, text: encodeBase64Text(text) };
}
