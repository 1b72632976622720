// Express 5 + express-jwt 8 (tokens verified with jsonwebtoken 9): an API that takes
// `Authorization: Bearer <JWT>`. Two mounts, as apps are found in the wild: `/api` with the error
// handler express-jwt's README suggests, relaying the error's code and message as JSON, and `/plain`
// whose handler answers only the status (`res.sendStatus(401)`: a bare "Unauthorized"), as many do.
import express from 'express';
import { expressjwt, type Request as JwtRequest } from 'express-jwt';
import jwt from 'jsonwebtoken';
import { listen } from '../listen';
import type { RealServerCase, RealServerDefinition, ServerInstance } from '../real-server-case';
import { testHmacKey } from '../test-secrets';

const ISSUER = 'https://issuer.why401.test/';
const AUDIENCE = 'why401-api';
const HOUR = 3600;
const REVOKED_JTI = 'CANARY-revoked-jti';

interface MintOptions {
  key: string;
  /** Seconds relative to now. */
  iat?: number;
  nbf?: number;
  exp?: number;
  aud?: string;
  jti?: string;
}

/** A throwaway test token: `sub` and `kid` say CANARY so no one mistakes it for a real one. */
function mint({ key, iat = 0, nbf, exp = HOUR, aud = AUDIENCE, jti = 'CANARY-jti' }: MintOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    sub: 'CANARY-user',
    iss: ISSUER,
    aud,
    jti,
    iat: now + iat,
    exp: now + exp,
    scope: 'profile:read',
  };
  if (nbf !== undefined) claims.nbf = now + nbf;
  return jwt.sign(claims, key, { algorithm: 'HS256', keyid: 'CANARY-test-key' });
}

function buildApp(key: string): express.Express {
  const app = express();
  const requireJwt = expressjwt({
    secret: key,
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
    isRevoked: async (_req, token) => (token?.payload as jwt.JwtPayload | undefined)?.jti === REVOKED_JTI,
  });
  const me: express.RequestHandler = (req, res) => {
    res.json({ sub: (req as JwtRequest).auth?.sub });
  };
  app.get('/api/me', requireJwt, me);
  app.get('/plain/me', requireJwt, me);
  const relayJwtError: express.ErrorRequestHandler = (error, req, res, next) => {
    if (!(error instanceof Error && error.name === 'UnauthorizedError')) return next(error);
    const { code, status } = error as Error & { code: string; status: number };
    if (req.path.startsWith('/api/')) res.status(status).json({ error: code, message: error.message });
    else res.sendStatus(status);
  };
  app.use(relayJwtError);
  return app;
}

interface ExpressJwtServer extends ServerInstance {
  /** The server's HMAC key: tokens signed with it pass the signature check. */
  key: string;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const api = (server: ServerInstance) => `${server.origin}/api/me`;
const plain = (server: ServerInstance) => `${server.origin}/plain/me`;

const CASES: RealServerCase<ExpressJwtServer>[] = [
  {
    name: 'missing',
    induced: 'a page script called the API without an Authorization header',
    steps: (server) => [{ via: 'fetch', url: api(server) }],
    expect: {
      cause: 'missing-credentials',
      likelihood: 'likely',
      why: 'no Authorization and no cookie was sent, and the body says "No authorization token was found"',
    },
  },
  {
    name: 'expired',
    induced: 'a JWT whose exp was two hours before the request',
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: bearer(mint({ key: server.key, iat: -3 * HOUR, exp: -2 * HOUR })) },
    ],
    expect: {
      cause: 'credentials-expired',
      likelihood: 'likely',
      why: 'the token\'s exp claim is two hours before the request time (RFC 7519 §4.1.4) and the body says "jwt expired"',
    },
  },
  {
    name: 'bearer-undefined',
    induced: 'the page interpolated a missing token: `Bearer undefined`',
    steps: (server) => [{ via: 'fetch', url: api(server), headers: { Authorization: 'Bearer undefined' } }],
    expect: {
      cause: 'malformed-credentials',
      likelihood: 'likely',
      why: 'the literal text "undefined" stands where the token belongs: a client bug, and the body says "jwt malformed"',
    },
  },
  {
    name: 'two-part-jwt',
    induced: 'a JWT cut after its payload (the signature part missing)',
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: bearer(mint({ key: server.key }).split('.').slice(0, 2).join('.')) },
    ],
    expect: {
      cause: 'malformed-credentials',
      likelihood: 'likely',
      why: 'a JWS compact JWT has three dot-separated parts (RFC 7515 §7.1); this one has two, and the body says "jwt malformed"',
    },
  },
  {
    name: 'bad-scheme',
    induced: 'the token sent with the scheme `Token` instead of `Bearer`',
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: { Authorization: `Token ${mint({ key: server.key })}` } },
    ],
    expect: {
      cause: 'malformed-credentials',
      likelihood: 'likely',
      why: 'the server reads only `Bearer`, and its body says "Format is Authorization: Bearer [token]"',
    },
  },
  {
    name: 'bad-signature',
    induced: "a JWT signed with another key than the server's",
    steps: (server) => [{ via: 'fetch', url: api(server), headers: bearer(mint({ key: testHmacKey() })) }],
    expect: {
      cause: 'credentials-rejected',
      likelihood: 'likely',
      why: 'a well-formed, unexpired token was refused and the body says "invalid signature": the server does not trust who signed it',
    },
  },
  {
    name: 'wrong-audience',
    induced: 'a JWT issued for another API (aud `other-api`)',
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: bearer(mint({ key: server.key, aud: 'other-api' })) },
    ],
    expect: {
      cause: 'credentials-rejected',
      likelihood: 'likely',
      why: 'a well-formed, unexpired token was refused and the body says "jwt audience invalid": it was issued for another API',
    },
  },
  {
    name: 'not-yet-valid',
    induced: 'a JWT whose nbf is one hour after the request, as an issuer with a fast clock makes it',
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: bearer(mint({ key: server.key, nbf: HOUR, exp: 2 * HOUR })) },
    ],
    expect: {
      cause: 'clock-skew',
      likelihood: 'likely',
      why: "the token's nbf claim lies one hour after the request time (RFC 7519 §4.1.5) and the body says \"jwt not active\": the issuer's and the server's clocks disagree",
    },
  },
  {
    name: 'revoked',
    induced: "a valid JWT whose jti the server's isRevoked hook lists as revoked",
    steps: (server) => [
      { via: 'fetch', url: api(server), headers: bearer(mint({ key: server.key, jti: REVOKED_JTI })) },
    ],
    expect: {
      cause: 'credentials-revoked',
      likelihood: 'likely',
      why: 'the token is well-formed and unexpired, and the body says "The token has been revoked."',
    },
  },
  {
    name: 'plain-expired',
    induced: 'an expired JWT sent to the mount without an error handler (body: "Unauthorized")',
    steps: (server) => [
      { via: 'fetch', url: plain(server), headers: bearer(mint({ key: server.key, iat: -3 * HOUR, exp: -2 * HOUR })) },
    ],
    expect: {
      cause: 'credentials-expired',
      likelihood: 'likely',
      why: "the token's exp claim is two hours before the request time; the claim alone is direct evidence (RFC 7519 §4.1.4)",
    },
  },
  {
    name: 'plain-bad-signature',
    induced: 'a JWT signed with another key, sent to the mount without an error handler',
    steps: (server) => [{ via: 'fetch', url: plain(server), headers: bearer(mint({ key: testHmacKey() })) }],
    expect: {
      cause: 'credentials-rejected',
      likelihood: 'possible',
      why: 'a well-formed, unexpired token was refused with no challenge and a bare "Unauthorized": refusing the token is the best reading, but nothing says why, so only possible',
    },
  },
];

export const expressJwt: RealServerDefinition<ExpressJwtServer> = {
  name: 'express-jwt',
  async start() {
    const key = testHmacKey();
    const listening = await listen(buildApp(key));
    return { origin: listening.origin, key, close: listening.close };
  },
  cases: CASES,
};
