// Reads at most the first 8 KB of a body as text. Used on clones of 401/407 responses only.
import { BODY_EXCERPT_LIMIT } from '../rules/limits';

const decoderFor = (): TextDecoder => new TextDecoder('utf-8', { fatal: false });

/** The first BODY_EXCERPT_LIMIT of a stream, then cancels it (the page's own copy is a separate branch). */
export async function streamExcerpt(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = decoderFor();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < BODY_EXCERPT_LIMIT) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      const take = value.subarray(0, BODY_EXCERPT_LIMIT - bytes);
      bytes += take.byteLength;
      text += decoder.decode(take, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

export function bufferExcerpt(buffer: ArrayBuffer): string {
  return decoderFor().decode(new Uint8Array(buffer, 0, Math.min(buffer.byteLength, BODY_EXCERPT_LIMIT)));
}

export function textExcerpt(text: string): string {
  return text.slice(0, BODY_EXCERPT_LIMIT);
}
