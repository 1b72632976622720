import type { Audience } from '../rules/types';
import { englishCatalog } from '../shared/i18n/english-catalog';
import { markdownReport } from '../shared/report/markdown-report';
import { chooseStyle } from './ansi';
import { buildJsonOutput } from './build-json-output';
import { CliError } from './cli-error';
import { diagnoseHar } from './har/diagnose-har';
import { parseHar } from './har/parse-har';
import type { HarDocument } from './har/har-types';
import type { CliIo } from './io';
import { inputName, readInput } from './read-input';
import { renderText } from './render-text';

export interface DiagnoseOptions {
  file: string;
  audience: Audience;
  format: 'text' | 'json' | 'markdown';
  noColor: boolean;
}

// The CLI speaks English and shows times in UTC: HAR files travel between time zones, and a
// support engineer compares them with server logs, which are in UTC.
const LOCALE = 'en';
const TIME_ZONE = 'UTC';

export async function diagnoseCommand(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const har = await loadHar(options.file, io);
  const entries = diagnoseHar(har);
  const count = har.entries.length;
  const base = { catalog: englishCatalog, audience: options.audience, locale: LOCALE, timeZone: TIME_ZONE };
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(buildJsonOutput(entries, count, base), null, 2)}\n`);
  } else if (options.format === 'markdown') {
    // A report with nothing to report is still a useful answer in a ticket: say so in one line.
    if (entries.length === 0) io.stdout.write(renderText(entries, count, { ...base, style: chooseStyle({ isTTY: false, noColorFlag: true, env: {} }) }));
    else io.stdout.write(markdownReport(entries.map((e) => e.diagnosis), base));
  } else {
    const style = chooseStyle({ isTTY: io.isTTY, noColorFlag: options.noColor, env: io.env });
    io.stdout.write(renderText(entries, count, { ...base, style }));
  }
  return 0;
}

async function loadHar(file: string, io: CliIo): Promise<HarDocument> {
  try {
    return parseHar(await readInput(file, io));
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`cannot read HAR ${inputName(file)}: ${error.message}`);
    throw error;
  }
}
