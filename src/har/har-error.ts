/**
 * A HAR the reader cannot use (not JSON, no `log.entries`, a field of the wrong type). Its message is
 * one sentence a person can act on; every host shows it as is (the CLI after `why401: `, the
 * workbench page in its status line).
 */
export class HarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HarError';
  }
}
