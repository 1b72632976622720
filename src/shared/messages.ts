// The command protocol between the popup (sender) and the background worker (handler), declared once
import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import type { PageCredentials } from './page-credentials';
// so both sides share the types. Data flows through storage; messages are for commands only.

export interface ClearSiteDataCommand {
  type: 'clear-site-data';
  tabId: number;
  /** Refused URLs: exactly the cookies the browser would send to them are removed, nothing else. */
  urls: string[];
  /** Also remove the stored data (local storage, Cache API, IndexedDB) of their origins. */
  cacheAndStorage: boolean;
  /** Reload the tab afterwards. */
  reload: boolean;
}

export interface ReloadCommand {
  type: 'reload';
  tabId: number;
  bypassCache: boolean;
}

export interface OpenLoginCommand {
  type: 'open-login';
  tabId: number;
  url: string;
}

/** "Look closer" (Chrome): listen to the tab with extraHeaders for one reload (src/shared/look-closer.ts). */
export interface LookCloserCommand {
  type: 'look-closer';
  tabId: number;
}

export type Command = ClearSiteDataCommand | ReloadCommand | OpenLoginCommand | LookCloserCommand;

export interface CommandResults {
  'clear-site-data': { ok: true; cookiesRemoved: number } | { ok: false; error: string };
  reload: { ok: true } | { ok: false; error: string };
  'open-login': { ok: true } | { ok: false; error: string };
  /** `deadline`: when the look ends at the latest, epoch ms. */
  'look-closer': { ok: true; deadline: number } | { ok: false; error: string };
}

export type ResultOf<C extends Command> = CommandResults[C['type']];

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.length <= 20 && value.every((item) => typeof item === 'string' && item.length <= 2048)
  );
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Validates an incoming message against the protocol; anything else is dropped by the handler. */
export function parseCommand(message: unknown): Command | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (!isTabId(m.tabId)) return undefined;
  switch (m.type) {
    case 'clear-site-data':
      if (!isStringArray(m.urls) || typeof m.cacheAndStorage !== 'boolean' || typeof m.reload !== 'boolean')
        return undefined;
      return {
        type: 'clear-site-data',
        tabId: m.tabId,
        urls: m.urls,
        cacheAndStorage: m.cacheAndStorage,
        reload: m.reload,
      };
    case 'reload':
      if (typeof m.bypassCache !== 'boolean') return undefined;
      return { type: 'reload', tabId: m.tabId, bypassCache: m.bypassCache };
    case 'open-login':
      if (typeof m.url !== 'string' || !/^https?:\/\//i.test(m.url) || m.url.length > 2048) return undefined;
      return { type: 'open-login', tabId: m.tabId, url: m.url };
    case 'look-closer':
      return { type: 'look-closer', tabId: m.tabId };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Content script -> worker: the body excerpt of a 401/407 the page itself received. Not a command:
// it is validated by its own parser and only ever attached to a refusal the worker already observed.

const MAX_REPORTED_URL = 8_192;

export interface ResponseBodyMessage {
  type: 'response-body';
  /** What read it: the page's fetch/XHR (MAIN world wrapper), or the 401 document itself. */
  source: 'fetch' | 'xhr' | 'document';
  url: string;
  method: string;
  status: 401 | 407;
  /** Empty only when `credentials` says what went (a refusal without a body). */
  excerpt: string;
  /** Fetch/XHR: the credentials the page set, by shape (page-credentials.ts). */
  credentials?: PageCredentials | null | undefined;
}

const SOURCES = new Set(['fetch', 'xhr', 'document']);
/** An HTTP method is a token (RFC 9110 §9.1). */
export const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/;

export function parseResponseBody(message: unknown): ResponseBodyMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'response-body') return undefined;
  if (typeof m.source !== 'string' || !SOURCES.has(m.source)) return undefined;
  if (typeof m.url !== 'string' || m.url.length > MAX_REPORTED_URL || !/^https?:\/\//i.test(m.url)) return undefined;
  if (typeof m.method !== 'string' || !METHOD.test(m.method)) return undefined;
  if (m.status !== 401 && m.status !== 407) return undefined;
  // The relay checked every field of it (parsePageCredentials, src/content/channel.ts); the worker's budget
  // allows only its kind here (null passes and means none): a malformed one fails one re-diagnosis, no more.
  const credentials =
    m.source !== 'document' && typeof m.credentials === 'object'
      ? (m.credentials as PageCredentials | null)
      : undefined;
  if (typeof m.excerpt !== 'string' || m.excerpt.length > BODY_EXCERPT_LIMIT || (m.excerpt === '' && !credentials))
    return undefined;
  return {
    type: 'response-body',
    source: m.source as ResponseBodyMessage['source'],
    url: m.url,
    method: m.method,
    status: m.status,
    excerpt: m.excerpt,
    credentials,
  };
}

// ---------------------------------------------------------------------------------------------
// Worker -> content relay of one frame (tabs.sendMessage with its frameId): "which credentials did the
// page set on its request in flight `method url`?" for a fetch/XHR refusal the browser holds for its
// login prompt (src/background/pull-credentials.ts). The answer is a PageCredentials; for an OPTIONS the
// page did not send, `{preflight: method}` (which request it was the CORS preflight of); or null.

export interface CredentialsQuery {
  kind: 'request-credentials?';
  url: string;
  method: string;
}

export function parseCredentialsQuery(message: unknown): CredentialsQuery | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.kind !== 'request-credentials?' || typeof m.url !== 'string' || typeof m.method !== 'string') return undefined;
  return { kind: 'request-credentials?', url: m.url, method: m.method };
}

// ---------------------------------------------------------------------------------------------
// Popup -> DevTools page: "is DevTools open for this tab?". Not a command: the worker ignores it
// (parseCommand rejects it), and only a devtools page whose inspected tab is `tabId` answers, so the
// popup can say where the Why401 panel is (no extension can open DevTools itself).

export interface DevtoolsOpenQuery {
  kind: 'devtools-open?';
  tabId: number;
}

export interface DevtoolsOpenAnswer {
  devtoolsOpen: true;
}

export function parseDevtoolsOpenQuery(message: unknown): DevtoolsOpenQuery | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.kind !== 'devtools-open?' || !isTabId(m.tabId)) return undefined;
  return { kind: 'devtools-open?', tabId: m.tabId };
}

export function isDevtoolsOpenAnswer(value: unknown): value is DevtoolsOpenAnswer {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).devtoolsOpen === true;
}
