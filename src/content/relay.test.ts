// @vitest-environment happy-dom
// The relay's side of the worker's question (the pull): it asks the page wrapper and answers the worker
// with what passed its checks, or null, once it has read the body setting (it listens before that).
import { beforeAll, describe, expect, it } from 'vitest';
import { ASK_EVENT, CONFIG_EVENT, SHAPE_EVENT } from './channel';

type Respond = (answer: unknown) => void;
type Listener = (message: unknown, sender: unknown, respond: Respond) => true | undefined;
const listeners: Listener[] = [];
let token = '';
/** What the stand-in wrapper answers to the next ask (called with the ask's detail and the relay's token). */
let wrapper: ((ask: { url: string; method: string }, token: string) => unknown) | undefined;
let readSetting: () => void = () => undefined;
const settingRead = new Promise<void>((resolve) => (readSetting = resolve));

beforeAll(async () => {
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    value: {
      runtime: {
        sendMessage: async () => undefined,
        onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      },
      // The setting's read answers only when a test says so: the worker may ask before it does.
      storage: { local: { get: () => settingRead.then(() => ({ readBodies: true })) } },
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
});

/** The worker's question, as tabs.sendMessage delivers it; `undefined`: the relay leaves it to others. */
function pull(message: unknown): Promise<unknown> | undefined {
  let respond: Respond = () => undefined;
  const answer = new Promise<unknown>((resolve) => (respond = resolve));
  // `true`: the answer comes later, through `respond` (runtime.onMessage keeps the channel open).
  return listeners[0]?.(message, {}, respond) === true ? answer : undefined;
}

const query = { kind: 'request-credentials?', url: 'https://api.example.com/me', method: 'GET' };
const credentials = { authorization: { scheme: 'Basic', length: 12, problems: [] }, apiKeys: [], dpopProof: false };

describe('the relay answers the worker for the page wrapper', () => {
  it('listens from its start: a question before the setting is read is answered once it is', async () => {
    expect(listeners).toHaveLength(1);
    wrapper = (_ask, relayToken) => ({ token: relayToken, credentials });
    let answered: unknown = 'not yet';
    const answer = pull(query)?.then((value) => (answered = value));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(answered).toBe('not yet');
    readSetting();
    await answer;
    expect(answered).toEqual(credentials);
  });

  it('passes on the URL and method, and answers with the shape the wrapper gave', async () => {
    let asked: unknown;
    wrapper = (ask, relayToken) => ((asked = ask), { token: relayToken, credentials });
    expect(await pull(query)).toEqual(credentials);
    expect(asked).toEqual({ url: query.url, method: 'GET' });
  });

  it('answers with the method a preflight was for', async () => {
    wrapper = (_ask, relayToken) => ({ token: relayToken, preflight: 'PUT' });
    expect(await pull({ ...query, method: 'OPTIONS' })).toEqual({ preflight: 'PUT' });
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
  ])('answers null when %s', async (_name, answer) => {
    wrapper = answer;
    expect(await pull(query)).toBeNull();
  });

  it('leaves every other message to other listeners (no answer)', () => {
    wrapper = (_ask, relayToken) => ({ token: relayToken, credentials });
    expect(pull({ type: 'reload', tabId: 1, bypassCache: false })).toBeUndefined();
    expect(pull({ ...query, url: 42 })).toBeUndefined();
  });
});
