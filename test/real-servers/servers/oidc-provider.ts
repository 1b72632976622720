// oidc-provider 8 (the line that supports Node 20; 9 wants Node 22) (OpenID Connect, Koa): its UserInfo endpoint (`/me`) takes RFC 6750 Bearer and
// RFC 9449 DPoP access tokens. Tokens are issued through the provider's own model API, as its grants
// do, so expiry and revocation are the provider's own.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { dpopProof, jwkThumbprint } from '../dpop-proof';
import { listen } from '../listen';
import { memoryAdapter } from './oidc-memory-adapter';
import type { CaseStep, RealServerCase, RealServerDefinition, ServerInstance } from '../real-server-case';
import { testEcKeyPair } from '../test-secrets';

const CLIENT_ID = 'why401-test-client';
const ACCOUNT_ID = 'CANARY-user';

function buildProvider(issuer: string): Provider {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: 'CANARY-client-secret', redirect_uris: [`${issuer}/cb`] }],
    adapter: memoryAdapter(),
    cookies: { keys: ['CANARY-cookie-signing-key'] },
    jwks: { keys: [{ ...signingKey, kid: 'CANARY-signing-key', use: 'sig', alg: 'RS256' }] },
    // Set, so the provider does not warn that its defaults are meant to be changed.
    ttl: { AccessToken: 3600, Grant: 3600 },
    // No grace after expiry (the default is 15 s), so a token can be made to expire within a test.
    clockTolerance: 0,
    findAccount: (_ctx, accountId) => ({ accountId, claims: () => ({ sub: accountId }) }),
    features: {
      devInteractions: { enabled: false },
      // Nonces on every DPoP request (RFC 9449 §8): the server answers use_dpop_nonce first.
      dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true },
    },
  });
}

interface IssueOptions {
  /** Seconds until it expires. */
  expiresIn?: number;
  /** RFC 7638 thumbprint of the DPoP key it is bound to. */
  jkt?: string;
}

async function issueAccessToken(provider: Provider, { expiresIn, jkt }: IssueOptions = {}) {
  const client = await provider.Client.find(CLIENT_ID);
  if (!client) throw new Error('test client missing');
  const grant = new provider.Grant({ accountId: ACCOUNT_ID, clientId: CLIENT_ID });
  grant.addOIDCScope('openid');
  const grantId = await grant.save();
  const token = new provider.AccessToken({
    client,
    accountId: ACCOUNT_ID,
    grantId,
    gty: 'authorization_code',
    scope: 'openid',
    ...(jkt ? { jkt } : {}),
    ...(expiresIn ? { expiresIn } : {}),
  });
  return { token, value: await token.save() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface OidcServer extends ServerInstance {
  provider: Provider;
}

const userinfo = (server: ServerInstance) => `${server.origin}/me`;
const bearer = (value: string) => ({ Authorization: `Bearer ${value}` });
const REFUSED =
  'RFC 6750 §3.1 invalid_token: a token was sent and refused; oidc-provider says only "invalid token provided" whether it expired, was revoked or never existed, so the wire cannot tell which';

/** A call with a DPoP-bound token and its proof (RFC 9449 §7.1), with or without a nonce. */
async function dpopCall(server: OidcServer, nonce?: string): Promise<CaseStep[]> {
  const keys = testEcKeyPair();
  const { value } = await issueAccessToken(server.provider, { jkt: jwkThumbprint(keys.publicKey) });
  const proof = dpopProof({
    ...keys,
    method: 'GET',
    url: userinfo(server),
    accessToken: value,
    ...(nonce ? { nonce } : {}),
  });
  return [{ via: 'fetch', url: userinfo(server), headers: { Authorization: `DPoP ${value}`, DPoP: proof } }];
}

const CASES: RealServerCase<OidcServer>[] = [
  {
    name: 'userinfo-expired',
    induced: 'an access token issued with a one-second lifetime, used after it ran out',
    async steps(server) {
      const { value } = await issueAccessToken(server.provider, { expiresIn: 1 });
      await sleep(1_100);
      return [{ via: 'fetch', url: userinfo(server), headers: bearer(value) }];
    },
    expect: { cause: 'credentials-rejected', likelihood: 'likely', why: REFUSED },
  },
  {
    name: 'userinfo-revoked',
    induced: 'an access token revoked on the provider (its record destroyed, as the revocation endpoint does)',
    async steps(server) {
      const { token, value } = await issueAccessToken(server.provider);
      await token.destroy();
      return [{ via: 'fetch', url: userinfo(server), headers: bearer(value) }];
    },
    expect: { cause: 'credentials-rejected', likelihood: 'likely', why: REFUSED },
  },
  {
    name: 'userinfo-unknown',
    induced: 'an access token the provider never issued',
    steps: (server) => [
      { via: 'fetch', url: userinfo(server), headers: bearer(`CANARY${randomBytes(28).toString('base64url')}`) },
    ],
    expect: { cause: 'credentials-rejected', likelihood: 'likely', why: REFUSED },
  },
  {
    name: 'dpop-nonce-required',
    induced: 'a DPoP-bound token with a proof that carries no nonce, on a provider that requires one',
    steps: (server) => dpopCall(server),
    expect: {
      cause: 'stale-nonce',
      likelihood: 'likely',
      why: 'the challenge says use_dpop_nonce and a DPoP-Nonce header holds the nonce to use (RFC 9449 §8): the client retries with it, nothing else is wrong',
    },
  },
  {
    name: 'dpop-nonce-unknown',
    induced: 'a DPoP proof with a nonce the provider did not issue (as after a server restart)',
    steps: (server) => dpopCall(server, 'CANARY-old-nonce'),
    expect: {
      cause: 'stale-nonce',
      likelihood: 'likely',
      why: 'the challenge says use_dpop_nonce with a fresh DPoP-Nonce header (RFC 9449 §8): retrying with it is the fix',
    },
  },
];

export const oidcProvider: RealServerDefinition<OidcServer> = {
  name: 'oidc-provider',
  async start() {
    // The issuer must be known before the provider exists, and it holds the port: listen first.
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
    const listening = await listen((req, res) => handle(req, res));
    const provider = buildProvider(listening.origin);
    handle = provider.callback();
    return { origin: listening.origin, provider, close: listening.close };
  },
  cases: CASES,
};
