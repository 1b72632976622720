import { describe, expect, it } from 'vitest';
import { isSecretName, isSecretQueryName } from './secret-names';

describe('isSecretName', () => {
  it.each([
    ['password', true],
    ['Passwd', true],
    ['db_password', true],
    ['client_secret', true],
    ['access_token', true],
    ['refreshToken', true],
    ['id_token', true],
    ['X-Api-Key', true],
    ['apikey', true],
    ['Authorization', true],
    ['cookie', true],
    ['session', true],
    ['JSESSIONID', true],
    ['PHPSESSID', true],
    ['pwd', true],
    ['auth', true],
    ['token_type', false],
    ['expires_in', false],
    ['token_endpoint', false],
    ['session_expired', false],
    ['cookie_name', false],
    ['username', false],
    ['author', false],
    ['key', false],
    ['code', false],
  ])('%s -> %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });

  it.each([
    ['key', true],
    ['sig', true],
    ['code', true],
    ['X-Amz-Signature', true],
    ['X-Amz-Credential', true],
    ['state', false],
    ['page', false],
  ])('query %s -> %s', (name, expected) => {
    expect(isSecretQueryName(name)).toBe(expected);
  });
});
