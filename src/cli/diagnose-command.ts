import { stat } from 'node:fs/promises';
import type { Message } from '../rules/types';
import { englishCatalog } from '../shared/i18n/english-catalog';
import { formatMessage } from '../shared/i18n/format-message';
import { escapeMarkdown } from '../shared/report/markdown-escape';
import { chooseStyle, type Style } from './ansi';
import { buildJsonOutput } from './build-json-output';
import { HarError } from '../har/har-error';
import { CliError, EXIT_USAGE } from './cli-error';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';
import type { CliIo } from './io';
import type { JsonFileError, JsonFileResult, JsonFilesOutput } from './json-output';
import type { DiagnoseArgs } from './parse-cli-args';
import { createProgress, type Progress } from './progress';
import { inputName, printableName, readInput } from './read-input';
import { buildRefusalReport, type RefusalReport } from './refusals/refusal-report';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

// The CLI speaks English and shows times in UTC: HAR files travel between time zones, and a
// support engineer compares them with server logs, which are in UTC.
const LOCALE = 'en';
const TIME_ZONE = 'UTC';
const BASE = { catalog: englishCatalog, locale: LOCALE, timeZone: TIME_ZONE };

type FileOutcome = { file: string; report: RefusalReport } | { file: string; problem: string };

/**
 * `why401 diagnose FILE...`. One file: its report, or a one-line error and exit 2. Several files:
 * each under its own heading, written as soon as it is done; a bad file is named on stderr and in
 * its place, the others are still diagnosed, and the exit status is 2.
 */
export async function diagnoseCommand(args: DiagnoseArgs, io: CliIo): Promise<number> {
  const progress = createProgress(io, (message) => formatMessage(englishCatalog, message, BASE));
  if (args.files.length === 1) {
    const outcome = await diagnoseFile(args.files[0] ?? '-', args, io, progress);
    if ('problem' in outcome) throw new CliError(`cannot read HAR ${inputName(outcome.file)}: ${outcome.problem}`);
    io.stdout.write(render(outcome.report, args, io));
    return 0;
  }
  const json: Array<JsonFileResult | JsonFileError> = [];
  let failed = 0;
  for (const [n, file] of args.files.entries()) {
    const outcome = await diagnoseFile(file, args, io, progress);
    if ('problem' in outcome) {
      failed += 1;
      io.stderr.write(`why401: cannot read HAR ${inputName(file)}: ${outcome.problem}\n`);
    }
    if (args.format === 'json') {
      json.push(
        'problem' in outcome
          ? { file, error: outcome.problem }
          : { file, ...withoutVersion(buildJsonOutput(outcome.report, { ...BASE, audience: args.audience })) },
      );
    } else {
      const body = 'problem' in outcome ? notRead(outcome.problem, args) : render(outcome.report, args, io);
      io.stdout.write(`${n > 0 ? '\n' : ''}${fileHeading(file, args, io)}\n\n${body}`);
    }
  }
  if (args.format === 'json')
    io.stdout.write(`${JSON.stringify({ version: 1, files: json } satisfies JsonFilesOutput, null, 2)}\n`);
  if (failed === 0) return 0;
  io.stderr.write(
    `why401: ${failed} of ${args.files.length} files could not be read (named above); the others were diagnosed\n`,
  );
  return EXIT_USAGE;
}

async function diagnoseFile(file: string, args: DiagnoseArgs, io: CliIo, progress: Progress): Promise<FileOutcome> {
  const name = printableName(file);
  try {
    progress.reading(name, file === '-' ? undefined : await sizeOf(file));
    const har = parseHar(await readInput(file, io));
    const refused = diagnoseHar(har, (done, total) => progress.diagnosing(name, done, total));
    return { file, report: buildRefusalReport(refused, har.entries.length, args) };
  } catch (error) {
    if (error instanceof CliError || error instanceof HarError) return { file, problem: error.message };
    throw error;
  } finally {
    progress.clear();
  }
}

function render(report: RefusalReport, args: DiagnoseArgs, io: CliIo): string {
  const options = { ...BASE, audience: args.audience };
  if (args.format === 'json') return `${JSON.stringify(buildJsonOutput(report, options), null, 2)}\n`;
  if (args.format === 'markdown') return renderMarkdown(report, options);
  return renderText(report, { ...options, style: styleFor(args, io) });
}

/** `==> file <==` as `head` and `tail` mark several files; a `#` heading in Markdown. */
function fileHeading(file: string, args: DiagnoseArgs, io: CliIo): string {
  const name = file === '-' ? 'standard input' : printableName(file);
  if (args.format === 'markdown') return `# ${escapeMarkdown(name)}`;
  return styleFor(args, io).bold(`==> ${name} <==`);
}

function styleFor(args: DiagnoseArgs, io: CliIo): Style {
  return chooseStyle({ isTTY: io.isTTY, noColorFlag: args.noColor, env: io.env });
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined; // readInput says what is wrong with the file
  }
}

function withoutVersion({ version: _version, ...rest }: ReturnType<typeof buildJsonOutput>) {
  return rest;
}

/** In place of a file that could not be read (the reason is also on stderr). */
function notRead(problem: string, args: DiagnoseArgs): string {
  const message: Message = { key: 'cli_file_not_read', params: [problem] };
  return `${formatMessage(englishCatalog, message, args.format === 'markdown' ? { ...BASE, escapeText: escapeMarkdown } : BASE)}\n`;
}
