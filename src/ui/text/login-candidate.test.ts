import { describe, expect, test } from 'vitest';
import type { ObservationRecord } from '../../shared/storage-schema';
import { scenarioRecord } from '../../popup/testing/scenario-state';
import { loginCandidate, type LoginContext } from './login-candidate';

/** A missing-credentials refusal from api.shop.test, reshaped per row. */
function record(change: (record: ObservationRecord) => ObservationRecord = (r) => r): ObservationRecord {
  const base = scenarioRecord('google-missing-credential');
  const url = 'https://api.shop.test/v1/me';
  return change({
    ...base,
    url,
    diagnosis: {
      ...base.diagnosis,
      loginUrl: undefined,
      facts: { ...base.diagnosis.facts, request: { ...base.diagnosis.facts.request, url } },
    },
  });
}

function withResponse(patch: Partial<ObservationRecord['diagnosis']['facts']['response']>) {
  return (r: ObservationRecord): ObservationRecord => ({
    ...r,
    diagnosis: {
      ...r.diagnosis,
      facts: { ...r.diagnosis.facts, response: { ...r.diagnosis.facts.response, ...patch } },
    },
  });
}

const PAGE = 'https://www.shop.test/cart';

describe('loginCandidate', () => {
  test.each<[string, ObservationRecord, LoginContext, ReturnType<typeof loginCandidate>]>([
    [
      'the challenge names it',
      record((r) => ({ ...r, diagnosis: { ...r.diagnosis, loginUrl: 'https://id.shop.test/authorize' } })),
      { pageUrl: PAGE },
      { url: 'https://id.shop.test/authorize', source: 'challenge' },
    ],
    [
      'a Location on the 401, relative to the request',
      record(withResponse({ headers: [{ name: 'Location', value: '/login?next=%2Fv1%2Fme' }] })),
      { pageUrl: PAGE },
      { url: 'https://api.shop.test/login?next=%2Fv1%2Fme', source: 'location' },
    ],
    [
      'a sign-in link in the body',
      record(withResponse({ bodyExcerpt: '<p>Please <a href="https://www.shop.test/users/sign_in">sign in</a></p>' })),
      { pageUrl: PAGE },
      { url: 'https://www.shop.test/users/sign_in', source: 'body-link' },
    ],
    [
      'a link in the body that is no sign-in link is no candidate',
      record(withResponse({ bodyExcerpt: '<a href="https://www.shop.test/help">help</a>' })),
      { pageUrl: 'https://api.shop.test/' },
      undefined,
    ],
    [
      'the page the visitor was sent to',
      record(),
      { pageUrl: PAGE, sentTo: 'https://www.shop.test/login' },
      { url: 'https://www.shop.test/login', source: 'sent-to' },
    ],
    [
      "the top-level page's site, when the API is another origin",
      record(),
      { pageUrl: PAGE },
      { url: 'https://www.shop.test/', source: 'site' },
    ],
    ["never the refused API's own origin root", record(), { pageUrl: 'https://api.shop.test/docs' }, undefined],
    ['nothing known at all', record(), {}, undefined],
    [
      'no script URL, even from a challenge-like Location',
      record(withResponse({ headers: [{ name: 'Location', value: 'javascript:alert(1)' }] })),
      {},
      undefined,
    ],
    [
      'a refused page itself: its site root would be refused too',
      record((r) => ({ ...r, resourceType: 'main_frame' })),
      { pageUrl: PAGE },
      undefined,
    ],
  ])('%s', (_name, given, context, expected) => {
    expect(loginCandidate(given, context)).toEqual(expected);
  });
});
