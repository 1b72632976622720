import { parseArgs } from 'node:util';
import type { Audience, CauseId } from '../rules/types';
import { AUDIENCES, CAUSE_IDS } from '../rules/index';
import { didYouMean } from './args/did-you-mean';
import { CliError } from './cli-error';
import type { RefusalFilters } from './refusals/refusal-filters';
import type { SanitizeArgs } from './sanitize-command';

export interface DiagnoseArgs {
  kind: 'diagnose';
  /** One or more files; `-` (standard input) at most once. */
  files: string[];
  audience: Audience;
  format: 'text' | 'json' | 'markdown';
  noColor: boolean;
  /** Identical refusals as one group with a count (text and Markdown); `--no-group` turns it off. */
  group: boolean;
  filters: RefusalFilters;
  /** Groups (or, with --no-group, entries) printed per file. */
  limit: number | undefined;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | DiagnoseArgs
  | SanitizeArgs
  | { kind: 'parse'; values: string[]; json: boolean; noColor: boolean }
  | { kind: 'open'; file: string };

const OPTIONS = {
  audience: { type: 'string' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-group': { type: 'boolean' },
  status: { type: 'string', multiple: true },
  url: { type: 'string', multiple: true },
  cause: { type: 'string', multiple: true },
  limit: { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const COMMANDS = ['diagnose', 'sanitize', 'parse', 'open', 'help'];
const OPTION_NAMES = [...Object.keys(OPTIONS).map((name) => `--${name}`), '-h', '-V'];
/** Only 401 and 407 are diagnosed, so only they can be filtered on. */
const STATUSES = [401, 407];
const DIAGNOSE_ONLY = ['markdown', 'audience', 'no-group', 'status', 'url', 'cause', 'limit'] as const;
const SANITIZE_ONLY = ['output', 'quiet'] as const;

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
      if (SANITIZE_ONLY.some((name) => values[name] !== undefined))
        throw new CliError('--output and --quiet belong to sanitize', true);
      if (rest.length === 0) throw new CliError('diagnose needs a FILE (or - for standard input)', true);
      if (rest.filter((file) => file === '-').length > 1)
        throw new CliError('standard input (-) can be read only once', true);
      if (values.json && values.markdown) throw new CliError('choose one of --json and --markdown', true);
      return {
        kind: 'diagnose',
        files: rest,
        audience: audienceOf(values.audience),
        format: values.json ? 'json' : values.markdown ? 'markdown' : 'text',
        noColor,
        group: values['no-group'] !== true,
        filters: { statuses: statusesOf(values.status), urls: listOf(values.url), causes: causesOf(values.cause) },
        limit: limitOf(values.limit),
      };
    }
    case 'sanitize':
      return sanitizeArgs(rest, values);
    case 'parse':
      if ([...DIAGNOSE_ONLY, ...SANITIZE_ONLY].some((name) => values[name] !== undefined))
        throw new CliError('parse takes only --json', true);
      if (rest.length === 0) throw new CliError('parse needs at least one header VALUE', true);
      return { kind: 'parse', values: rest, json: values.json === true, noColor };
    case 'open': {
      if ([...DIAGNOSE_ONLY, ...SANITIZE_ONLY].some((name) => values[name] !== undefined) || values.json || noColor)
        throw new CliError('open takes no option', true);
      const [file, ...more] = rest;
      if (file === undefined || more.length > 0) throw new CliError('open needs one FILE', true);
      return { kind: 'open', file };
    }
    default:
      throw new CliError(`unknown command '${printable(command)}'${didYouMean(command, COMMANDS)}`, true);
  }
}

function sanitizeArgs(rest: string[], values: ReturnType<typeof parseOrExplain>['values']): SanitizeArgs {
  if ([...DIAGNOSE_ONLY, 'json'].some((name) => values[name as keyof typeof values] !== undefined))
    throw new CliError('sanitize takes only -o FILE and --quiet', true);
  const [file, ...extra] = rest;
  if (file === undefined) throw new CliError('sanitize needs a FILE (or - for standard input)', true);
  if (extra.length > 0) throw new CliError('sanitize takes one FILE (write the result with -o OUT)', true);
  const output = values.output;
  if (output === '') throw new CliError("option '-o' needs a file name", true);
  return { kind: 'sanitize', file, output, quiet: values.quiet === true };
}

function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are long and multi-line; keep the option name, say it in one line.
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const option = (error instanceof Error ? /'(-[^' ]*)/.exec(error.message)?.[1] : undefined) ?? '?';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new CliError(
        `unknown option '${printable(option)}'${didYouMean(option.split('=')[0] ?? option, OPTION_NAMES)}`,
        true,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliError(`option '${printable(option)}' needs a value`, true);
    throw new CliError('cannot read the arguments', true);
  }
}

function audienceOf(value: string | undefined): Audience {
  if (value === undefined) return 'developer';
  const found = AUDIENCES.find((a) => a === value);
  if (found === undefined)
    throw new CliError(
      `--audience must be visitor, developer or owner, not '${printable(value)}'${didYouMean(value, AUDIENCES)}`,
      true,
    );
  return found;
}

/** Repeated options and comma-separated values both work: `--status 401,407` = `--status 401 --status 407`. */
function listOf(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function statusesOf(values: readonly string[] | undefined): number[] {
  return listOf(values).map((value) => {
    const status = STATUSES.find((s) => String(s) === value);
    if (status === undefined)
      throw new CliError(`--status takes 401 or 407 (the statuses why401 explains), not '${printable(value)}'`, true);
    return status;
  });
}

function causesOf(values: readonly string[] | undefined): CauseId[] {
  return listOf(values).map((value) => {
    const cause = CAUSE_IDS.find((id) => id === value);
    if (cause === undefined)
      throw new CliError(
        `unknown cause '${printable(value)}'${didYouMean(value, CAUSE_IDS)} (causes: ${CAUSE_IDS.join(', ')})`,
        true,
      );
    return cause;
  });
}

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new CliError(`--limit takes a whole number of 1 or more, not '${printable(value)}'`, true);
  return Number(value);
}

/** Arguments are echoed in errors: keep them short and free of terminal control characters. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}
