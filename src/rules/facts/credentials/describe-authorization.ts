// Describes an Authorization / Proxy-Authorization value by its shape (RFC 9110 §11.4, §11.7.2):
// scheme, length, tell-tale mistakes, Basic payload well-formedness, JWT claims. The value
// itself is never kept.

import type { AuthorizationShape, CredentialProblem } from '../../types';
import { decodeBase64 } from './base64';
import { inspectJwt } from './decode-jwt';
import { headerValueProblems, readCredential } from './value-problems';
import { isOpaqueToken } from '../../redact/mask-secrets';
import { isSingleToken68Scheme, isTokenScheme, isWellKnownScheme } from '../../knowledge/schemes';
import { isSanitizerPlaceholder } from '../../knowledge/sanitizer-placeholders';

/** `name=value` first: the auth-param form (RFC 9110 §11.2), e.g. Digest or `Token token="x"`. */
const AUTH_PARAM_START = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*=[ \t]*[^=\s]/;

/** Leading word of a value: the scheme when followed by whitespace (RFC 9110 §11.1 auth-scheme). */
const SCHEME_THEN_SPACE = /^(\S+)\s+/;

function looksLikeJwt(text: string): boolean {
  return text.startsWith('eyJ') && text.includes('.');
}

function describeBasic(payload: string): {
  basic: NonNullable<AuthorizationShape['basic']>;
  problems: CredentialProblem[];
} {
  const bytes = decodeBase64(payload);
  if (!bytes) {
    return {
      basic: { base64: false, hasColon: false, userPresent: false, passwordPresent: false },
      problems: ['basic-not-base64'],
    };
  }
  // RFC 7617 §2: user-id ":" password; the user-id cannot contain ":", so the first one splits.
  const colon = bytes.indexOf(0x3a);
  const hasColon = colon >= 0;
  return {
    basic: {
      base64: true,
      hasColon,
      userPresent: hasColon ? colon > 0 : bytes.length > 0,
      passwordPresent: hasColon && colon < bytes.length - 1,
    },
    problems: hasColon ? [] : ['basic-no-colon'],
  };
}

/**
 * An auth-scheme is a token (RFC 9110 §11.1, §5.6.2) and, in practice, a short word. Anything else in
 * first position (`sid=abc;`, a 40-character key) is part of the credential: it must not be kept as
 * the "scheme", which is stored and shown.
 */
const SCHEME_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,30}$/;

function isPlausibleScheme(word: string): boolean {
  return SCHEME_TOKEN.test(word) && !looksLikeJwt(word) && (isWellKnownScheme(word) || !isOpaqueToken(word));
}

function splitScheme(value: string): { scheme: string; credential: string; noScheme: boolean } {
  const m = SCHEME_THEN_SPACE.exec(value);
  if (m) {
    const word = m[1] ?? '';
    if (isPlausibleScheme(word)) return { scheme: word, credential: value.slice(m[0].length), noScheme: false };
    return { scheme: '', credential: value, noScheme: true };
  }
  // One word only: a scheme with nothing after it, or a bare token with no scheme.
  if (isWellKnownScheme(value)) return { scheme: value, credential: '', noScheme: false };
  return { scheme: '', credential: value, noScheme: true };
}

/**
 * Describes one Authorization (or Proxy-Authorization) header value. `requestTime` (epoch ms)
 * judges JWT `exp`/`nbf`/`iat`. Never throws; never returns any part of the credential.
 */
export function describeAuthorization(value: string, requestTime: number): AuthorizationShape {
  try {
    return describe(typeof value === 'string' ? value : String(value), requestTime);
  } catch {
    return { scheme: '', length: 0, problems: ['invalid-characters'] };
  }
}

function describe(raw: string, requestTime: number): AuthorizationShape {
  const problems: CredentialProblem[] = headerValueProblems(raw);
  let value = raw.trim();
  // A whole value in quotes (`"Bearer abc"`): note it and read what is inside.
  if (value.length >= 2 && (value.startsWith('"') || value.startsWith("'")) && value.endsWith(value.charAt(0))) {
    const inner = value.slice(1, -1).trim();
    if (SCHEME_THEN_SPACE.test(inner)) {
      problems.push('quoted');
      value = inner;
    }
  }
  const split = splitScheme(value);
  const scheme = split.scheme.length > 100 ? split.scheme.slice(0, 100) : split.scheme;
  let credential = split.credential.trim();
  // A sanitizer's stand-in (`Bearer [REDACTED]`, `[sanitized]`, a SHA-256 of the token): a credential
  // went, and nothing can be said of its shape. Checked before anything reads it as a credential.
  if (isSanitizerPlaceholder(credential, { hashes: true }))
    return { scheme, length: credential.length, problems: [], redacted: true };
  // An empty value is just empty, not also "no scheme".
  if (split.noScheme && value !== '') problems.push('no-scheme');
  const lowerScheme = scheme.toLowerCase();
  const shape: AuthorizationShape = { scheme, length: credential.length, problems };

  // `Bearer Bearer x`: the client prepended the scheme to a value that already had one.
  const inner = SCHEME_THEN_SPACE.exec(credential);
  if (inner && isWellKnownScheme(inner[1] ?? '')) {
    problems.push('double-scheme');
    credential = credential.slice(inner[0].length).trim();
  } else if (isWellKnownScheme(credential) && credential !== '') {
    problems.push('double-scheme');
    credential = '';
  }

  const authParams = AUTH_PARAM_START.test(credential) && !isSingleToken68Scheme(lowerScheme);
  // Auth-params (`Digest username="a", ...`) legitimately hold quotes and spaces.
  if (authParams) return finish(shape);
  const checkWhitespace = split.noScheme || isSingleToken68Scheme(lowerScheme) || lowerScheme === 'token';
  const reading = readCredential(credential, { checkWhitespace });
  problems.push(...reading.problems);
  if (reading.placeholder) return finish(shape);

  if (lowerScheme === 'basic') {
    const basic = describeBasic(reading.unwrapped);
    shape.basic = basic.basic;
    problems.push(...basic.problems);
  } else if (isTokenScheme(lowerScheme) || split.noScheme) {
    const jwt = inspectJwt(reading.unwrapped, requestTime);
    if (jwt.kind === 'not-jwt') shape.token = { kind: 'opaque' };
    else if (jwt.kind === 'jwt') shape.token = { kind: 'jwt', jwt: jwt.facts };
    else {
      shape.token = { kind: 'jwt' };
      problems.push(jwt.kind === 'wrong-part-count' ? 'jwt-wrong-part-count' : 'jwt-undecodable');
    }
  }
  return finish(shape);
}

function finish(shape: AuthorizationShape): AuthorizationShape {
  shape.problems = [...new Set(shape.problems)];
  return shape;
}
