import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './main';
import { openCommand } from './open-command';
import { SAMPLE, scratchDir } from './testing/cli-fixtures';
import { captureIo } from './testing/capture-io';

let page: URL;
beforeAll(() => {
  const scratch = scratchDir();
  writeFileSync(scratch.path('index.html'), '<!doctype html>');
  page = pathToFileURL(scratch.path('index.html'));
});

describe('why401 open FILE', () => {
  it('names the workbench page as a file:// URL and the file to drop on it', () => {
    const io = captureIo();
    expect(openCommand({ file: SAMPLE }, io, page)).toBe(0);
    expect(io.out()).toContain(`workbench  ${page.href}`);
    expect(io.out()).toContain(`file       ${SAMPLE}`);
    expect(io.out()).toMatch(/drop the file on it/);
  });

  it.each([
    ['a file that does not exist', { file: '/nowhere/x.har' }, /cannot read \/nowhere\/x\.har: no such file/],
    ['a folder', { file: '/tmp' }, /cannot read \/tmp: no such file/],
  ])('%s: one sentence, nothing else', (_name, options, message) => {
    expect(() => openCommand(options, captureIo(), page)).toThrow(message);
  });

  it('a workbench that was not built says how to build it', () => {
    expect(() => openCommand({ file: SAMPLE }, captureIo(), new URL('file:///nowhere/index.html'))).toThrow(
      /npm run build:web/,
    );
  });

  it.each([
    [['open'], 'open needs one FILE'],
    [['open', 'a.har', 'b.har'], 'open needs one FILE'],
    [['open', '--json', 'a.har'], 'open takes no option'],
  ])('usage: why401 %j -> %s, exit 2', async (argv, message) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe(`why401: ${message} (see 'why401 --help')\n`);
  });
});
