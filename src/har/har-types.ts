// The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) Why401 reads, plus the
// browser extensions it uses (`_resourceType`, `_fromCache` from Chrome). Everything is optional:
// HAR files from different tools differ, and a field missing is not an error.

export interface HarRequest {
  method?: unknown;
  url?: unknown;
  headers?: unknown;
  cookies?: unknown;
  queryString?: unknown;
  /** `{ mimeType, text, params: [{ name, value }] }`: only field names are read. */
  postData?: unknown;
}

export interface HarContent {
  text?: unknown;
  encoding?: unknown;
  mimeType?: unknown;
}

export interface HarResponse {
  status?: unknown;
  statusText?: unknown;
  headers?: unknown;
  cookies?: unknown;
  content?: HarContent;
}

export interface HarEntry {
  pageref?: unknown;
  startedDateTime?: unknown;
  request: HarRequest;
  response: HarResponse;
  serverIPAddress?: unknown;
  _resourceType?: unknown;
  _fromCache?: unknown;
}

export interface HarPage {
  id?: unknown;
  title?: unknown;
}

/** `log.creator` / `log.browser`: who wrote the file (Chrome's DevTools signs `WebInspector`). */
export interface HarSoftware {
  name?: unknown;
  version?: unknown;
}

/** What the CLI works on: the entries in order and the pages they refer to. */
export interface HarDocument {
  entries: HarEntry[];
  pages: HarPage[];
  creator?: HarSoftware;
  browser?: HarSoftware;
  /** Version of the placeholders when Why401 sanitized the file (docs/sanitized-har.md). */
  why401Sanitized?: number;
}
