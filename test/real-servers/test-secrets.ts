// Throwaway secrets for the real-server tests. They end up in the kept HAR fixtures (Playwright keeps
// header values), so each is obviously a test value and carries CANARY, which the privacy tests of the
// CLI and the extension look for in their output.
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** The one login the test servers accept. */
export const TEST_LOGIN = { username: 'why401-test', password: 'CANARY-test-password' } as const;

/** A login with the wrong password, as a person mistypes it. */
export const WRONG_LOGIN = { username: 'why401-test', password: 'CANARY-wrong-password' } as const;

/** A fresh HMAC key per run: nothing outside the run can verify or forge its tokens. */
export function testHmacKey(): string {
  return `CANARY-hmac-${randomBytes(24).toString('base64url')}`;
}

/** A fresh P-256 key pair (DPoP proofs are ES256). */
export function testEcKeyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
