// Tell-tale mistakes in a credential value, shared by Authorization and API-key carriers.
// These are the values a client sends when it stringifies a missing or wrong variable.

import type { CredentialProblem } from '../../types';

/**
 * Field values are visible ASCII, space and tab (RFC 9110 §5.5); obs-text is allowed but
 * never right in a credential, so anything else is flagged.
 */
const INVALID_CHARACTERS = /[^\t\x20-\x7e]/;

/** Problems in the whole header value (before splitting off a scheme). */
export function headerValueProblems(value: string): CredentialProblem[] {
  return INVALID_CHARACTERS.test(value) ? ['invalid-characters'] : [];
}

const QUOTES = `"'\``;

export interface CredentialReading {
  problems: CredentialProblem[];
  /** The credential with wrapping quotes and inner whitespace removed, for further decoding. */
  unwrapped: string;
  /** A literal placeholder (`undefined`, `null`, `[object Object]`) or nothing at all: no more to read. */
  placeholder: boolean;
}

/** Problems in a credential (the part after the scheme, or an API-key value), already trimmed. */
export function readCredential(credential: string, options: { checkWhitespace: boolean }): CredentialReading {
  const problems: CredentialProblem[] = [];
  let text = credential;
  if (text === '') return { problems: ['empty'], unwrapped: '', placeholder: true };
  // Quotes around a token are a common copy-paste or templating mistake (`Bearer "abc"`).
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  const quoted = text.length >= 2 && QUOTES.includes(first) && first === last;
  if (quoted || QUOTES.includes(first) || QUOTES.includes(last)) {
    problems.push('quoted');
    text = quoted ? text.slice(1, -1).trim() : text.replace(/^["'`]+|["'`]+$/g, '').trim();
  }
  const lower = text.toLowerCase();
  if (text === '') problems.push('empty');
  else if (lower === 'undefined') problems.push('literal-undefined');
  else if (lower === 'null' || lower === 'nil' || lower === 'none') problems.push('literal-null');
  if (text.includes('[object Object]')) problems.push('object-object');
  const placeholder = problems.some(
    (p) => p === 'empty' || p === 'literal-undefined' || p === 'literal-null' || p === 'object-object',
  );
  if (options.checkWhitespace && !placeholder && /\s/.test(text)) {
    problems.push('whitespace-inside');
    text = text.replace(/\s+/g, '');
  }
  return { problems, unwrapped: text, placeholder };
}
