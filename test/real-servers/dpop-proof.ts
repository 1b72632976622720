// A DPoP proof JWT (RFC 9449 §4.2), signed ES256 with node:crypto: what a browser app makes with
// WebCrypto before each call. The key pair is a throwaway made per run.
import { createHash, randomUUID, sign, type KeyObject } from 'node:crypto';

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

interface EcPublicJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
}

function publicJwk(publicKey: KeyObject): EcPublicJwk {
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  if (!kty || !crv || !x || !y) throw new Error('not an EC public key');
  return { kty, crv, x, y };
}

/** RFC 7638 JWK thumbprint: what a DPoP-bound token's `jkt` holds. */
export function jwkThumbprint(publicKey: KeyObject): string {
  const { crv, kty, x, y } = publicJwk(publicKey);
  return createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
}

export interface ProofInput {
  publicKey: KeyObject;
  privateKey: KeyObject;
  method: string;
  url: string;
  accessToken: string;
  nonce?: string;
}

export function dpopProof({ publicKey, privateKey, method, url, accessToken, nonce }: ProofInput): string {
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: publicJwk(publicKey) };
  const payload: Record<string, unknown> = {
    jti: `CANARY-${randomUUID()}`,
    htm: method,
    htu: url,
    iat: Math.floor(Date.now() / 1000),
    ath: createHash('sha256').update(accessToken).digest('base64url'),
  };
  if (nonce !== undefined) payload.nonce = nonce;
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  // JWS ES256 wants the raw r||s signature (RFC 7518 §3.4), not DER.
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64url(signature)}`;
}
