/** Exit code for a usage or input error (the BSD `EX_USAGE` family uses 64+, but 2 is what most CLIs use). */
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix (bad option, unreadable file). Its message is printed as one line
 * after `why401: `, without a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Point at `--help` after the message (usage errors, not input errors). */
    readonly hintHelp = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
