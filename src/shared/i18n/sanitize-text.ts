// Text that came from a server (a challenge realm, an error_description, a body excerpt) is shown
// to a person. A hostile server must not be able to forge lines, reorder text with bidi controls
// (the "Trojan Source" trick, CVE-2021-42574) or flood the screen, so it is cleaned before display.

/** Default cap on one server-supplied value, in characters. */
export const MAX_PARAM_LENGTH = 300;

// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, line/paragraph separators,
// zero-width and BOM characters that can hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Tabs and line breaks of every kind become one space, so the value stays on one line.
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;

/** One line, no control or bidi characters, at most `maxLength` characters (ellipsis included). */
export function sanitizeText(text: string, maxLength = MAX_PARAM_LENGTH): string {
  const clean = text.replace(LINE_BREAKS, ' ').replace(UNSAFE, '');
  return truncate(clean, maxLength);
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = Math.max(0, maxLength - 1);
  // Do not split a surrogate pair: half an emoji renders as garbage.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
