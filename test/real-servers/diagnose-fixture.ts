// The CLI's answer for a HAR, `why401 diagnose FILE --json`. Two ways to run it: in-process through
// its library entry (vitest, before any build: its messages load through vite) and as the built
// command (`node bin/why401.js`, after `npm run build:cli`), which is what users run.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { JsonEntry, JsonOutput } from '../../src/cli/json-output';
import type { CauseId, Likelihood } from '../../src/rules/types';

export interface TopCause {
  cause: CauseId;
  likelihood: Likelihood;
  /** All ranked causes, for messages: `credentials-rejected (likely), unknown (possible)`. */
  ranked: string;
}

/** Runs the CLI with these arguments and returns its stdout. */
export type CliRunner = (args: string[]) => Promise<string>;

const BIN = resolve(import.meta.dirname, '../../bin/why401.js');

export const builtCli: CliRunner = async (args) => (await promisify(execFile)(process.execPath, [BIN, ...args])).stdout;

/** The top cause of the last 401/407 entry (the one a case is about). */
export async function cliTopCause(harPath: string, runCli: CliRunner = builtCli): Promise<TopCause> {
  const output = JSON.parse(await runCli(['diagnose', harPath, '--json'])) as JsonOutput;
  const last: JsonEntry | undefined = output.entries.at(-1);
  const top = last?.causes[0];
  if (!last || !top) throw new Error(`no 401/407 entry in ${harPath}`);
  return {
    cause: top.id,
    likelihood: top.likelihood,
    ranked: last.causes.map((c) => `${c.id} (${c.likelihood})`).join(', '),
  };
}
