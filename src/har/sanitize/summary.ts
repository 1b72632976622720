// What a sanitizing run removed, counted per kind: never a value (docs/sanitized-har.md).

export const REMOVED_KINDS = [
  /** Authorization, Proxy-Authorization, API-key and other credential header values. */
  'headers',
  /** Cookie values: `Cookie` and `Set-Cookie` headers and the `cookies` lists. */
  'cookies',
  /** Secret query parameters (URL and `queryString`). */
  'queryParams',
  /** Secrets in URL fragments (`#access_token=…`). */
  'fragments',
  /** `user:password@` in URLs. */
  'urlUserinfo',
  /** Secret fields of request bodies (JSON, form, multipart, `postData.params`). */
  'bodyFields',
  /** Secrets in response bodies. */
  'responseBodies',
  /** Secrets in other strings: other headers, page titles, custom `_` fields, status texts. */
  'otherFields',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

export interface SanitizeSummary {
  /** Version of the placeholder format written (docs/sanitized-har.md). */
  version: number;
  /** Entries read and written (the same number, in the same order). */
  entries: number;
  /** Placeholders written, per kind. */
  removed: Record<RemovedKind, number>;
  /** Of those, how many stood for a JWT (its kept claims are in the placeholder). */
  jwts: number;
}

export function emptySummary(version: number): SanitizeSummary {
  const removed = Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, 0])) as Record<RemovedKind, number>;
  return { version, entries: 0, removed, jwts: 0 };
}
