// The request side of a fetch/XHR refusal the page has not seen. While bodies are read the worker takes
// no fetch/XHR request headers (api-headers.ts): the page's wrapper reports the credentials it set with
// the body. But Chromium and Firefox hold a request answered with a Basic or Digest challenge (or a
// proxy's 407) for their login prompt, and the page gets that refusal only once the prompt is
// dismissed, never in headless: no report comes. For those refusals, and only those, the worker asks
// the frame for the credentials of its request in flight (the relay asks the wrapper, which answers by
// shape: src/content/main-world.ts), before diagnosing it. No answer within PULL_WAIT_MS leaves "request
// side not seen".
//
// Firefox also shows the worker a CORS preflight the server refused, with no request headers taken it
// cannot tell from an OPTIONS the page sent (Access-Control-Request-Method says which). Asked about an
// OPTIONS, the wrapper answers for the page's own, or names the method of the request it preflighted.
import { loginPromptMayHaveAnswered } from '../rules';
import { browser } from '../shared/browser';
import type { CredentialsQuery } from '../shared/messages';
import type { PageCredentials } from '../shared/page-credentials';
import type { PreparedRefusal } from './body-attach';

/** The relay answers at once; a page whose main thread is this busy keeps the first diagnosis. */
export const PULL_WAIT_MS = 2_000;

interface PulledRefusal {
  tabId: number;
  frameId: number;
  url: string;
  method: string;
}

/**
 * Asks the frame before the refusal is diagnosed, so that its one diagnosis (made when its batch is
 * written) already has the request side: a record never shows a guess that a moment later turns into
 * another answer. `prepared` takes what the frame knew; nothing else changes.
 */
export async function pullCredentials(refusal: PulledRefusal, prepared: PreparedRefusal): Promise<void> {
  const { exchange } = prepared;
  if (
    exchange.requestSide !== 'not-seen' ||
    (exchange.method !== 'OPTIONS' && !loginPromptMayHaveAnswered(exchange.status, [], exchange.responseHeaders))
  )
    return;
  const query: CredentialsQuery = { kind: 'request-credentials?', url: refusal.url, method: refusal.method };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer: unknown = await Promise.race([
    // No relay in that frame (no host access, a frame gone) rejects: nothing learnt.
    browser.tabs.sendMessage(refusal.tabId, query, { frameId: refusal.frameId }).catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, PULL_WAIT_MS))),
  ]);
  clearTimeout(timer);
  // The relay checked every field (parsePageCredentials); the worker only its kind, as for a body report.
  if (typeof answer !== 'object' || answer === null) return;
  const { preflight } = answer as { preflight?: unknown };
  // A preflight never carries credentials (Fetch, CORS-preflight fetch): its request side is then known.
  if (typeof preflight === 'string')
    prepared.exchange = {
      ...exchange,
      requestHeaders: [...exchange.requestHeaders, { name: 'Access-Control-Request-Method', value: preflight }],
      requestSide: 'complete',
    };
  else prepared.credentials = answer as PageCredentials;
}
