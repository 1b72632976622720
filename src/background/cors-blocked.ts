// A cross-origin request the browser blocked for CORS. Chrome shows webRequest neither the preflight nor
// the response of such a request unless a listener asks for `extraHeaders` (which costs every page); all
// it shows is the request failing with `net::ERR_FAILED`. The everyday cause behind an auth problem is a
// CORS preflight answered 401 (the preflight carries no credentials, Fetch §4.8), so the failure gets a
// record of its own, `server-misconfigured` as `possible`, and the popup offers "Look closer" to see the
// preflight. Firefox shows preflights and such responses to webRequest: nothing to stand in for there.
import { takeFacts } from '../rules';
import type { Cause, Diagnosis } from '../rules/types';
import { resourceTypeOf } from './exchange-from-details';
import { isFirefox } from './platform';

export interface BlockedDetails {
  requestId: string;
  tabId: number;
  type: string;
  url: string;
  method: string;
  error: string;
  timeStamp: number;
  initiator?: string;
  documentUrl?: string;
}

/** Request ids whose 401/407 response the worker saw: a CORS failure after that is already recorded. */
const answered = new Set<string>();
const MAX_ANSWERED = 200;

export function noteAnswered(requestId: string): void {
  if (answered.size >= MAX_ANSWERED) {
    const oldest = answered.values().next().value;
    if (oldest !== undefined) answered.delete(oldest);
  }
  answered.add(requestId);
}

/** The URL's origin; undefined when there is none to parse. */
export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chrome reports a CORS failure as `net::ERR_FAILED` on the request itself; a fetch/XHR to another
 * origin that failed that way, with no answer seen, is one. During "Look closer" the preflight and the
 * response are visible and recorded for what they are.
 */
export function blockedByCors(details: BlockedDetails, lookingCloser: boolean): boolean {
  if (details.error !== 'net::ERR_FAILED' || details.type !== 'xmlhttprequest' || details.tabId < 0 || lookingCloser)
    return false;
  if (answered.delete(details.requestId) || isFirefox()) return false;
  const from = originOf(details.initiator ?? details.documentUrl);
  return from !== undefined && from !== 'null' && from !== originOf(details.url);
}

const CAUSE: Omit<Cause, 'evidence'> = {
  id: 'server-misconfigured',
  likelihood: 'possible',
  score: 1,
  advice: {
    visitor: [{ key: 'adv_visitor_cors_blocked' }],
    developer: [{ key: 'adv_developer_cors_blocked' }, { key: 'adv_developer_preflight' }],
    owner: [{ key: 'adv_owner_cors_blocked' }, { key: 'adv_owner_preflight' }],
  },
  actions: ['reload', 'copy-report'],
};

/** The record of a blocked request: what is known is the request line; the answer was never readable. */
export function blockedDiagnosis(details: BlockedDetails): Diagnosis {
  const facts = takeFacts({
    url: details.url,
    method: details.method,
    resourceType: resourceTypeOf(details.type),
    status: 0,
    statusText: '',
    requestHeaders: [],
    responseHeaders: [],
    startedAt: details.timeStamp,
    fromCache: false,
    ...(details.initiator ? { initiator: details.initiator } : {}),
  });
  const page = originOf(details.initiator ?? details.documentUrl) ?? '';
  const evidence = [
    {
      message: { key: 'ev_cors_blocked', params: [{ code: page }, { code: facts.request.origin }] },
      source: { kind: 'request' as const },
    },
  ];
  return { facts, causes: [{ ...CAUSE, evidence }] };
}
