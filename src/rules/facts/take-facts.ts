// Exchange (raw, may hold secrets) -> Facts (redacted, safe to store). After this the Exchange is dropped.
import type { Exchange, Facts, Header } from '../types';
import { parseChallenges } from './challenges/parse-challenges';
import { inspectCredentials } from './credentials/inspect-credentials';
import { inspectResponse, noSignals } from './response/inspect-response';
import { scrubEchoes } from './echo-scrub';
import { headerValues } from './header-list';
import { requestFacts } from './request-facts';
import { requestSeen } from './request-seen';
import { responseFacts } from './response-facts';

export function takeFacts(exchange: Exchange): Facts {
  const safe = scrubEchoes(sanitize(exchange));
  const challenges = guard(() => parseChallenges(headerValues(safe.responseHeaders, 'www-authenticate')), []);
  const proxyChallenges = guard(() => parseChallenges(headerValues(safe.responseHeaders, 'proxy-authenticate')), []);
  const credentials = guard(() => inspectCredentials(safe), { apiKeys: [], cookieNames: [], dpopProof: false });
  const request = requestFacts(safe);
  request.seen = requestSeen(safe, credentials);
  return {
    request,
    response: responseFacts(safe),
    challenges,
    proxyChallenges,
    credentials,
    signals: guard(() => inspectResponse(safe, challenges, proxyChallenges), noSignals()),
  };
}

/** Exchanges come from HAR files and JSON typed by hand: normalise shapes so nothing below throws. */
function sanitize(x: Exchange): Exchange {
  const out: Exchange = {
    ...x,
    url: typeof x.url === 'string' ? x.url : '',
    method: typeof x.method === 'string' ? x.method : 'GET',
    status: typeof x.status === 'number' ? x.status : 0,
    startedAt: typeof x.startedAt === 'number' && Number.isFinite(x.startedAt) ? x.startedAt : 0,
    requestHeaders: headers(x.requestHeaders),
    responseHeaders: headers(x.responseHeaders),
  };
  if (typeof x.responseBody !== 'string') delete out.responseBody;
  return out;
}

/**
 * Header lists as `{ name, value }` strings. A list that already is one (the usual case) is used as
 * it is: nothing downstream mutates it or keeps its objects in Facts.
 */
function headers(list: unknown): Header[] {
  if (!Array.isArray(list)) return [];
  if (list.every(isPlainHeader)) return list as Header[];
  return list
    .filter((h): h is { name: string; value: unknown } => typeof h?.name === 'string')
    .map((h) => ({ name: h.name, value: typeof h.value === 'string' ? h.value : String(h.value ?? '') }));
}

function isPlainHeader(h: unknown): boolean {
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof (h as Header).name === 'string' &&
    typeof (h as Header).value === 'string'
  );
}

function guard<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
