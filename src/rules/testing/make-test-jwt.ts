// Test helper only (imported by *.test.ts): builds unsigned-looking JWTs from JSON parts.

function base64UrlOf(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `base64url(header).base64url(payload).<fake signature>`; the signature defaults to a canary. */
export function makeTestJwt(
  payload: unknown,
  header: unknown = { alg: 'RS256', typ: 'JWT' },
  signature = 'CANARY-SIG-c2lnbmF0dXJl',
): string {
  return `${base64UrlOf(JSON.stringify(header))}.${base64UrlOf(JSON.stringify(payload))}.${signature}`;
}

export { base64UrlOf };
