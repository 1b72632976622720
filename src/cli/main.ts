import { HarError } from '../har/har-error';
import { CliError, EXIT_USAGE } from './cli-error';
import { diagnoseCommand } from './diagnose-command';
import { HELP_TEXT } from './help-text';
import type { CliIo } from './io';
import { parseCliArgs } from './parse-cli-args';
import { openCommand } from './open-command';
import { parseCommand } from './parse-command';
import { sanitizeCommand } from './sanitize-command';
import { VERSION } from './version';

export type { CliIo } from './io';

/** Exit code when Why401 itself failed (a bug): distinct from the user's mistakes (2). */
export const EXIT_INTERNAL = 1;

/** The whole CLI, testable without spawning: argv without `node` and the script name. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'parse':
        return parseCommand(command, io);
      case 'diagnose':
        return await diagnoseCommand(command, io);
      case 'open':
        return openCommand(command, io);
      case 'sanitize':
        return await sanitizeCommand(command, io);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof HarError) {
      const hint = error instanceof CliError && error.hintHelp ? " (see 'why401 --help')" : '';
      io.stderr.write(`why401: ${error.message}${hint}\n`);
      return EXIT_USAGE;
    }
    // A bug: one line, no stack trace (it could quote input), and a distinct exit code.
    const name = error instanceof Error ? error.name : 'Error';
    io.stderr.write(`why401: internal error (${name}); please report it with the command you ran, not the file\n`);
    return EXIT_INTERNAL;
  }
}
