// Turns the offered challenges into the header a client should send, with placeholders for secrets.
import type { Challenge } from '../types';

const PLACEHOLDERS: Record<string, string> = {
  bearer: '<token>',
  dpop: '<token> (plus a DPoP proof header)',
  basic: '<base64 of user:password>',
  digest: '<digest response>',
  negotiate: '<Kerberos/SPNEGO token>',
  ntlm: '<NTLM token>',
};

/** `Authorization: Bearer <token>` for the first offered scheme (`Proxy-Authorization` for a proxy). */
export function authorizationExample(challenges: readonly Challenge[], proxy: boolean): string {
  const header = proxy ? 'Proxy-Authorization' : 'Authorization';
  const scheme = challenges[0]?.scheme ?? 'Bearer';
  return `${header}: ${scheme} ${PLACEHOLDERS[scheme.toLowerCase()] ?? '<credentials>'}`;
}
