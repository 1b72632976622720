// Reading a placeholder back (docs/sanitized-har.md): a stand-in value of the same shape as what was
// removed, so the rule module describes it exactly as it described the original (same length, same
// Basic well-formedness, same JWT claims) and needs no change. A stand-in is never a real credential:
// it is built from a fixed pattern, and a JWT stand-in is unsigned.
import { encodeBase64Text } from '../base64-text';
import type { Placeholder } from './placeholder';

/**
 * Letters and digits alternating, so a stand-in of 24 characters or more reads as a random token
 * (rules' isOpaqueToken), and a short one as no word, version number, scheme, hash or mask row.
 */
const PATTERN = 'A1b2C3d4E5f6G7h8J9k0';
/** The same, in hex digits. */
const HEX_PATTERN = 'a1b2c3d4e5f60789';
/**
 * Bounds a stand-in built from a hostile placeholder: one value is cut to a little over 1 MB (the
 * longest header the project reads whole), and one entry's stand-ins together to 8 MB, after which each
 * gets at most 64 characters. A crafted file claiming a gigabyte per placeholder costs no more.
 */
const MAX_LENGTH = 1_100_000;
const ENTRY_BUDGET = 8 * 1024 * 1024;
const SPENT_LENGTH = 64;

/** What one entry's stand-ins may still take; one per entry (restore-entry.ts). */
export interface StandInBudget {
  left: number;
}

export function standInBudget(): StandInBudget {
  return { left: ENTRY_BUDGET };
}

/** A placeholder's `len` (or another count), within what a stand-in may take. */
function lengthOf(value: unknown, fallback: number, budget: StandInBudget): number {
  const asked = Math.min(int(value, fallback), MAX_LENGTH);
  const granted = Math.min(asked, Math.max(SPENT_LENGTH, budget.left));
  budget.left -= granted;
  return granted;
}

export function filler(length: number, pattern = PATTERN): string {
  const n = Math.max(0, Math.min(MAX_LENGTH, Math.floor(length)));
  return pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
}

function int(value: unknown, fallback = 0): number {
  const n = typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : fallback;
}

function flag(value: unknown): boolean {
  return value === '1';
}

function base64url(text: string): string {
  return encodeBase64Text(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Same length; a non-ASCII last character when the original had characters a header may not hold. */
function secretStandIn(p: Placeholder, budget: StandInBudget): string {
  const length = lengthOf(p.fields.len, 24, budget);
  const text = filler(length, flag(p.fields.hex) ? HEX_PATTERN : PATTERN);
  return flag(p.fields.inv) && length > 0 ? `${text.slice(0, -1)}\u00e9` : text;
}

/** RFC 7617 §2 `user-id ":" password`, base64 of the same length and padding; never a real user name. */
function basicStandIn(p: Placeholder, budget: StandInBudget): string {
  const text = basicText(p, budget);
  // `ws`: that many spaces were inside; they go after the first character.
  const spaces = lengthOf(p.fields.ws, 0, budget);
  return spaces > 0 && text.length > 1 ? `${text.charAt(0)}${' '.repeat(spaces)}${text.slice(1)}` : text;
}

function basicText(p: Placeholder, budget: StandInBudget): string {
  const length = lengthOf(p.fields.len, 0, budget);
  if (!flag(p.fields.b64)) return flag(p.fields.inv) ? `!${filler(length - 2)}\u00e9` : `!${filler(length - 1)}`;
  const pad = Math.min(2, int(p.fields.pad));
  const bare = Math.max(0, length - pad);
  const bytes = Math.floor((bare * 3) / 4);
  const user = flag(p.fields.user);
  const pass = flag(p.fields.pass);
  let text: string;
  if (!flag(p.fields.colon)) text = 'u'.repeat(bytes);
  else if (user && pass) text = `u:${'p'.repeat(Math.max(1, bytes - 2))}`;
  else if (user) text = `${'u'.repeat(Math.max(1, bytes - 1))}:`;
  else if (pass) text = `:${'p'.repeat(Math.max(1, bytes - 1))}`;
  else text = ':';
  return btoa(text).replace(/=+$/, '').slice(0, bare) + '='.repeat(pad);
}

function numberField(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?$/i.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An unsigned JWT (RFC 7519 §6) with the kept header and claims, its signature part padded so the
 * whole token has the original length and part count. A broken original gives a broken stand-in:
 * `eyJ` and letters that decode to no JSON.
 */
function jwtStandIn(p: Placeholder, budget: StandInBudget): string {
  const length = lengthOf(p.fields.len, 64, budget);
  const parts = Math.max(1, Math.min(6, int(p.fields.parts, 3)));
  if (flag(p.fields.bad) || (parts !== 3 && parts !== 5)) return brokenJwt(length, parts);
  const header: Record<string, string> = {};
  for (const key of ['alg', 'typ'] as const) {
    const value = p.fields[key];
    if (typeof value === 'string') header[key] = value;
  }
  const head = base64url(JSON.stringify(header));
  if (parts === 5) return padParts([head, 'A', 'A', 'A'], length);
  const claims: Record<string, unknown> = {};
  for (const key of ['exp', 'nbf', 'iat'] as const) {
    const n = numberField(p.fields[key]);
    if (n !== undefined) claims[key] = n;
  }
  if (typeof p.fields.iss === 'string') claims.iss = p.fields.iss;
  const { aud, scope } = p.fields;
  if (Array.isArray(aud)) claims.aud = aud.length === 1 ? aud[0] : aud;
  if (Array.isArray(scope)) claims.scope = scope.join(' ');
  if (flag(p.fields.sub)) claims.sub = 'x';
  return padParts([head, base64url(JSON.stringify(claims))], length);
}

/** The parts joined by `.`, then a last part of letters making up the length (at least one letter). */
function padParts(parts: string[], length: number): string {
  const head = parts.join('.');
  return `${head}.${filler(Math.max(1, length - head.length - 1)).replace(/[0-9]/g, 'x')}`;
}

function brokenJwt(length: number, parts: number): string {
  const dots = parts - 1;
  const first = Math.max(4, length - dots * 2);
  // `eyJhh…` decodes to `{"a` and bytes that are no JSON.
  return [`eyJh${'h'.repeat(first - 4)}`, ...Array.from({ length: dots }, () => 'h')].join('.');
}

/** The stand-in for one placeholder, taken from its entry's budget. */
export function standIn(p: Placeholder, budget: StandInBudget): string {
  switch (p.kind) {
    case 'basic':
      return basicStandIn(p, budget);
    case 'jwt':
      return jwtStandIn(p, budget);
    case 'secret':
    case 'cookie':
      return secretStandIn(p, budget);
  }
}
