// An unknown fact is never evidence (docs/design.md, Facts): what the diagnosis says when part of the
// request was not seen, next to the same request fully seen.
import { describe, expect, it } from 'vitest';
import { diagnoseFacts } from './diagnose-facts';
import { ch, makeFacts } from './testing/test-facts';
import type { CauseId, RequestSeen } from './types';
import { basic, type Row as FactRow } from './testing/fact-rows';

const SEEN: RequestSeen = {
  side: 'complete',
  authorization: 'absent',
  proxyAuthorization: 'absent',
  cookies: 'absent',
  time: 'known',
};
const sanitized: RequestSeen = {
  side: 'sanitized',
  authorization: 'unknown',
  proxyAuthorization: 'unknown',
  cookies: 'unknown',
  time: 'known',
  sanitized: 'headers-removed',
};
const notSeen: RequestSeen = { ...sanitized, side: 'not-seen', sanitized: undefined };
const promptRetry: RequestSeen = {
  ...SEEN,
  side: 'prompt-retry',
  authorization: 'unknown',
  proxyAuthorization: 'unknown',
};
const redactedBasic = { scheme: 'Basic', length: 10, problems: [], redacted: true as const };
const basicOk = basic;

interface Row extends FactRow {
  absent?: CauseId;
  /** Evidence that must not appear in any cause. */
  absentEvidence?: string;
}

const rows: Row[] = [
  {
    name: 'all seen, nothing sent, Bearer challenge',
    facts: { request: { seen: SEEN }, challenges: [ch('Bearer')] },
    ranks: 'missing-credentials likely',
    evidence: 'ev_no_credentials',
  },
  {
    name: 'sanitized HAR, Bearer challenge: missing is only possible, and says why',
    facts: { request: { seen: sanitized }, challenges: [ch('Bearer')] },
    ranks: 'missing-credentials possible',
    evidence: 'ev_unseen_sanitized',
  },
  {
    name: 'headers not seen by the worker',
    facts: { request: { seen: notSeen }, challenges: [ch('Bearer')] },
    ranks: 'missing-credentials possible',
    evidence: 'ev_unseen_not_seen',
  },
  {
    name: 'Basic page in a Chrome HAR: the prompt retry is not in the file',
    facts: { request: { seen: promptRetry, resourceType: 'main_frame' }, challenges: [ch('Basic')] },
    ranks: 'missing-credentials possible',
    evidence: 'ev_unseen_prompt_retry',
  },
  {
    name: 'headers not seen, cookies held: not "withheld"',
    facts: { request: { seen: notSeen } },
    context: { browserHasCookies: true },
    ranks: 'server-misconfigured possible',
    absent: 'credentials-not-sent',
  },
  {
    name: 'all seen, cookies held and none sent: withheld',
    facts: { request: { seen: SEEN } },
    context: { browserHasCookies: true },
    ranks: 'credentials-not-sent likely',
  },
  {
    name: 'sanitized HAR, NTLM type-2 blob: a handshake step, not a failure',
    facts: {
      request: { seen: sanitized, resourceType: 'main_frame' },
      challenges: [ch('NTLM', [], 'TlRMTVNTUAACAAAA')],
    },
    ranks: 'unknown possible',
    absent: 'integrated-auth-unavailable',
  },
  {
    name: 'Basic placeholder refused: rejected, but the shape is unknown',
    facts: { credentials: { authorization: redactedBasic }, challenges: [ch('Basic')] },
    ranks: 'credentials-rejected possible',
    evidence: 'ev_credential_redacted',
  },
  {
    name: 'well-formed Basic refused: rejected, likely',
    facts: { credentials: { authorization: basicOk }, challenges: [ch('Basic')] },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_challenge_repeated',
  },
  {
    name: 'time unknown: an earlier success is no lapsed session',
    facts: {
      request: { seen: { ...SEEN, cookies: 'present', time: 'unknown' }, startedAt: 0 },
      credentials: { cookieNames: ['sid'] },
    },
    context: { lastSuccess: { url: 'https://api.example.com/', status: 200, at: 1_000 } },
    ranks: 'credentials-expired possible',
    evidence: 'ev_cookies_sent_refused',
  },
  {
    name: 'an earlier success elsewhere is no lapsed session when the challenge names a missing scope',
    facts: {
      request: { seen: SEEN },
      credentials: { authorization: { scheme: 'Bearer', length: 40, problems: [] } },
      challenges: [
        ch('Bearer', [
          ['error', 'insufficient_scope'],
          ['scope', 'admin'],
        ]),
      ],
      signals: { bearerError: { scheme: 'Bearer', error: 'insufficient_scope', scope: ['admin'] } },
    },
    context: {
      lastSuccess: {
        url: 'https://api.example.com/other',
        status: 200,
        at: 1_000,
        credentials: { authorization: true, apiKey: false, cookie: false },
      },
    },
    ranks: 'insufficient-permissions likely',
    absentEvidence: 'ev_session_lapsed',
  },
  {
    name: "a login form's password in the POST body, refused: a rejected login, not a missing credential",
    facts: { request: { seen: SEEN, method: 'POST' }, credentials: { bodyFields: ['password'] } },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_body_credentials_refused',
    absent: 'missing-credentials',
  },
  {
    name: 'a refresh token in the JSON body the server calls blacklisted: revoked',
    facts: {
      request: { seen: SEEN, method: 'POST' },
      credentials: { bodyFields: ['refresh'] },
      signals: {
        known: [
          {
            rule: 'simplejwt-token-blacklisted',
            cause: 'credentials-revoked',
            product: 'djangorestframework-simplejwt',
            where: 'body',
            excerpt: 'Token is blacklisted',
          },
        ],
      },
    },
    ranks: 'credentials-revoked likely',
    absent: 'missing-credentials',
  },
  {
    name: 'a stylesheet of a page that loaded: the server, above "missing"',
    facts: { request: { seen: SEEN, resourceType: 'stylesheet' }, challenges: [ch('Basic')] },
    context: { pageLoaded: true },
    ranks: 'server-misconfigured likely',
  },
];

describe('unknown facts', () => {
  it.each(rows)('$name', ({ facts, context, ranks, evidence, absent, absentEvidence }) => {
    const d = diagnoseFacts(makeFacts(facts), context);
    expect(`${d.causes[0]?.id} ${d.causes[0]?.likelihood}`).toBe(ranks);
    if (evidence !== undefined) expect(d.causes[0]?.evidence.map((e) => e.message.key)).toContain(evidence);
    if (absent !== undefined) expect(d.causes.find((c) => c.id === absent)?.likelihood ?? 'absent').not.toBe('likely');
    if (absentEvidence !== undefined)
      expect(d.causes.flatMap((c) => c.evidence.map((e) => e.message.key))).not.toContain(absentEvidence);
  });
});
