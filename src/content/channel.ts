// The channel between the MAIN-world wrapper (which sees the page's fetch/XHR responses) and the
// ISOLATED-world relay (which may talk to the extension). Both run in the same page, so events on
// `window` carry JSON strings (strings cross worlds unchanged in Chrome and Firefox; objects do not).
//
// The token only keeps stray events out (another script's, another extension's): the page shares the
// MAIN world and can forge anything the wrapper can say. What protects the diagnosis is the worker,
// which attaches a body only to a 401/407 it observed itself.

import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import { METHOD } from '../shared/messages';
import { parsePageCredentials, type PageCredentials } from '../shared/page-credentials';

/** Relay -> wrapper: `{token, read}`; whether to read bodies at all and the token to sign reports with. */
export const CONFIG_EVENT = 'why401:config';
/** Wrapper -> relay: "I am installed, send me the config" (covers either script running first). */
export const HELLO_EVENT = 'why401:hello';
/** Wrapper -> relay: one body excerpt. */
export const REPORT_EVENT = 'why401:body';
/** Relay -> wrapper: `{url, method}`; the credentials of that request in flight, please (the worker asks). */
export const ASK_EVENT = 'why401:ask';
/**
 * Wrapper -> relay, during the ask's dispatch: `{token, credentials}`, their shape; or, for an OPTIONS
 * the page did not send, `{token, preflight}`: the method of the request that OPTIONS was the preflight of.
 */
export const SHAPE_EVENT = 'why401:shape';

export interface RequestAsk {
  url: string;
  method: string;
}

export interface ChannelConfig {
  token: string;
  read: boolean;
}

export interface BodyReport {
  token: string;
  source: 'fetch' | 'xhr';
  url: string;
  method: string;
  status: number;
  /** Empty when the refusal had no body: `credentials` is then what the report is for. */
  excerpt: string;
  /** The credentials the page set, by shape (src/shared/page-credentials.ts). */
  credentials?: PageCredentials;
}

function parseJson(detail: unknown, maxLength: number): Record<string, unknown> | undefined {
  if (typeof detail !== 'string' || detail.length > maxLength) return undefined;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function parseConfig(detail: unknown): ChannelConfig | undefined {
  const value = parseJson(detail, 200);
  if (!value || typeof value.token !== 'string' || typeof value.read !== 'boolean') return undefined;
  return { token: value.token, read: value.read };
}

/** Shape and size, checked on receipt in the relay: what the page hands over is untrusted. */
export function parseReport(detail: unknown, token: string): BodyReport | undefined {
  // JSON escaping can at most sextuple a character (`\u0000`); URLs up to 8 KB.
  const value = parseJson(detail, BODY_EXCERPT_LIMIT * 6 + 10_000);
  if (!value || value.token !== token) return undefined;
  if (value.source !== 'fetch' && value.source !== 'xhr') return undefined;
  if (typeof value.url !== 'string' || typeof value.method !== 'string') return undefined;
  if (value.status !== 401 && value.status !== 407) return undefined;
  if (typeof value.excerpt !== 'string' || value.excerpt.length > BODY_EXCERPT_LIMIT) return undefined;
  const credentials = value.credentials === undefined ? undefined : parsePageCredentials(value.credentials);
  if (value.credentials !== undefined && !credentials) return undefined;
  if (value.excerpt === '' && !credentials) return undefined;
  return {
    token,
    source: value.source,
    url: value.url,
    method: value.method,
    status: value.status,
    excerpt: value.excerpt,
    ...(credentials ? { credentials } : {}),
  };
}

export function parseAsk(detail: unknown): RequestAsk | undefined {
  const value = parseJson(detail, 10_000);
  if (!value || typeof value.url !== 'string' || typeof value.method !== 'string') return undefined;
  return { url: value.url, method: value.method };
}

/** The wrapper's answer to an ask: untrusted, checked like a report's credentials. */
export function parseShape(detail: unknown, token: string): PageCredentials | { preflight: string } | undefined {
  const value = parseJson(detail, 20_000);
  if (!value || value.token !== token) return undefined;
  if (typeof value.preflight === 'string')
    return METHOD.test(value.preflight) ? { preflight: value.preflight } : undefined;
  return parsePageCredentials(value.credentials);
}
