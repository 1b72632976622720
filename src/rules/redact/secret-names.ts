// Which key names (JSON keys, form fields, query parameters, header names) carry secrets.
// Names are compared after normalising: lower-cased, with `-`, `_`, `.` and spaces removed, so
// `access_token`, `accessToken`, `Access-Token` and `X-Access-Token` all read as `accesstoken`.

/** A normalised name containing any of these is secret (`client_secret`, `X-Api-Key`, `db_password`). */
const SECRET_PARTS: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authorization',
  'cookie',
  'session',
  'credential',
  'signature',
];

/** Normalised names that are secret only as a whole word (too short to match as a part). */
const SECRET_EXACT: ReadonlySet<string> = new Set([
  'pwd',
  'pass',
  'auth',
  'jwt',
  'bearer',
  'sid',
  'phpsessid',
  'otp',
  'assertion',
  'samlresponse',
]);

/**
 * Extra names that are secret in a URL query (but too common as plain words in prose or JSON):
 * Google APIs `key`, Azure SAS `sig`, OAuth 2.0 authorization `code` (RFC 6749 §4.1.2), CAS `ticket`.
 */
const URL_SECRET_EXACT: ReadonlySet<string> = new Set(['key', 'sig', 'code', 'ticket', 'hash', 'hmac']);

/**
 * Names that contain a secret part but describe it rather than hold it: `token_type`,
 * `expires_in`, `token_endpoint`, `session_expired`, `cookie_name`.
 */
const DESCRIPTIVE_SUFFIXES: readonly string[] = [
  'type',
  'expiresin',
  'expiresat',
  'expiry',
  'expires',
  'expired',
  'expiration',
  'endpoint',
  'url',
  'uri',
  'hint',
  'length',
  'ttl',
  'lifetime',
  'required',
  'valid',
  'invalid',
  'usage',
  'method',
  'format',
  'name',
  'names',
  'policy',
  'identifier',
];

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_. ]/g, '');
}

/** True when a key, field or header of this name usually holds a secret value. */
export function isSecretName(name: string): boolean {
  const n = normalizeName(name);
  if (n.length === 0 || n.length > 100) return false;
  if (SECRET_EXACT.has(n)) return true;
  if (!SECRET_PARTS.some((part) => n.includes(part))) return false;
  return !DESCRIPTIVE_SUFFIXES.some((suffix) => n.endsWith(suffix));
}

/** Like {@link isSecretName}, plus the short names that are secret in a URL query. */
export function isSecretQueryName(name: string): boolean {
  return isSecretName(name) || URL_SECRET_EXACT.has(normalizeName(name));
}
