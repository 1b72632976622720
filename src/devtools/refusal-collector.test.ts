import { describe, expect, it, vi } from 'vitest';
import { loadRecorded, type RecordingBrowser } from '../../test/fixtures/devtools/recorded';
import { createRefusalCollector, type CollectorState } from './refusal-collector';
import { fakeNetwork, type FakeNetwork } from './testing/fake-network';

// The fixtures are real `devtools.network` streams (test/fixtures/devtools/record.ts): the same page
// requests against the same loopback server, recorded in Chromium 156 and Firefox 153 ESR.

async function collect(browser: RecordingBrowser, feed: (network: FakeNetwork) => void, count: number) {
  const network = fakeNetwork(browser);
  const collector = createRefusalCollector(network, { chromium: browser === 'chromium' });
  let state: CollectorState = { refusals: [], preserveLog: false };
  collector.subscribe((next) => (state = next));
  feed(network);
  // Bodies arrive asynchronously (Chromium calls back on a later task).
  await vi.waitFor(() => expect(state.refusals).toHaveLength(count));
  return { network, collector, state: () => state };
}

function summary(state: CollectorState): string[] {
  return state.refusals.map(({ diagnosis }) => {
    const { method, url } = diagnosis.facts.request;
    const [top] = diagnosis.causes;
    return `${method} ${new URL(url).pathname} ${top?.id}:${top?.likelihood}`;
  });
}

describe.each<[RecordingBrowser, string[]]>([
  [
    'chromium',
    [
      'OPTIONS /v1/orders server-misconfigured:likely',
      'GET /api/me credentials-expired:likely',
      'GET /binary credentials-expired:possible',
      'GET /basic missing-credentials:possible',
    ],
  ],
  [
    'firefox',
    [
      'GET /api/me credentials-expired:likely',
      'OPTIONS /v1/orders server-misconfigured:likely',
      'GET /binary credentials-expired:possible',
    ],
  ],
])('recorded %s network stream', (browser, expected) => {
  const recorded = loadRecorded(browser);

  it('diagnoses every 401/407 in the order DevTools reported them', async () => {
    const { state } = await collect(
      browser,
      (network) => recorded.forEach((item) => network.finish(item)),
      expected.length,
    );
    expect(summary(state())).toEqual(expected);
  });

  it('sees the CORS preflight as a preflight (Chromium: `_resourceType`; Firefox: OPTIONS with Access-Control-Request-Method)', async () => {
    const { state } = await collect(
      browser,
      (network) => recorded.forEach((item) => network.finish(item)),
      expected.length,
    );
    const preflight = state().refusals.find((refusal) => refusal.diagnosis.facts.request.method === 'OPTIONS');
    expect(preflight?.diagnosis.facts.request.isPreflight).toBe(true);
  });

  it('reads the body from getContent, base64 included', async () => {
    const { state } = await collect(
      browser,
      (network) => recorded.forEach((item) => network.finish(item)),
      expected.length,
    );
    const bodies = state().refusals.map((refusal) => refusal.diagnosis.facts.response.bodyExcerpt ?? '');
    expect(bodies.some((body) => body.includes('jwt expired'))).toBe(true);
    expect(bodies.some((body) => body.includes('invalid_api_key'))).toBe(true);
  });

  it('keeps cookie names and never a cookie or token value in a diagnosis', async () => {
    const { state } = await collect(
      browser,
      (network) => recorded.forEach((item) => network.finish(item)),
      expected.length,
    );
    const diagnoses = JSON.stringify(state().refusals.map((refusal) => refusal.diagnosis));
    expect(diagnoses).toContain('session');
    expect(diagnoses).not.toContain('CANARY-session-value');
    expect(diagnoses).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./);
  });

  it('catches up with the log DevTools kept before the panel was shown (getHAR)', async () => {
    const { state } = await collect(browser, (network) => (network.log = recorded), expected.length);
    expect(summary(state())).toEqual(expected);
  });
});

describe('a panel shown after the first requests', () => {
  it('counts a request both in the log so far and in a late onRequestFinished once', async () => {
    const [refusal] = loadRecorded('firefox').filter((item) => item.entry.response.status === 401);
    if (!refusal) throw new Error('the Firefox fixture has no 401');
    const { network, state } = await collect(
      'firefox',
      (network) => {
        network.log = [refusal];
        network.finish(refusal);
      },
      1,
    );
    network.finish(refusal); // the same request refused again: counted
    await vi.waitFor(() => expect(state().refusals).toHaveLength(2));
  });
});

describe('the log across navigations', () => {
  const [refusal] = loadRecorded('chromium').filter((item) => item.entry.response.status === 401);
  if (!refusal) throw new Error('the Chromium fixture has no 401');

  it.each([
    ['clears on navigation by default, as DevTools does', false, 0],
    ['keeps its refusals with "Preserve log"', true, 1],
  ])('%s', async (_name, preserve, kept) => {
    const { network, collector, state } = await collect('chromium', (network) => network.finish(refusal), 1);
    collector.setPreserveLog(preserve);
    network.navigate('http://127.0.0.1:1/next');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state().refusals).toHaveLength(kept);
    expect(state().preserveLog).toBe(preserve);
  });

  it('Clear empties the list', async () => {
    const { collector, state } = await collect('chromium', (network) => network.finish(refusal), 1);
    collector.clear();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state().refusals).toEqual([]);
  });
});
