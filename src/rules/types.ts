// The rule module's public contract. Pure data: no browser API, no I/O, no clock.
// Data flow (see docs/design.md): Exchange (raw, may hold secrets) -> Facts (redacted) -> Diagnosis.

/** One header line as observed. Names keep their original case; compare case-insensitively. */
export interface Header {
  name: string;
  value: string;
}

/** What kind of resource the request loaded, in webRequest's vocabulary (HAR `_resourceType` too). */
export const RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'xmlhttprequest',
  'fetch',
  'script',
  'stylesheet',
  'image',
  'font',
  'media',
  'websocket',
  'ping',
  'other',
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * How much of the request side an observer saw (docs/design.md, Facts: known present, known absent, unknown).
 * - `complete`: every request header as sent;
 * - `sanitized`: a HAR sanitizer removed the Authorization, Cookie and Set-Cookie headers (Chrome's default
 *   export since Chrome 130);
 * - `prompt-retry`: the browser answered a login prompt (Basic, Digest, a proxy's) on a retry the HAR does
 *   not hold (Chrome logs the first attempt only), so the credential typed there is not seen;
 * - `not-seen`: no request header was observed (a worker that missed `onSendHeaders`).
 */
export const REQUEST_SIDES = ['complete', 'sanitized', 'prompt-retry', 'not-seen'] as const;
export type RequestSide = (typeof REQUEST_SIDES)[number];

/**
 * One request/response pair as observed. May hold secrets: it lives only in memory and is
 * dropped as soon as Facts are taken from it.
 */
export interface Exchange {
  url: string;
  method: string;
  resourceType?: ResourceType;
  status: number;
  statusText?: string;
  requestHeaders: Header[];
  responseHeaders: Header[];
  /** First few KB of the response body, when one was captured. */
  responseBody?: string;
  /**
   * Time of the request, epoch milliseconds (webRequest `timeStamp`, HAR `startedDateTime`); 0 (or not a
   * finite number) when unknown, e.g. a HAR entry without `startedDateTime`.
   */
  startedAt: number;
  /** What of the request side was not observed; absent means `complete`. */
  requestSide?: RequestSide;
  /**
   * Names of the fields the request body carried (form or JSON keys, never values), when the observer saw
   * the body (a HAR's postData): a login form's `password` is a credential sent.
   */
  requestBodyFields?: string[];
  serverIp?: string;
  fromCache?: boolean;
  /** Origin (or URL) that started the request, e.g. webRequest `initiator`. */
  initiator?: string;
  /** URL of the top-level page the request belongs to. */
  pageUrl?: string;
}

// ---------------------------------------------------------------------------------------------
// Challenges (RFC 9110 §11.2, §11.6.1, §11.7.1)

/** One parsed challenge. Scheme as sent (compare case-insensitively); param names lower-cased. */
export interface Challenge {
  scheme: string;
  /** Auth-params in order; names lower-cased, values unquoted with escapes resolved. */
  params: Array<[name: string, value: string]>;
  /** The token68 form (e.g. `Negotiate <blob>`), or null when absent. */
  token68: string | null;
}

// ---------------------------------------------------------------------------------------------
// Credentials: described by shape, never kept.

/** What can be wrong with the shape of a credential, found without keeping its value. */
export const CREDENTIAL_PROBLEMS = [
  /** `Bearer undefined` */
  'literal-undefined',
  /** `Bearer null` */
  'literal-null',
  /** `Bearer ` with nothing after the scheme */
  'empty',
  /** `Bearer [object Object]` */
  'object-object',
  /** the credential is wrapped in quotes */
  'quoted',
  /** whitespace or line breaks inside the credential */
  'whitespace-inside',
  /** `Bearer Bearer ey...` */
  'double-scheme',
  /** looks like a JWT (starts with `eyJ`) but has not exactly three dot-separated parts */
  'jwt-wrong-part-count',
  /** a JWT part is not valid base64url JSON */
  'jwt-undecodable',
  /** Basic payload is not base64 */
  'basic-not-base64',
  /** Basic payload decodes but has no `:` between user and password */
  'basic-no-colon',
  /** the Authorization header has no scheme at all (a bare token) */
  'no-scheme',
  /** non-ASCII or control characters in the header value */
  'invalid-characters',
] as const;

export type CredentialProblem = (typeof CREDENTIAL_PROBLEMS)[number];

export interface JwtClaims {
  /** Seconds since epoch, as in RFC 7519. */
  exp?: number;
  nbf?: number;
  iat?: number;
  iss?: string;
  aud?: string[];
  /** From `scope` (space-separated) or `scp` (array or string). */
  scope?: string[];
  azp?: string;
  /** Only whether a subject is present: the value may identify a person. */
  subPresent?: boolean;
}

export interface JwtFacts {
  /** Number of dot-separated parts (3 for JWS, 5 for JWE). */
  parts: number;
  alg?: string;
  typ?: string;
  /** True for JWE (5 parts): the claims are encrypted and cannot be read. */
  encrypted: boolean;
  claims: JwtClaims;
  /** Milliseconds the token had been expired at the time of the request (exp < request time). */
  expiredForMs?: number;
  /** Milliseconds before `nbf` the request was made (token not yet valid). */
  notYetValidForMs?: number;
  /** Milliseconds `iat` lies after the request time (issued "in the future": clock skew). */
  issuedInFutureByMs?: number;
  /** Milliseconds until expiry at the time of the request, when still valid. */
  expiresInMs?: number;
}

export type TokenKind = 'jwt' | 'opaque';

/** Shape of one Authorization / Proxy-Authorization value. */
export interface AuthorizationShape {
  /** Scheme as sent, e.g. `Bearer`, `Basic`; empty string when there is none. */
  scheme: string;
  /** Length of the credential after the scheme, in characters. */
  length: number;
  problems: CredentialProblem[];
  basic?: {
    /** Payload is valid base64. */
    base64: boolean;
    /** Decoded payload contains `:`. */
    hasColon: boolean;
    /** A non-empty user name is present (the name itself is never kept). */
    userPresent: boolean;
    /** A non-empty password is present. */
    passwordPresent: boolean;
  };
  token?: {
    kind: TokenKind;
    jwt?: JwtFacts;
  };
  /**
   * The credential is a sanitizer's placeholder (`[REDACTED]`, `[sanitized]`, `xxx`, a hash), not what was
   * sent: a credential went, but its shape is unknown.
   */
  redacted?: true;
}

/** An API key carried somewhere other than Authorization. */
export interface ApiKeyShape {
  /** Where it was: `header` or `query`. */
  carrier: 'header' | 'query';
  /** Header or query parameter name as sent, e.g. `X-API-Key`, `api_key`. */
  name: string;
  length: number;
  problems: CredentialProblem[];
  /** The value is a sanitizer's placeholder: a key went, its shape is unknown. */
  redacted?: true;
}

export interface CredentialFacts {
  authorization?: AuthorizationShape;
  proxyAuthorization?: AuthorizationShape;
  apiKeys: ApiKeyShape[];
  /** Names of cookies sent with the request (never values). */
  cookieNames: string[];
  /** A DPoP proof header was sent (RFC 9449). */
  dpopProof: boolean;
  /** Names of credential fields in the request body (`password`, `refresh_token`), never values. */
  bodyFields?: string[];
}

// ---------------------------------------------------------------------------------------------
// Response signals

/** Which cause a piece of evidence points at. */
export const CAUSE_IDS = [
  'missing-credentials',
  'credentials-not-sent',
  'credentials-rejected',
  'credentials-expired',
  'credentials-revoked',
  'malformed-credentials',
  'insufficient-permissions',
  'integrated-auth-unavailable',
  'stale-nonce',
  'clock-skew',
  'proxy-or-firewall',
  'server-misconfigured',
  'stale-dns-or-cache',
  'unknown',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** A known message or signature matched in the response (body, status text or header). */
export interface KnownSignal {
  /**
   * Id of the knowledge-table row that matched, e.g. `github-bad-credentials` (the extension build ships
   * short ids, e.g. `bm0`, to keep the worker small: vite.config.ts).
   */
  rule: string;
  /** What the row says it means. */
  cause: CauseId;
  /** Further causes the same words stand for (an ambiguous stock message, row.ts). */
  alsoMeans?: CauseId[];
  /** A second factor (one-time code) is what is missing, beside the credential sent (row.ts). */
  secondFactor?: true;
  /** Product or framework the row comes from, e.g. `GitHub REST API`. */
  product: string;
  /** Where it was found. */
  where: 'body' | 'status-text' | 'header';
  /** Header name when `where` is `header`. */
  header?: string;
  /** The matched text, masked and at most 200 characters. */
  excerpt: string;
}

export interface BearerError {
  /** RFC 6750 §3.1 error code as sent, e.g. `invalid_token`. */
  error?: string;
  errorDescription?: string;
  errorUri?: string;
  /** Scope the resource requires (RFC 6750 §3). */
  scope?: string[];
  realm?: string;
  /** Which challenge carried it, e.g. `Bearer` or `DPoP`. */
  scheme: string;
}

export interface ResponseSignals {
  /** RFC 6750 error from a Bearer or DPoP challenge. */
  bearerError?: BearerError;
  /** Digest challenge with `stale=true` (RFC 7616 §3.3). */
  digestStale: boolean;
  /**
   * The refused Digest response counted more than one request on its nonce (`nc` > 1, so the nonce had
   * worked before) and the server answered with another nonce: the nonce ran out, without `stale=true`.
   */
  digestNonceReplaced?: true;
  /** DPoP `use_dpop_nonce` together with a `DPoP-Nonce` response header (RFC 9449 §8, §9). */
  dpopNonceRequired: boolean;
  /** Matches from the knowledge tables, in the order found. */
  known: KnownSignal[];
  /** Response `Date` minus the request time, milliseconds; absent without a parseable `Date`. */
  dateSkewMs?: number;
  /** Names of cookies the response sets (never values). */
  setCookieNames: string[];
  /** Names of cookies the response deletes (expired or Max-Age=0). */
  deletedCookieNames: string[];
  /** The body looks like an HTML login form (an intercepting portal or an app's login page). */
  loginForm: boolean;
  /** `Server` response header, trimmed to 100 characters. */
  server?: string;
}

// ---------------------------------------------------------------------------------------------
// Facts: everything the rules need, with secrets removed. Safe to store and show.

/** What is known of one request fact. */
export const FACT_STATES = ['present', 'absent', 'unknown'] as const;
export type FactState = (typeof FACT_STATES)[number];

/** How a sanitizer hid credentials: removed the headers (Chrome's default export), or replaced the values. */
export const SANITIZATIONS = ['headers-removed', 'values-replaced'] as const;
export type Sanitization = (typeof SANITIZATIONS)[number];

/** What the observer saw of the request: an unknown fact is never evidence (docs/design.md, Facts). */
export interface RequestSeen {
  side: RequestSide;
  authorization: FactState;
  proxyAuthorization: FactState;
  cookies: FactState;
  /** The request time; time-relative evidence (exp, nbf, iat, Date, history age) needs it. */
  time: 'known' | 'unknown';
  /** Set when a sanitizer touched the credentials this request carried. */
  sanitized?: Sanitization;
}

export interface RequestFacts {
  /** URL with secret-looking query values replaced by `[redacted]`, fragment dropped. */
  url: string;
  origin: string;
  host: string;
  method: string;
  resourceType: ResourceType;
  startedAt: number;
  pageUrl?: string;
  initiator?: string;
  /** `OPTIONS` with `Access-Control-Request-Method`: a CORS preflight. */
  isPreflight: boolean;
  /** The request's origin differs from the page's (or initiator's) site. */
  crossSite?: boolean;
  /** Names of the request headers sent (never values), lower-cased. */
  headerNames: string[];
  /** What was seen of the request; absent in Facts stored by older versions (then: all seen). */
  seen?: RequestSeen;
}

export interface ResponseFacts {
  status: number;
  statusText: string;
  serverIp?: string;
  fromCache: boolean;
  /** Notable response headers with values masked and trimmed (never `Set-Cookie` values). */
  headers: Header[];
  /** Body excerpt with secret-looking values masked, at most 2,000 characters. */
  bodyExcerpt?: string;
  contentType?: string;
}

export interface Facts {
  request: RequestFacts;
  response: ResponseFacts;
  /** From `WWW-Authenticate` (all fields, in order). */
  challenges: Challenge[];
  /** From `Proxy-Authenticate`. */
  proxyChallenges: Challenge[];
  credentials: CredentialFacts;
  signals: ResponseSignals;
}

// ---------------------------------------------------------------------------------------------
// Context: what else is known about the site, from the same tab or HAR.

/** Which credentials an earlier request carried; `undefined`: not known (a sanitized HAR, a hidden header). */
export interface SentCredentials {
  authorization: boolean | undefined;
  apiKey: boolean;
  cookie: boolean | undefined;
}

export interface EarlierResponse {
  url: string;
  status: number;
  /** Epoch ms. */
  at: number;
  serverIp?: string;
  server?: string;
  fromCache?: boolean;
  /**
   * Which credentials the earlier request carried; absent when not known. `cookie` is undefined when the
   * browser hid the request's Cookie header (Chrome without `extraHeaders`).
   */
  credentials?: SentCredentials;
}

/** A cookie an earlier response set, by name (never its value), and when its Expires/Max-Age ran out. */
export interface CookieLifetime {
  name: string;
  /** Epoch ms. */
  expiresAt: number;
}

export interface DiagnoseContext {
  /** The last successful (2xx) response from the same origin before this request. */
  lastSuccess?: EarlierResponse;
  /** Whether the browser holds cookies for the request's site (undefined: not known). */
  browserHasCookies?: boolean;
  /** The top-level page this request belongs to loaded successfully (2xx/3xx). */
  pageLoaded?: boolean;
  /**
   * Cookie names in the Exchange were inferred from the browser's cookie jar (Chrome hides the request
   * `Cookie` header from webRequest unless `extraHeaders` is asked for, which costs every request).
   */
  cookiesInferred?: boolean;
  /**
   * Cookies earlier responses set for the request's host with a lifetime (`Expires`/`Max-Age`), from the
   * HAR's earlier `Set-Cookie` headers: a sign-in cookie whose lifetime passed before the request is a
   * session that expired.
   */
  cookieLifetimes?: CookieLifetime[];
}

// ---------------------------------------------------------------------------------------------
// Diagnosis: text is carried as message ids (i18n), formatted by the popup or the CLI.

/** A substitution value. Durations and times are formatted per locale by the renderer. */
export type MessageParam =
  | string
  | number
  | { duration: number }
  | { time: number }
  /** Text to show as code (header values, claim names). */
  | { code: string };

export interface Message {
  /** Key in `_locales/<lang>/messages.json` (letters, digits, underscore). */
  key: string;
  params?: MessageParam[];
}

/** Where a piece of evidence came from. */
export type EvidenceSource =
  | { kind: 'header'; name: string }
  | { kind: 'claim'; name: string }
  | { kind: 'body' }
  | { kind: 'status' }
  | { kind: 'request' }
  | { kind: 'history'; url: string; at: number }
  | { kind: 'context' };

export interface Evidence {
  message: Message;
  source: EvidenceSource;
}

export const AUDIENCES = ['visitor', 'developer', 'owner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type ActionId =
  | 'clear-site-data'
  | 'reload'
  | 'reload-bypass-cache'
  | 'open-login'
  | 'copy-report'
  | 'copy-curl'
  | 'private-window-hint'
  | 'grant-host-access';

export type Likelihood = 'likely' | 'possible';

export interface Cause {
  id: CauseId;
  likelihood: Likelihood;
  /** Internal ranking score, higher first. Stable for equal inputs. */
  score: number;
  evidence: Evidence[];
  advice: Record<Audience, Message[]>;
  actions: ActionId[];
}

export interface Diagnosis {
  facts: Facts;
  /** Ranked, most likely first; never empty (falls back to `unknown`). */
  causes: Cause[];
  /** Login page URL taken from a challenge (`realm`/`authorization_uri`) when it is an http(s) URL. */
  loginUrl?: string;
}
