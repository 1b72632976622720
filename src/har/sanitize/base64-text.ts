// Text bodies stored base64 (HAR 1.2 `content.encoding`), with what every host has: atob, btoa,
// TextDecoder and TextEncoder.

/** UTF-8 text of standard base64, or undefined when it is not base64 of UTF-8 text (an image, a font). */
export function decodeBase64Text(text: string): string | undefined {
  let binary: string;
  try {
    binary = atob(text.replace(/[\r\n]/g, ''));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- NUL and C0 controls (but tab and line breaks) mean binary
    return /[\u0000-\u0008\u000e-\u001f]/.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

export function encodeBase64Text(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const chunks: string[] = [];
  // String.fromCharCode takes arguments: a chunk at a time keeps the call stack small.
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(chunks.join(''));
}
