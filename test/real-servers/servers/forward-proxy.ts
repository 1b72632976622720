// `proxy` 4 (TooTallNate's HTTP forward proxy) with its `authenticate` hook: a proxy that wants Basic
// proxy credentials (RFC 9110 §11.7.1) and answers 407 without them.
import { createServer } from 'node:http';
import { createProxy } from 'proxy';
import { listen } from '../listen';
import type { RealServerCase, RealServerDefinition, ServerInstance } from '../real-server-case';
import { TEST_LOGIN, WRONG_LOGIN } from '../test-secrets';

/**
 * A site behind the proxy. Never resolved: the proxy refuses before it connects anywhere, and it
 * connects to nothing but loopback even with the right login (the only network these tests may use).
 */
const PROXIED_SITE = 'http://intranet.why401.test/';

const EXPECTED = `Basic ${Buffer.from(`${TEST_LOGIN.username}:${TEST_LOGIN.password}`).toString('base64')}`;

const CASES: RealServerCase[] = [
  {
    name: 'no-credentials',
    induced: 'opened a site through a proxy that wants a login, and cancelled the proxy login prompt',
    steps: () => [{ via: 'navigation', url: PROXIED_SITE }],
    expect: {
      cause: 'proxy-or-firewall',
      likelihood: 'likely',
      why: 'a 407 with Proxy-Authenticate comes from a proxy between the browser and the site (RFC 9110 §15.5.8): the site itself was never asked',
    },
  },
  {
    name: 'wrong-password',
    induced: 'typed a wrong password into the proxy login prompt, then cancelled the second prompt',
    steps: () => [{ via: 'navigation', url: PROXIED_SITE, logins: [WRONG_LOGIN] }],
    expect: {
      cause: 'proxy-or-firewall',
      likelihood: 'likely',
      why: 'the 407 and its Proxy-Authenticate challenge come from the proxy (RFC 9110 §15.5.8): it is the proxy login that must change, not anything about the site',
    },
  },
];

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

async function start(): Promise<ServerInstance> {
  const proxy = createProxy(createServer());
  proxy.authenticate = (req) => req.headers['proxy-authorization'] === EXPECTED && hostOf(req.url) === '127.0.0.1';
  const proxyListening = await listen(undefined, proxy);
  // The start page is on loopback, which Chromium never sends through a proxy.
  const startPage = await listen((_req, res) => res.writeHead(404).end());
  return {
    origin: startPage.origin,
    proxy: proxyListening.origin,
    close: () => Promise.all([proxyListening.close(), startPage.close()]).then(() => undefined),
  };
}

export const forwardProxy: RealServerDefinition<ServerInstance> = { name: 'forward-proxy', start, cases: CASES };
