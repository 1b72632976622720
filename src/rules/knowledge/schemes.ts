// The one vocabulary of HTTP authentication schemes. Names are lower-case (schemes are
// case-insensitive, RFC 9110 §11.1); every set the rules use is derived from the lists here.

/** IANA HTTP Authentication Scheme Registry (as of 2026). */
export const REGISTERED_SCHEMES = [
  'basic',
  'bearer',
  'concealed',
  'digest',
  'dpop',
  'gnap',
  'hoba',
  'mutual',
  'negotiate',
  'oauth',
  'privatetoken',
  'scram-sha-1',
  'scram-sha-256',
  'vapid',
] as const;

/** Windows integrated authentication: a browser answers these only when set up for the site (RFC 4559). */
export const INTEGRATED_SCHEMES = ['negotiate', 'ntlm', 'kerberos'] as const;

/** Schemes a browser answers on its own on a page visit: a login prompt, or ambient integrated credentials. */
export const BROWSER_ANSWERED_SCHEMES = ['basic', 'digest', ...INTEGRATED_SCHEMES] as const;

/** Schemes where a repeated challenge after an answer means "wrong user name or password" (RFC 7617, RFC 7616). */
export const PASSWORD_SCHEMES = ['basic', 'digest'] as const;

/** Schemes carrying a bearer-style token that can be classified as JWT or opaque (RFC 6750, RFC 9449, common `Token`/`JWT`). */
export const TOKEN_SCHEMES = ['bearer', 'dpop', 'token', 'jwt'] as const;

/** Credentials that are a single token68 (RFC 9110 §11.2): whitespace inside is a mistake. */
export const SINGLE_TOKEN68_SCHEMES = ['bearer', 'basic', 'dpop', 'jwt'] as const;

/** Registered schemes plus the unregistered ones real servers speak every day. */
export const WELL_KNOWN_SCHEMES = [
  ...REGISTERED_SCHEMES,
  'ntlm',
  'kerberos',
  'token',
  'jwt',
  'aws4-hmac-sha256',
] as const;

function setOf(list: readonly string[]): ReadonlySet<string> {
  return new Set(list);
}

const REGISTERED = setOf(REGISTERED_SCHEMES);
const WELL_KNOWN = setOf(WELL_KNOWN_SCHEMES);
const INTEGRATED = setOf(INTEGRATED_SCHEMES);
const BROWSER_ANSWERED = setOf(BROWSER_ANSWERED_SCHEMES);
const PASSWORD = setOf(PASSWORD_SCHEMES);
const TOKEN = setOf(TOKEN_SCHEMES);
const SINGLE_TOKEN68 = setOf(SINGLE_TOKEN68_SCHEMES);

/**
 * A scheme in the IANA registry, or one of the unregistered ones every browser and server knows (NTLM,
 * Kerberos). Only between such schemes is "sent X, asked for Y" evidence of a mistake; any other name
 * is a vendor's own signal (a one-time password, an IP allow-list).
 */
export function isStandardScheme(scheme: string): boolean {
  const s = scheme.toLowerCase();
  return REGISTERED.has(s) || s === 'ntlm' || s === 'kerberos';
}

/** Known to be a scheme name (so `Bearer Bearer x` repeats it, and `Basic` alone is a scheme with nothing after it). */
export function isWellKnownScheme(scheme: string): boolean {
  return WELL_KNOWN.has(scheme.toLowerCase());
}

export function isIntegratedScheme(scheme: string): boolean {
  return INTEGRATED.has(scheme.toLowerCase());
}

export function isBrowserAnsweredScheme(scheme: string): boolean {
  return BROWSER_ANSWERED.has(scheme.toLowerCase());
}

export function isPasswordScheme(scheme: string): boolean {
  return PASSWORD.has(scheme.toLowerCase());
}

export function isTokenScheme(scheme: string): boolean {
  return TOKEN.has(scheme.toLowerCase());
}

export function isSingleToken68Scheme(scheme: string): boolean {
  return SINGLE_TOKEN68.has(scheme.toLowerCase());
}

/** Schemes whose challenge only ever carries a token68 blob (RFC 4559 §4; MS-NTHT for NTLM). */
export function isBlobScheme(scheme: string): boolean {
  return INTEGRATED.has(scheme.toLowerCase());
}
