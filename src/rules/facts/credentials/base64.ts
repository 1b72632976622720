// Small, lenient base64 decoders for credential shapes. Pure: `atob` only.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes standard base64 (RFC 4648 §4), tolerating missing padding (many clients drop it).
 * Returns the bytes, or undefined when the text is not base64.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const bare = text.replace(/=+$/, '');
  if (bare.length % 4 === 1) return undefined;
  // Padding, when present, must complete the final quantum exactly.
  if (bare.length !== text.length && text.length % 4 !== 0) return undefined;
  return atobBytes(bare + '='.repeat((4 - (bare.length % 4)) % 4));
}

/** Decodes base64url without padding (RFC 4648 §5, as used by JWS/JWE, RFC 7515 §2). */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return atobBytes(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

function atobBytes(b64: string): Uint8Array | undefined {
  try {
    const binary = atob(b64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}
