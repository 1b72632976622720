// Literal "anchors" of a table RegExp: lower-case substrings at least one of which must occur in
// any text the RegExp matches. They let matchText skip a row with a cheap substring test instead of
// running its RegExp. Derived from the source conservatively: only plain ASCII literals outside
// groups and classes count, and a literal followed by a quantifier does not. When in doubt a row
// gets no anchors and its RegExp always runs, so anchors can only save work, never change a result.

/** Anchors shorter than this are not worth indexing; such rows always run their RegExp. */
export const MIN_ANCHOR_LENGTH = 3;

const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

function isPlainAscii(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x20 && code < 0x7f;
}

/** Index just past the class or group opened at `i` (`[` or `(`); the source's own length if unclosed. */
function skipBracket(src: string, i: number): number {
  if (src[i] === '[') {
    let j = i + 1;
    if (src[j] === '^') j += 1;
    if (src[j] === ']') j += 1;
    for (; j < src.length; j++) {
      if (src[j] === '\\') j += 1;
      else if (src[j] === ']') return j + 1;
    }
    return src.length;
  }
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j += 1;
    else if (c === '[') j = skipBracket(src, j) - 1;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return src.length;
}

/** The top-level alternatives of a pattern source, or undefined when the source is not understood. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i += 1;
    else if (c === '[' || c === '(') i = skipBracket(src, i) - 1;
    else if (c === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Index just past the quantifier at `j` (`?`, `*`, `+`, `{m,n}`, each optionally lazy `?`). */
function skipQuantifier(src: string, j: number): number {
  let k = j + 1;
  if (src[j] === '{') {
    const close = src.indexOf('}', j);
    // A `{` that opens no quantifier is a literal (Annex B); skipping to the end only loses anchors.
    k = close < 0 ? src.length : close + 1;
  }
  return src[k] === '?' ? k + 1 : k;
}

/** Longest run of mandatory literal characters in one alternative (lower-cased), '' if none. */
function longestLiteral(alt: string): string {
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length;) {
    const c = alt[i] ?? '';
    let literal: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      next = i + 2;
      // `\.` `\/` `\"` ... are literals; `\b` `\s` `\d` `\1` `\u0041` ... are not.
      if (e !== '' && !/[A-Za-z0-9]/.test(e) && isPlainAscii(e)) literal = e;
    } else if (c === '[' || c === '(') {
      next = skipBracket(alt, i);
    } else if (!SYNTAX.has(c) && isPlainAscii(c)) {
      literal = c;
    }
    if (QUANTIFIER_START.has(alt[next] ?? '')) {
      // `x?`, `x*`, `x{0,4}`: the character may be absent or repeated; it ends the run here.
      end();
      i = skipQuantifier(alt, next);
      continue;
    }
    if (literal === undefined) end();
    else run += literal.toLowerCase();
    i = next;
  }
  end();
  return best;
}

/**
 * Lower-case literals, one per top-level alternative, such that every match of `re` contains at
 * least one of them (compared against the lower-cased text); undefined when no such set is known.
 */
export function regexAnchors(re: RegExp): string[] | undefined {
  // Only plain `i` patterns: with `u`/`v` case folding is wider, with `m`/`s`/`y`/`g` keep it simple.
  if (re.flags !== 'i') return undefined;
  const out: string[] = [];
  for (const alt of alternatives(re.source)) {
    const anchor = longestLiteral(alt);
    if (anchor.length < MIN_ANCHOR_LENGTH) return undefined;
    out.push(anchor);
  }
  return out;
}
