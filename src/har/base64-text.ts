// Text bodies stored base64 (HAR 1.2 `content.encoding`), with what every host has: atob, btoa,
// TextDecoder and TextEncoder, so the CLI, the workbench and the DevTools panel read them alike.

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Base64 to UTF-8 text for the diagnosis, as leniently as Node's Buffer (characters outside the
 * alphabet skipped, missing padding added, a cut-off multi-byte character replaced).
 */
export function decodeBase64Lenient(text: string): string {
  let clean = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  clean = clean.padEnd(Math.ceil(clean.length / 4) * 4, '=');
  return new TextDecoder().decode(bytesOf(atob(clean)));
}

/** UTF-8 text of standard base64, strictly (to find placeholders), or undefined when it is not base64 of UTF-8 text (an image, a font). */
export function decodeBase64Text(text: string): string | undefined {
  let binary: string;
  try {
    binary = atob(text.replace(/[\r\n]/g, ''));
  } catch {
    return undefined;
  }
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(binary));
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
