// Reads what the response itself says about a 401/407: RFC 6750 error attributes, Digest and
// DPoP nonce retries, known product messages, the server's clock, cookies set or deleted, a login
// form, the Server header. Pure: time comes from `exchange.startedAt` and the response `Date`.
import { firstHeader, headerValues } from '../header-list';
import { maskSecrets } from '../../redact/mask-secrets';
import { setCookieInfo } from '../credentials/cookie-names';
import { matchChallengeText, matchKnown, MAX_SIGNALS } from '../../knowledge/match-known';
import type { Challenge, Exchange, Header, KnownSignal, ResponseSignals } from '../../types';
import { bearerErrorOf } from './bearer-error';
import { challengeParam, isScheme } from '../challenges/find-param';
import { hasLoginForm } from './login-form';
import { digestNonceReplaced } from './digest-nonce';
import { isKnownTime } from '../request-seen';

const SERVER_MAX_LENGTH = 100;
/** An IMF-fixdate is 29 characters; anything far longer is not a date worth parsing. */
const DATE_MAX_LENGTH = 64;

/** RFC 7616 §3.3: `stale=true` (case-insensitive) means the nonce, not the password, was refused. */
function digestStale(challenges: readonly Challenge[]): boolean {
  return challenges.some((c) => isScheme(c, 'digest') && challengeParam(c, 'stale')?.trim().toLowerCase() === 'true');
}

/**
 * RFC 9449 §9: a resource server that wants a nonce answers 401 with
 * `WWW-Authenticate: DPoP error="use_dpop_nonce"` and the nonce in a `DPoP-Nonce` header; both are
 * needed, a challenge without the nonce gives the client nothing to retry with.
 */
function dpopNonceRequired(challenges: readonly Challenge[], headers: readonly Header[]): boolean {
  const asked = challenges.some((c) => isScheme(c, 'dpop') && challengeParam(c, 'error')?.trim() === 'use_dpop_nonce');
  if (!asked) return false;
  const nonce = firstHeader(headers, 'dpop-nonce');
  return nonce !== undefined && nonce.trim().length > 0;
}

/** RFC 9110 §6.6.1 `Date` (IMF-fixdate; Date.parse also reads the obsolete forms). */
function responseDate(headers: readonly Header[]): number | undefined {
  const raw = firstHeader(headers, 'date');
  if (raw === undefined) return undefined;
  const t = Date.parse(raw.trim().slice(0, DATE_MAX_LENGTH));
  return Number.isFinite(t) ? t : undefined;
}

function mergeKnown(first: KnownSignal[], more: KnownSignal[]): KnownSignal[] {
  const seen = new Set(first.map((s) => s.rule));
  const out = [...first];
  for (const s of more) {
    if (out.length >= MAX_SIGNALS) break;
    if (seen.has(s.rule)) continue;
    seen.add(s.rule);
    out.push(s);
  }
  return out;
}

/** The signals of a response that says nothing: no challenge error, no known words, no cookies. */
export function noSignals(): ResponseSignals {
  return {
    digestStale: false,
    dpopNonceRequired: false,
    known: [],
    setCookieNames: [],
    deletedCookieNames: [],
    loginForm: false,
  };
}

/**
 * Every signal the response carries. `challenges` and `proxyChallenges` are the parsed
 * `WWW-Authenticate` and `Proxy-Authenticate` fields. Never throws on well-typed input; output is
 * bounded (signals, cookie names and strings are capped).
 */
export function inspectResponse(
  exchange: Exchange,
  challenges: Challenge[],
  proxyChallenges: Challenge[],
): ResponseSignals {
  const headers = exchange.responseHeaders;
  const www = bearerErrorOf(challenges);
  const bearerError = www ?? bearerErrorOf(proxyChallenges);

  let known = matchKnown(exchange);
  if (bearerError?.errorDescription !== undefined) {
    const header = www ? 'WWW-Authenticate' : 'Proxy-Authenticate';
    known = mergeKnown(known, matchChallengeText(bearerError.errorDescription, header));
  }

  const date = responseDate(headers);
  // An unknown request time (0 in a HAR entry without startedDateTime) measures no clock skew.
  const startedAt = isKnownTime(exchange.startedAt) ? exchange.startedAt : undefined;
  // Cookies expire relative to the server's clock when it says what it is, else the request time.
  const responseTime = date ?? startedAt ?? Number.NaN;
  const cookies = setCookieInfo(headerValues(headers, 'set-cookie'), responseTime);

  const signals: ResponseSignals = {
    digestStale: digestStale(challenges) || digestStale(proxyChallenges),
    dpopNonceRequired: dpopNonceRequired(challenges, headers) || dpopNonceRequired(proxyChallenges, headers),
    known,
    setCookieNames: cookies.set,
    deletedCookieNames: cookies.deleted,
    loginForm: hasLoginForm(exchange.responseBody),
  };
  if (bearerError) signals.bearerError = bearerError;
  const status = exchange.status;
  const refused =
    status === 407
      ? firstHeader(exchange.requestHeaders, 'proxy-authorization')
      : firstHeader(exchange.requestHeaders, 'authorization');
  if (digestNonceReplaced(refused, status === 407 ? proxyChallenges : challenges)) signals.digestNonceReplaced = true;
  if (date !== undefined && startedAt !== undefined) signals.dateSkewMs = date - startedAt;
  const server = firstHeader(headers, 'server')?.trim();
  // Server text is shown and stored: masked like every other header value (a debug build may echo a token).
  if (server) signals.server = maskSecrets(server, SERVER_MAX_LENGTH);
  return signals;
}
