import { describe, expect, it } from 'vitest';
import { diagnose } from '../index';
import { PHRASES, saysWhyInvalid } from './phrases';
import { refusal } from '../testing/refusal';

const causesIn = (text: string) => PHRASES.filter((p) => p.re.test(text)).map((p) => p.cause);

describe('phrases: one meaning per wording', () => {
  it.each([
    ['Token expired', ['credentials-expired']],
    ['The access token expires soon', ['credentials-expired']],
    ['token disabled', ['credentials-revoked']],
    ['Token has been revoked', ['credentials-revoked']],
    ['User is logged out', ['credentials-revoked']],
    ['Token is blacklisted', ['credentials-revoked']],
    ['Invalid or expired token', ['credentials-expired']],
    ['Authentication credentials were not provided.', ['missing-credentials']],
    ['Bad credentials', ['credentials-rejected']],
    ['Malformed token', ['malformed-credentials']],
    ['insufficient scope', ['insufficient-permissions']],
    ['expiresIn must be a number', ['credentials-expired']],
    ['Unauthorized', []],
  ])('%j -> %j', (text, causes) => {
    expect(causesIn(text)).toEqual(causes);
  });

  it.each([
    ['token disabled', true],
    ['The token expired at 11:00', true],
    ['Signature verification failed', false],
  ])('saysWhyInvalid(%j) is %s', (text, says) => {
    expect(saysWhyInvalid(text)).toBe(says);
  });

  it('an invalid_token described as "token disabled" is one likely cause (revoked), not two', () => {
    // Three copies of these words disagreed: "disabled" made it revoked and rejected, both likely.
    const d = diagnose(
      refusal(
        [{ name: 'Authorization', value: 'Bearer abcdefghijklmnopqrstuvwxyz123456' }],
        [{ name: 'WWW-Authenticate', value: 'Bearer error="invalid_token", error_description="token disabled"' }],
      ),
    );
    expect(d.causes.filter((c) => c.likelihood === 'likely').map((c) => c.id)).toEqual(['credentials-revoked']);
  });
});
