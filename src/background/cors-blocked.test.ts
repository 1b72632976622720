import { describe, expect, it, vi } from 'vitest';

vi.mock('./platform', () => ({ isFirefox: () => false }));
const { blockedByCors, blockedDiagnosis, noteAnswered } = await import('./cors-blocked');

const failed = {
  requestId: 'r1',
  tabId: 3,
  type: 'xmlhttprequest',
  url: 'https://api.example.com/v1/orders',
  method: 'POST',
  error: 'net::ERR_FAILED',
  timeStamp: Date.parse('2026-11-26T14:00:00Z'),
  initiator: 'https://app.example.com',
};

describe('a request Chrome blocked for CORS', () => {
  it.each([
    ['a cross-origin fetch failed with ERR_FAILED', failed, false, true],
    ['during "Look closer" (the preflight is visible and recorded itself)', failed, true, false],
    ['same origin: not CORS', { ...failed, initiator: 'https://api.example.com' }, false, false],
    ['aborted (navigation away), not blocked', { ...failed, error: 'net::ERR_ABORTED' }, false, false],
    ['a script is not a CORS request here', { ...failed, type: 'script' }, false, false],
    ['no tab (a service worker of the site)', { ...failed, tabId: -1 }, false, false],
    ['an opaque initiator', { ...failed, initiator: 'null' }, false, false],
  ])('%s', (_name, details, looking, blocked) => {
    expect(blockedByCors(details, looking)).toBe(blocked);
  });

  it('a failure after a 401 the worker saw is that 401, already recorded', () => {
    noteAnswered('r-seen');
    expect(blockedByCors({ ...failed, requestId: 'r-seen' }, false)).toBe(false);
  });

  it('its record: server-misconfigured, possible, naming both origins', () => {
    const diagnosis = blockedDiagnosis(failed);
    expect(diagnosis.facts.response.status).toBe(0);
    expect(diagnosis.causes.map((cause) => [cause.id, cause.likelihood])).toEqual([
      ['server-misconfigured', 'possible'],
    ]);
    expect(diagnosis.causes[0]?.evidence[0]?.message).toEqual({
      key: 'ev_cors_blocked',
      params: [{ code: 'https://app.example.com' }, { code: 'https://api.example.com' }],
    });
  });
});
