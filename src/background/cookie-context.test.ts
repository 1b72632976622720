import { describe, expect, it, vi } from 'vitest';

vi.mock('../shared/browser', () => ({ browser: {} }));
const { withInferredCookies } = await import('./cookie-context');

const jar = { browserHasCookies: true, names: ['sid', 'csrftoken'] };

describe('withInferredCookies', () => {
  it.each([
    ['same-site request, header hidden: names added without values', [], 'https://app.example.com', true],
    ['no initiator (a navigation): names added', [], undefined, true],
    ['cross-site request: nothing inferred', [], 'https://other.test', false],
    [
      'Cookie header visible (Firefox): left as is',
      [{ name: 'Cookie', value: 'sid=abc' }],
      'https://app.example.com',
      false,
    ],
  ])('%s', (_name, headers, initiator, inferred) => {
    const result = withInferredCookies(headers, 'https://api.example.com/me', initiator, jar);
    expect(result.inferred).toBe(inferred);
    if (inferred) expect(result.headers).toContainEqual({ name: 'Cookie', value: 'sid=; csrftoken=' });
  });

  it('adds nothing when the jar is empty or unknown', () => {
    expect(
      withInferredCookies([], 'https://a.test/', undefined, { browserHasCookies: false, names: [] }).inferred,
    ).toBe(false);
    expect(withInferredCookies([], 'https://a.test/', undefined, undefined).inferred).toBe(false);
  });
});
