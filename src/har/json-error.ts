// JSON.parse says where it failed only sometimes, and V8 quotes a slice of the input in its
// message (which may hold a token). So on failure the text is scanned again by this small
// validator to find the first error: linear, iterative (no recursion limit), failure path only.

export interface JsonSyntaxError {
  /** Index (UTF-16 code units) where the problem is. */
  offset: number;
  problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) return expect === 'end' ? undefined : { offset: i, problem: 'unexpected end of JSON' };
    const ch = text[i];
    const top = stack[stack.length - 1];
    if ((expect === 'value-or-close' && ch === ']') || (expect === 'key-or-close' && ch === '}')) {
      stack.pop();
      i += 1;
      expect = stack.length === 0 ? 'end' : 'comma-or-close';
    } else if (expect === 'value' || expect === 'value-or-close') {
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i += 1;
        expect = ch === '{' ? 'key-or-close' : 'value-or-close';
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = stack.length === 0 ? 'end' : 'comma-or-close';
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (ch !== '"') return unexpected(text, i);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (ch !== ':') return unexpected(text, i);
      i += 1;
      expect = 'value';
    } else if (expect === 'comma-or-close') {
      if (ch === ',') expect = top === '{' ? 'key' : 'value';
      else if (ch === (top === '{' ? '}' : ']')) {
        stack.pop();
        expect = stack.length === 0 ? 'end' : 'comma-or-close';
      } else return unexpected(text, i);
      i += 1;
    } else {
      return { offset: i, problem: 'unexpected data after the end of JSON' };
    }
  }
}

function skipWhitespace(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return j;
    j += 1;
  }
}

function scanScalar(text: string, i: number): number | JsonSyntaxError {
  if (text[i] === '"') return scanString(text, i);
  for (const literal of LITERALS) {
    if (text.startsWith(literal, i)) return i + literal.length;
    if (text.length - i < literal.length && literal.startsWith(text.slice(i)))
      return { offset: text.length, problem: 'unexpected end of JSON' };
  }
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(text);
  if (match === null || match[0] === '' || match[0] === '-')
    return i + 1 >= text.length && text[i] === '-'
      ? { offset: text.length, problem: 'unexpected end of JSON' }
      : unexpected(text, i);
  return i + match[0].length;
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, problem: 'control character inside a string' };
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return i + 6 > text.length
            ? { offset: text.length, problem: 'unexpected end of JSON' }
            : { offset: i, problem: 'bad \\u escape in a string' };
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) i += 1;
      else return { offset: i, problem: 'bad escape in a string' };
    }
  }
  return { offset: text.length, problem: 'unexpected end of JSON' };
}

function unexpected(text: string, i: number): JsonSyntaxError {
  const code = text.codePointAt(i) ?? 0;
  // Show one printable ASCII character; anything else by code point (no terminal tricks).
  const shown =
    code >= 0x21 && code <= 0x7e
      ? `'${String.fromCodePoint(code)}'`
      : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset: i, problem: `unexpected character ${shown}` };
}
