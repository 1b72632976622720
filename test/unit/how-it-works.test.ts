// docs/how-it-works.md quotes the CLI. Each ```text block follows, on the line before it, the command
// that printed it: `node bin/why401.js diagnose examples/X.har`, or a scenario fixture piped in with
// `npx tsx test/fixtures/print-scenario-har.ts <id> | node bin/why401.js diagnose -`. Each command is
// rerun here through run(), and every quoted line (trimmed; a line of just `…` stands for left-out
// lines) must still be a line the CLI prints: the doc cannot drift from the CLI unnoticed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { captureIo } from '../../src/cli/testing/capture-io';
import { scenarioHarText } from '../fixtures/print-scenario-har';

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = readFileSync(resolve(ROOT, 'docs/how-it-works.md'), 'utf8');

/** `node bin/why401.js ARGS`, optionally fed the HAR of scenario ID on stdin. */
const COMMAND = /^`(?:npx tsx test\/fixtures\/print-scenario-har\.ts ([\w-]+) \| )?node bin\/why401\.js ([^`]+)`$/;

interface Command {
  /** The scenario whose HAR goes to stdin, if any. */
  scenario: string | undefined;
  /** The CLI's arguments, as the doc spells them. */
  args: string;
}

interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  /** The command on the line before the block (blank lines skipped); undefined when that line is none. */
  command: Command | undefined;
  /** What produced the block, for the test's name. */
  label: string;
  /** The quoted lines, trimmed, without blank lines and `…`. */
  quoted: string[];
}

function textBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```text') continue;
    let before = i - 1;
    while (before >= 0 && lines[before]?.trim() === '') before--;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`the block at line ${i + 1} is never closed`);
    const quoted = lines
      .slice(i + 1, end)
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== '…');
    const match = COMMAND.exec(lines[before] ?? '');
    const command = match === null ? undefined : { scenario: match[1], args: match[2] ?? '' };
    const label =
      command?.scenario === undefined
        ? (command?.args.replace(/^diagnose /, '') ?? 'no command')
        : `scenario ${command.scenario}`;
    blocks.push({ line: i + 1, command, label, quoted });
    i = end;
  }
  return blocks;
}

/** What the CLI prints for a command of the doc, each line trimmed. */
async function printedLines({ scenario, args }: Command): Promise<string[]> {
  // Files are named from the repository root, as the doc's reader runs them.
  const argv = args.split(' ').map((arg) => (/\.(?:har|json)$/.test(arg) ? resolve(ROOT, arg) : arg));
  const io = captureIo({ stdin: scenario === undefined ? '' : scenarioHarText(scenario) });
  const code = await run(argv, io);
  expect([code, io.err()]).toEqual([0, '']);
  return io
    .out()
    .split('\n')
    .map((line) => line.trim());
}

const BLOCKS = textBlocks(DOC);

describe('docs/how-it-works.md', () => {
  it('quotes the CLI in text blocks, each after the command that printed it', () => {
    expect(BLOCKS.length).toBeGreaterThan(10);
    expect(BLOCKS.filter((block) => block.command === undefined).map((block) => block.line)).toEqual([]);
    expect(BLOCKS.filter((block) => block.quoted.length === 0).map((block) => block.line)).toEqual([]);
  });

  it.each(BLOCKS)('line $line ($label): every quoted line is printed', async ({ command, quoted }) => {
    if (command === undefined) throw new Error('no command on the line before this block');
    const printed = new Set(await printedLines(command));
    expect(quoted.filter((line) => !printed.has(line))).toEqual([]);
  });
});
