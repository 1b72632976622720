import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exchange } from '../rules/types';
import type { PageCredentials } from '../shared/page-credentials';
import type { PreparedRefusal } from './body-attach';
import { T0 } from './testing/diagnosed-refusal';

const { sendMessage } = vi.hoisted(() => ({
  sendMessage: vi.fn<(tabId: number, message: unknown, options: { frameId: number }) => Promise<unknown>>(),
}));
vi.mock('../shared/browser', () => ({ browser: { tabs: { sendMessage } } }));
vi.mock('./tab-store', () => ({ replaceDiagnosis: vi.fn() }));
const { pullCredentials, PULL_WAIT_MS } = await import('./pull-credentials');
const { diagnoseOnce } = await import('./body-attach');

const URL_ = 'https://api.example.com/v1/charges';
/** A refused fetch as the worker first diagnoses it while bodies are read: no request headers taken. */
function prepared(challenge: string, headersTaken = false, method = 'POST'): PreparedRefusal {
  const exchange: Exchange = {
    url: URL_,
    method,
    resourceType: 'xmlhttprequest',
    status: 401,
    requestHeaders: [],
    responseHeaders: challenge ? [{ name: 'WWW-Authenticate', value: challenge }] : [],
    startedAt: T0,
    ...(headersTaken ? {} : { requestSide: 'not-seen' as const }),
  };
  return { exchange, context: {} };
}
const refusal = { tabId: 7, frameId: 3, url: URL_, method: 'POST' };
/** What the wrapper answers for `Authorization: Basic <not base64>` (the shape, as describeAuthorization gives it). */
const basicSent: PageCredentials = {
  authorization: { scheme: 'Basic', length: 12, problems: ['basic-not-base64'] },
  apiKeys: [],
  dpopProof: false,
};

beforeEach(() => {
  sendMessage.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pullCredentials: asking the frame for a held request', () => {
  it('asks the frame that made the request, and refines the record with what the page set', async () => {
    sendMessage.mockResolvedValue(basicSent);
    const refused = prepared('Basic realm="api"');
    await pullCredentials(refusal, refused);
    expect(sendMessage).toHaveBeenCalledWith(
      7,
      { kind: 'request-credentials?', url: URL_, method: 'POST' },
      { frameId: 3 },
    );
    // The one diagnosis, made when the batch is written, has the request side.
    const filed = diagnoseOnce(refused);
    expect(filed.facts.request.seen).toMatchObject({ side: 'complete', authorization: 'present' });
    expect(filed.causes[0]?.id).toBe('malformed-credentials');
  });

  it('asks about an OPTIONS, and a CORS preflight the page names is diagnosed as one', async () => {
    sendMessage.mockResolvedValue({ preflight: 'PUT' });
    const refused = prepared('', false, 'OPTIONS');
    await pullCredentials({ ...refusal, method: 'OPTIONS' }, refused);
    expect(sendMessage.mock.calls[0]?.[1]).toMatchObject({ method: 'OPTIONS' });
    const after = diagnoseOnce(refused);
    expect(after.facts.request.isPreflight).toBe(true);
    expect(after.causes[0]).toMatchObject({ id: 'server-misconfigured', likelihood: 'likely' });
  });

  it.each([
    ['a Bearer challenge (the page gets the 401 and reports it)', prepared('Bearer realm="api"')],
    ['no challenge', prepared('')],
    ['a request side already seen (onSendHeaders heard it)', prepared('Basic realm="api"', true)],
  ])('never asks for %s', async (_name, refused) => {
    const untouched = { ...refused };
    await pullCredentials(refusal, refused);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(refused).toEqual(untouched);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the frame has no such request in flight', () => Promise.resolve(null)],
    ['no relay in the frame', () => Promise.reject(new Error('Could not establish connection'))],
    [
      'a page that set no Authorization (the browser may answer Basic itself)',
      () => Promise.resolve({ apiKeys: [], dpopProof: false }),
    ],
    ['an answer that is not a shape', () => Promise.resolve('Basic abc')],
  ])('keeps "request side not seen" when %s', async (_name, answer) => {
    sendMessage.mockImplementation(answer);
    const refused = prepared('Basic realm="api"');
    await pullCredentials(refusal, refused);
    expect(diagnoseOnce(refused).facts.request.seen?.side).toBe('not-seen');
  });

  it(`gives up after ${PULL_WAIT_MS} ms without an answer`, async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => undefined));
    let done = false;
    const refused = prepared('Basic realm="api"');
    const pulling = pullCredentials(refusal, refused).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(PULL_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pulling;
    expect(diagnoseOnce(refused).facts.request.seen?.side).toBe('not-seen');
  });
});
