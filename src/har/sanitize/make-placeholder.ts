// Placeholders for removed values, with the shape a diagnosis needs and nothing more (docs/sanitized-har.md).
import { decodeJwt, describeAuthorization } from '../../rules/index';
import { formatPlaceholder } from './placeholder';

/** Characters a header field value may not hold (RFC 9110 §5.5): kept as a flag, `invalid-characters`. */
const NOT_FIELD_TEXT = /[^\t\x20-\x7e]/;

export function isJwtLike(value: string): boolean {
  return value.startsWith('eyJ') && value.includes('.');
}

function countParts(token: string): number {
  let parts = 1;
  for (let i = token.indexOf('.'); i >= 0 && parts < 6; i = token.indexOf('.', i + 1)) parts += 1;
  return parts;
}

/** A JWT: length, part count, header `alg`/`typ` and the claims `exp nbf iat iss aud scope` (`sub`: present or not). */
export function jwtPlaceholder(token: string): string {
  const facts = decodeJwt(token, Number.NaN);
  if (facts === undefined) return formatPlaceholder('jwt', { len: token.length, parts: countParts(token), bad: 1 });
  const fields: Record<string, string | number | string[]> = { len: token.length, parts: facts.parts };
  if (facts.alg !== undefined) fields.alg = facts.alg;
  if (facts.typ !== undefined) fields.typ = facts.typ;
  const { exp, nbf, iat, iss, aud, scope, subPresent } = facts.claims;
  if (exp !== undefined) fields.exp = exp;
  if (nbf !== undefined) fields.nbf = nbf;
  if (iat !== undefined) fields.iat = iat;
  if (iss !== undefined) fields.iss = iss;
  if (aud !== undefined) fields.aud = aud;
  if (scope !== undefined) fields.scope = scope;
  if (subPresent === true) fields.sub = 1;
  return formatPlaceholder('jwt', fields);
}

/** Any other secret: its length, and whether it held characters a header may not. */
export function secretPlaceholder(value: string): string {
  const fields: Record<string, number> = { len: value.length };
  if (NOT_FIELD_TEXT.test(value)) fields.inv = 1;
  else if (HEX.test(value)) fields.hex = 1;
  return formatPlaceholder('secret', fields);
}

/**
 * Hex digits only: kept as a flag, since the rules read 64 or 128 hex digits behind a token scheme as a
 * scrubber's hash (sanitizer-placeholders.ts), not as the token itself.
 */
const HEX = /^[0-9a-f]{16,}$/i;

export function cookiePlaceholder(value: string): string {
  return formatPlaceholder('cookie', { len: value.length, ...(NOT_FIELD_TEXT.test(value) ? { inv: 1 } : {}) });
}

/** A Basic credential (RFC 7617): well-formed or not, and which halves are there; never the user name. */
export function basicPlaceholder(credential: string, spaces = 0): string {
  const basic = describeAuthorization(`Basic ${credential}`, Number.NaN).basic;
  const pad = credential.length - credential.replace(/=+$/, '').length;
  const bit = (b: boolean | undefined): number => (b === true ? 1 : 0);
  return formatPlaceholder('basic', {
    len: credential.length,
    b64: bit(basic?.base64),
    colon: bit(basic?.hasColon),
    user: bit(basic?.userPresent),
    pass: bit(basic?.passwordPresent),
    pad,
    ...(NOT_FIELD_TEXT.test(credential) ? { inv: 1 } : {}),
    ...(spaces > 0 ? { ws: spaces } : {}),
  });
}

/** The placeholder a credential value gets by its look: a JWT keeps its claims. */
export function placeholderFor(value: string): string {
  return isJwtLike(value) ? jwtPlaceholder(value) : secretPlaceholder(value);
}
