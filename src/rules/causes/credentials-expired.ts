// credentials-expired: the credential was good once and is not any more.
import type { DiagnoseContext, EarlierResponse, Facts } from '../types';
import { isSessionCookieName } from '../knowledge/session-cookies';
import { bearerDescriptionSays } from './bearer-description';
import { SAYS_EXPIRED } from '../knowledge/phrases';
import { bearerInvalidTokenUnexplained } from './credentials-rejected';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { cookiesSent, isProxyAuth, jwtOf, relevantAuthorization, requestTimeKnown } from '../facts/facts-queries';

export const expiredCredentialsRules: Rule = (facts, context) => {
  if (isProxyAuth(facts)) return [];
  const out: CauseCandidate[] = [
    ...jwtExpired(facts),
    ...bearerDescriptionSays(facts, SAYS_EXPIRED, 'credentials-expired'),
    ...sessionCookieDeleted(facts),
    ...sessionCookieRanOut(facts, context),
  ];
  if (bearerInvalidTokenUnexplained(facts)) {
    // RFC 6750 `invalid_token` without a reason: expiry is one of its everyday readings.
    out.push(
      candidate('credentials-expired', WEIGHT.weak, 'circumstantial', msg('ev_invalid_token_maybe_expired'), {
        kind: 'header',
        name: 'www-authenticate',
      }),
    );
  }
  const creds = facts.credentials;
  const success = context.lastSuccess;
  const cookies = cookiesSent(facts) === 'present';
  const sentSession = cookies || creds.authorization !== undefined;
  // History is time-relative: with the request time unknown, "earlier" and "how long ago" are not known.
  const earlier =
    success !== undefined && requestTimeKnown(facts) && success.at > 0 && success.at <= facts.request.startedAt;
  // History speaks of the same session only: not when the challenge names a missing scope (the caller is
  // known, the token lacks a right), nor when the one credential is a JWT still valid at the request time.
  const sameSession =
    facts.signals.bearerError?.error !== 'insufficient_scope' &&
    facts.signals.bearerError?.scope === undefined &&
    !(jwtStillValid(facts) && !cookies);
  if (
    success !== undefined &&
    earlier &&
    sameSession &&
    success.status >= 200 &&
    success.status < 300 &&
    sentSession &&
    successCarriedCredentials(success, facts)
  ) {
    // Same origin said yes a while ago and no now, with credentials sent both times: the session lapsed.
    out.push(
      candidate(
        'credentials-expired',
        WEIGHT.moderate,
        'circumstantial',
        msg('ev_session_lapsed', success.status, { duration: facts.request.startedAt - success.at }),
        {
          kind: 'history',
          url: success.url,
          at: success.at,
        },
      ),
    );
  } else if (cookies && creds.authorization === undefined && creds.apiKeys.length === 0) {
    // Cookies were sent and refused: most often a session that ended on the server side.
    out.push(
      candidate(
        'credentials-expired',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_cookies_sent_refused', Math.max(1, creds.cookieNames.length)),
        { kind: 'request' },
      ),
    );
  }
  return out;
};

/**
 * The earlier success only shows a lapsed session if it carried the same kind of credential that is
 * refused now: a public page that loaded fine, or a cookie session beside a refused API token, says
 * nothing about that token. When the kind is unknown (a HAR without it, or Chrome hiding the Cookie
 * header), a cookie-only request gets the benefit of the doubt; a token does not.
 */
function successCarriedCredentials(success: EarlierResponse, facts: Facts): boolean {
  const creds = facts.credentials;
  const sent = success.credentials;
  if (creds.authorization !== undefined) return sent?.authorization === true;
  if (creds.apiKeys.length > 0) return sent?.apiKey === true;
  return cookiesSent(facts) === 'present' && sent?.cookie !== false;
}

/** RFC 7519 §4.1.4: the token must not be accepted on or after `exp`. Judged at the request time. */
function jwtExpired(facts: Facts): CauseCandidate[] {
  const jwt = jwtOf(relevantAuthorization(facts));
  if (jwt?.expiredForMs === undefined || jwt.expiredForMs <= 0) return [];
  const exp = jwt.claims.exp;
  const message =
    exp !== undefined
      ? msg('ev_jwt_expired_at', { duration: jwt.expiredForMs }, { time: exp * 1000 })
      : msg('ev_jwt_expired', { duration: jwt.expiredForMs });
  return [
    candidate(
      'credentials-expired',
      WEIGHT.decisive,
      'direct',
      message,
      { kind: 'claim', name: 'exp' },
      {
        developer: [msg('adv_developer_refresh_token', { duration: jwt.expiredForMs })],
      },
    ),
  ];
}

/** A Set-Cookie that expires a cookie the request carried: the server ended that session. */
function sessionCookieDeleted(facts: Facts): CauseCandidate[] {
  const sent = new Set(facts.credentials.cookieNames);
  const deleted = facts.signals.deletedCookieNames.filter((n) => sent.has(n));
  if (deleted.length === 0) return [];
  return [
    candidate(
      'credentials-expired',
      WEIGHT.moderate + 1,
      'direct',
      msg('ev_cookie_deleted', { code: deleted.join(', ') }),
      { kind: 'header', name: 'set-cookie' },
    ),
  ];
}

function jwtStillValid(facts: Facts): boolean {
  const expiresIn = jwtOf(relevantAuthorization(facts))?.expiresInMs;
  return expiresIn !== undefined && expiresIn > 0;
}

/**
 * A sign-in cookie an earlier response set, whose Expires/Max-Age passed before this request (RFC 6265
 * §5.3: the browser then no longer sends it): the session expired. Judged at the request time, and only
 * when the request is not seen to carry the cookie after all. It explains a server's "not provided", so
 * it weighs more than those words.
 */
function sessionCookieRanOut(facts: Facts, context: DiagnoseContext): CauseCandidate[] {
  if (!requestTimeKnown(facts) || context.cookieLifetimes === undefined) return [];
  const at = facts.request.startedAt;
  const sent = new Set(facts.credentials.cookieNames);
  const ended = context.cookieLifetimes.filter(
    (c) => c.expiresAt <= at && !sent.has(c.name) && isSessionCookieName(c.name),
  );
  return ended
    .slice(0, 1)
    .map((c) =>
      candidate(
        'credentials-expired',
        WEIGHT.strong,
        'direct',
        msg('ev_cookie_lifetime_ended', { code: c.name }, { duration: at - c.expiresAt }),
        { kind: 'context' },
      ),
    );
}
