import { parseArgs } from 'node:util';
import type { Audience } from '../rules/types';
import { AUDIENCES } from '../rules/index';
import { CliError } from './cli-error';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'diagnose'; file: string; audience: Audience; format: 'text' | 'json' | 'markdown'; noColor: boolean }
  | { kind: 'parse'; values: string[]; json: boolean; noColor: boolean };

const OPTIONS = {
  audience: { type: 'string' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** argv without `node` and the script. Every problem is a CliError that points to --help. */
export function parseCliArgs(argv: readonly string[]): Command {
  const { values, positionals } = parseOrExplain(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  const noColor = values['no-color'] === true;
  switch (command) {
    case undefined:
      throw new CliError('missing command', true);
    case 'help':
      return { kind: 'help' };
    case 'diagnose': {
      if (rest.length !== 1 || rest[0] === undefined) throw new CliError(rest.length === 0 ? 'diagnose needs a FILE (or - for standard input)' : 'diagnose takes one FILE', true);
      if (values.json && values.markdown) throw new CliError('choose one of --json and --markdown', true);
      return { kind: 'diagnose', file: rest[0], audience: audienceOf(values.audience), format: values.json ? 'json' : values.markdown ? 'markdown' : 'text', noColor };
    }
    case 'parse':
      if (values.markdown || values.audience !== undefined) throw new CliError('parse takes only --json', true);
      if (rest.length === 0) throw new CliError('parse needs at least one header VALUE', true);
      return { kind: 'parse', values: rest, json: values.json === true, noColor };
    default:
      throw new CliError(`unknown command '${printable(command)}'`, true);
  }
}

function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are long and multi-line; keep the option name, say it in one line.
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const option = error instanceof Error ? /'(-[^' ]*)/.exec(error.message)?.[1] : undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option '${printable(option ?? '?')}'`, true);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`option '${printable(option ?? '?')}' needs a value`, true);
    throw new CliError('cannot read the arguments', true);
  }
}

function audienceOf(value: string | undefined): Audience {
  if (value === undefined) return 'developer';
  const found = AUDIENCES.find((a) => a === value);
  if (found === undefined) throw new CliError(`--audience must be visitor, developer or owner, not '${printable(value)}'`, true);
  return found;
}

/** Arguments are echoed in errors: keep them short and free of terminal control characters. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}
