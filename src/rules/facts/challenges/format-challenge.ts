// One-line rendering of a parsed challenge, for evidence text (`Bearer realm="api", error="invalid_token"`).

import type { Challenge } from '../../types';

/** Token68 blobs longer than this are shortened: a 2 KB Negotiate blob says nothing to a reader. */
export const MAX_SHOWN_TOKEN68 = 64;
const TOKEN68_HEAD = 20;

/**
 * Compact canonical form: the scheme as sent, then the token68 (shortened past MAX_SHOWN_TOKEN68
 * characters to `head… (N chars)`) and/or the params as `name="value"`, comma-separated.
 * Every value is quoted (RFC 9110 §11.2 allows quoted-string for any auth-param, and RFC 7617 §2
 * requires it for realm) with `\` and `"` escaped (§5.6.4), so a value with commas or spaces cannot be
 * misread. Control characters become spaces so the result stays on one line.
 */
export function formatChallenge(c: Challenge): string {
  const parts: string[] = [];
  if (c.token68 !== null) parts.push(formatToken68(c.token68));
  for (const [name, value] of c.params) parts.push(`${oneLine(name)}=${quote(value)}`);
  return parts.length === 0 ? c.scheme : `${c.scheme} ${parts.join(', ')}`;
}

function formatToken68(token: string): string {
  const clean = oneLine(token);
  if (clean.length <= MAX_SHOWN_TOKEN68) return clean;
  return `${clean.slice(0, TOKEN68_HEAD)}… (${clean.length} chars)`;
}

function quote(value: string): string {
  let out = '"';
  for (const ch of oneLine(value)) out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  return `${out}"`;
}

/** Replaces C0 controls and DEL with a space (CR/LF would break the line; others are invisible). */
function oneLine(text: string): string {
  let out = '';
  let segment = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      out += `${text.slice(segment, i)} `;
      segment = i + 1;
    }
  }
  return segment === 0 ? text : out + text.slice(segment);
}
