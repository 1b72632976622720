// passport 0.7 + passport-http 0.3 on Express 5: HTTP Basic (RFC 7617) and Digest (RFC 7616) logins,
// the browser's own login prompt answered or cancelled as a person does.
import express from 'express';
import passport from 'passport';
import { BasicStrategy, DigestStrategy } from 'passport-http';
import { listen } from '../listen';
import type { RealServerCase, RealServerDefinition, ServerInstance } from '../real-server-case';
import { TEST_LOGIN, WRONG_LOGIN } from '../test-secrets';

const USER = { id: TEST_LOGIN.username };

/**
 * Neither Chrome's network log (so its HAR) nor the extension's webRequest events show the retry the
 * browser makes with credentials typed into its login prompt, only the first attempt without them
 * (measured, Chromium 156): a cancelled prompt and a refused password look exactly the same.
 */
const PROMPT_UNSEEN =
  'the request shows no Authorization, but a password typed into the prompt and refused would look exactly the same (the retry is seen neither in the HAR nor by webRequest): nothing sent is the better reading, only possible';

function basicHeader({ username, password }: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

function checkPassword(
  username: string,
  password: string,
  done: (error: null, user: typeof USER | false) => void,
): void {
  done(null, username === TEST_LOGIN.username && password === TEST_LOGIN.password ? USER : false);
}

function findDigestUser(
  username: string,
  done: (error: null, user: typeof USER | false, password?: string) => void,
): void {
  if (username === TEST_LOGIN.username) done(null, USER, TEST_LOGIN.password);
  else done(null, false);
}

/**
 * One-time nonces, the replay protection passport-http's `validate` hook exists for: a nonce seen
 * before is refused. passport-http then sends a fresh challenge without `stale=true` (it never sets it).
 */
function oneTimeNonces() {
  const seen = new Set<string>();
  return (params: { nonce: string }, done: (error: null, valid: boolean) => void) => {
    const fresh = !seen.has(params.nonce);
    seen.add(params.nonce);
    done(null, fresh);
  };
}

function buildApp(): express.Express {
  const auth = new passport.Passport();
  auth.use('basic', new BasicStrategy({ realm: 'why401 Basic' }, checkPassword));
  auth.use('digest', new DigestStrategy({ realm: 'why401 Digest', qop: 'auth' }, findDigestUser));
  auth.use(
    'digest-once',
    new DigestStrategy({ realm: 'why401 Digest once', qop: 'auth' }, findDigestUser, oneTimeNonces()),
  );
  const app = express();
  const ok: express.RequestHandler = (_req, res) => {
    res.type('html').send('<!doctype html><title>Signed in</title><p>Signed in');
  };
  app.get('/basic/', auth.authenticate('basic', { session: false }), ok);
  app.get('/digest/', auth.authenticate('digest', { session: false }), ok);
  app.get('/digest-once/', auth.authenticate('digest-once', { session: false }), ok);
  return app;
}

const CASES: RealServerCase[] = [
  {
    name: 'basic-no-credentials',
    induced: 'opened a Basic-protected page and cancelled the login prompt',
    steps: ({ origin }) => [{ via: 'navigation', url: `${origin}/basic/` }],
    expect: { cause: 'missing-credentials', likelihood: 'possible', why: PROMPT_UNSEEN },
  },
  {
    name: 'basic-wrong-password',
    induced: 'typed a wrong password into the Basic login prompt, then cancelled the second prompt',
    steps: ({ origin }) => [{ via: 'navigation', url: `${origin}/basic/`, logins: [WRONG_LOGIN] }],
    expect: { cause: 'missing-credentials', likelihood: 'possible', why: PROMPT_UNSEEN },
  },
  {
    name: 'basic-fetch-wrong-password',
    induced: 'a page script sent Basic credentials with a wrong password in its own Authorization header',
    steps: ({ origin }) => [
      { via: 'fetch', url: `${origin}/basic/`, headers: { Authorization: basicHeader(WRONG_LOGIN) } },
    ],
    expect: {
      cause: 'credentials-rejected',
      likelihood: 'likely',
      why: 'well-formed Basic credentials were sent and the same Basic challenge came back (RFC 9110 §11.6.1): the server refused the user name or password',
    },
  },
  {
    name: 'basic-bearer-sent',
    induced: 'a page script called the Basic-protected URL with a Bearer token',
    steps: ({ origin }) => [
      {
        via: 'fetch',
        url: `${origin}/basic/`,
        headers: { Authorization: 'Bearer CANARY-opaque-token-for-basic-endpoint' },
      },
    ],
    expect: {
      cause: 'malformed-credentials',
      likelihood: 'likely',
      why: 'the request used the Bearer scheme while the only challenge offered is Basic: the server cannot read this kind of credential at all',
    },
  },
  {
    name: 'digest-no-credentials',
    induced: 'opened a Digest-protected page and cancelled the login prompt',
    steps: ({ origin }) => [{ via: 'navigation', url: `${origin}/digest/` }],
    expect: { cause: 'missing-credentials', likelihood: 'possible', why: PROMPT_UNSEEN },
  },
  {
    name: 'digest-wrong-password',
    induced: 'typed a wrong password into the Digest login prompt, then cancelled the second prompt',
    steps: ({ origin }) => [{ via: 'navigation', url: `${origin}/digest/`, logins: [WRONG_LOGIN] }],
    expect: { cause: 'missing-credentials', likelihood: 'possible', why: PROMPT_UNSEEN },
  },
  {
    name: 'digest-nonce-reused',
    induced:
      'signed in with the right password, then opened the page again: the browser reused the nonce, which this server accepts once',
    steps: ({ origin }) => [
      { via: 'navigation', url: `${origin}/digest-once/`, logins: [TEST_LOGIN] },
      { via: 'navigation', url: `${origin}/digest-once/` },
    ],
    expect: {
      cause: 'stale-nonce',
      likelihood: 'possible',
      why: 'the refused Digest response counts nc=00000002 on the nonce that opened this page a moment before (the 200 just earlier): the nonce is what changed, not the password; passport-http never says stale=true (RFC 7616 §3.3), so only possible',
    },
    inPopup: {
      cause: 'missing-credentials',
      likelihood: 'possible',
      why: 'webRequest does not show the Authorization the browser adds from its Digest cache, so the extension sees the same as for a cancelled prompt',
    },
  },
];

export const passportHttp: RealServerDefinition<ServerInstance> = {
  name: 'passport-http',
  start: () => listen(buildApp()),
  cases: CASES,
};
