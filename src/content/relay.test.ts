// @vitest-environment happy-dom
// The relay's side of the worker's question (the pull): it asks the page wrapper and answers the worker
// at once with what passed its checks, or null.
import { beforeAll, describe, expect, it } from 'vitest';
import { ASK_EVENT, CONFIG_EVENT, SHAPE_EVENT } from './channel';

type Respond = (answer: unknown) => void;
type Listener = (message: unknown, sender: unknown, respond: Respond) => void;
const listeners: Listener[] = [];
let token = '';
/** What the stand-in wrapper answers to the next ask (called with the ask's detail and the relay's token). */
let wrapper: ((ask: { url: string; method: string }, token: string) => unknown) | undefined;

beforeAll(async () => {
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    value: {
      runtime: {
        sendMessage: async () => undefined,
        onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      },
      storage: { local: { get: async () => ({ readBodies: true }) } },
    },
  });
  window.addEventListener(CONFIG_EVENT, (event) => {
    token = (JSON.parse(String((event as CustomEvent<unknown>).detail)) as { token: string }).token;
  });
  window.addEventListener(ASK_EVENT, (event) => {
    const answer = wrapper?.(
      JSON.parse(String((event as CustomEvent<unknown>).detail)) as { url: string; method: string },
      token,
    );
    if (answer !== undefined)
      window.dispatchEvent(
        new CustomEvent(SHAPE_EVENT, { detail: typeof answer === 'string' ? answer : JSON.stringify(answer) }),
      );
  });
  await import('./relay');
  // The relay starts once it has read the setting (a promise): wait for its listener.
  for (let tries = 0; listeners.length === 0 && tries < 100; tries++)
    await new Promise((resolve) => setTimeout(resolve, 1));
});

/** The worker's question, as tabs.sendMessage delivers it; `undefined`: the relay did not answer. */
function pull(message: unknown): unknown {
  let answer: unknown = 'no answer';
  listeners[0]?.(message, {}, (value) => (answer = value));
  return answer === 'no answer' ? undefined : answer;
}

const query = { kind: 'request-credentials?', url: 'https://api.example.com/me', method: 'GET' };
const credentials = { authorization: { scheme: 'Basic', length: 12, problems: [] }, apiKeys: [], dpopProof: false };

describe('the relay answers the worker for the page wrapper', () => {
  it('passes on the URL and method, and answers with the shape the wrapper gave', () => {
    let asked: unknown;
    wrapper = (ask, relayToken) => ((asked = ask), { token: relayToken, credentials });
    expect(pull(query)).toEqual(credentials);
    expect(asked).toEqual({ url: query.url, method: 'GET' });
  });

  it('answers with the method a preflight was for', () => {
    wrapper = (_ask, relayToken) => ({ token: relayToken, preflight: 'PUT' });
    expect(pull({ ...query, method: 'OPTIONS' })).toEqual({ preflight: 'PUT' });
  });

  it.each<[string, typeof wrapper]>([
    ['the wrapper has no such request', () => undefined],
    ['the answer is not signed with its token (another script)', () => ({ token: 'guess', credentials })],
    [
      'the credentials are not a shape',
      (_ask, relayToken) => ({ token: relayToken, credentials: 'Basic dXNlcjpwdw==' }),
    ],
    ['the preflight method is not a method', (_ask, relayToken) => ({ token: relayToken, preflight: 'PUT now' })],
    ['the answer is not JSON', () => '{credentials'],
  ])('answers null when %s', (_name, answer) => {
    wrapper = answer;
    expect(pull(query)).toBeNull();
  });

  it('leaves every other message to other listeners (no answer)', () => {
    wrapper = (_ask, relayToken) => ({ token: relayToken, credentials });
    expect(pull({ type: 'reload', tabId: 1, bypassCache: false })).toBeUndefined();
    expect(pull({ ...query, url: 42 })).toBeUndefined();
  });
});
