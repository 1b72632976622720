import { Buffer, isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** V8 strings stop at about 512 M characters; a larger HAR could not be parsed in one piece anyway. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Reads a file (or stdin for `-`) as text; every failure is a CliError with one line. */
export async function readInput(path: string, io: CliIo): Promise<string> {
  const bytes = path === '-' ? await readStdin(io) : await readFileChecked(path);
  return decodeText(bytes);
}

/** How the input is named in messages. */
export function inputName(path: string): string {
  return path === '-' ? 'standard input' : `'${printableName(path)}'`;
}

/** A file name as printed: without terminal control or bidi characters (a name can hold any byte but `/` and NUL). */
export function printableName(path: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

async function readFileChecked(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError('is a directory');
    if (info.size > MAX_INPUT_BYTES) throw new CliError(`file too large (${info.size} bytes; the limit is 512 MB)`);
    // open + read rather than readFile: the size check and the read see the same file.
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(describeFsError(error));
  }
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code === '' ? 'read failed' : `read failed (${code})`;
  }
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > MAX_INPUT_BYTES) throw new CliError('input too large (the limit is 512 MB)');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/**
 * UTF-8 (BOM stripped) or UTF-16 with a BOM, as some Windows tools write. A NUL byte or invalid
 * UTF-8 means this is not a text file: say so instead of a confusing JSON error.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CliError('file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.indexOf(0) !== -1) throw new CliError('binary data, not a text file');
  // isUtf8 (simdutf) then a plain decode is several times faster than a fatal TextDecoder.
  if (!isUtf8(bytes)) throw new CliError('not UTF-8 text (binary data?)');
  let text: string;
  try {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  } catch {
    // Near the limit, V8's maximum string length can be hit before the size check would.
    throw new CliError('file too large to read as text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError('file is empty');
  return text;
}
