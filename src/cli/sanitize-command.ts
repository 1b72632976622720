import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HarError } from '../har/har-error';
import { harFromJson, parseJsonText } from '../har/parse-har';
import { sanitizeHar, type SanitizeSummary } from '../har/sanitize/sanitize-har';
import { REMOVED_KINDS, type RemovedKind } from '../har/sanitize/summary';
import { CliError } from './cli-error';
import type { CliIo } from './io';
import { inputName, printableName, readInput } from './read-input';

export interface SanitizeArgs {
  kind: 'sanitize';
  /** The HAR to read; `-` is standard input. */
  file: string;
  /** Where to write; standard output when absent. */
  output: string | undefined;
  /** No summary on stderr. */
  quiet: boolean;
}

/**
 * `why401 sanitize FILE [-o OUT]`: the HAR with every secret replaced by a placeholder of its shape
 * (docs/sanitized-har.md), the same entries in the same order; what was removed is counted on stderr.
 */
export async function sanitizeCommand(args: SanitizeArgs, io: CliIo): Promise<number> {
  const { har, summary } = readAndSanitize(await readInput(args.file, io).catch(cannotRead(args.file)), args.file);
  const text = `${JSON.stringify(har, null, 2)}\n`;
  if (args.output === undefined) io.stdout.write(text);
  else await writeSafely(args.output, text);
  if (!args.quiet) io.stderr.write(`why401: ${describeSummary(summary)}\n`);
  return 0;
}

function cannotRead(file: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof CliError || error instanceof HarError)
      throw new CliError(`cannot read HAR ${inputName(file)}: ${error.message}`);
    throw error;
  };
}

function readAndSanitize(text: string, file: string): ReturnType<typeof sanitizeHar> {
  try {
    const data = parseJsonText(text);
    // The reader's checks first: a file `why401 diagnose` would refuse is refused here too.
    harFromJson(data);
    return sanitizeHar(data);
  } catch (error) {
    return cannotRead(file)(error);
  }
}

/**
 * Written beside the target and renamed over it (rename is atomic on one file system): a failed or
 * interrupted write never leaves half a file, and `-o` naming the input file does not lose it.
 */
async function writeSafely(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CliError(`cannot write '${printableName(path)}'${code === '' ? '' : ` (${code})`}`);
  }
}

const KIND_NAMES: Record<RemovedKind, string> = {
  headers: 'credential headers',
  cookies: 'cookie values',
  queryParams: 'query parameters',
  fragments: 'fragment values',
  urlUserinfo: 'URL user names and passwords',
  bodyFields: 'request body fields',
  responseBodies: 'response body values',
  otherFields: 'other values',
};

/** One line of counts, never a value: `sanitized 12 entries; replaced 3 credential headers, … (2 JWTs)`. */
export function describeSummary(summary: SanitizeSummary): string {
  const entries = `${summary.entries} ${summary.entries === 1 ? 'entry' : 'entries'}`;
  const parts = REMOVED_KINDS.filter((kind) => summary.removed[kind] > 0).map(
    (kind) => `${summary.removed[kind]} ${KIND_NAMES[kind]}`,
  );
  if (parts.length === 0) return `sanitized ${entries}; no secret found`;
  const jwts = summary.jwts > 0 ? ` (${summary.jwts} of them JWTs, their claims kept)` : '';
  return `sanitized ${entries}; replaced ${parts.join(', ')}${jwts}`;
}
