// The CLI's three outputs on a hostile server's text: inert, single-lined, short, no bidi controls,
// no raw HTML in the Markdown that a support ticket would render.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { captureIo } from '../../src/cli/testing/capture-io';
import { loadScenarios } from '../fixtures/load-scenarios';

const scenario = loadScenarios().find((candidate) => candidate.id === 'hostile-server-text');
if (!scenario) throw new Error('fixture hostile-server-text is missing');

const exchange = JSON.stringify({
  startedDateTime: scenario.startedDateTime,
  request: {
    method: scenario.request.method,
    url: `https://api.example.com${scenario.request.path}`,
    headers: scenario.request.headers,
  },
  response: {
    status: scenario.response.status,
    statusText: scenario.response.statusText,
    headers: scenario.response.headers,
    content: { text: scenario.response.body, mimeType: 'text/html' },
  },
});

async function output(...flags: string[]): Promise<string> {
  const io = captureIo({ stdin: exchange });
  expect(await run(['diagnose', '-', ...flags], io)).toBe(0);
  return io.out();
}

describe('hostile server text in the CLI', () => {
  it.each([['text'], ['--json'], ['--markdown']])(
    '%s: no bidi controls, no line over 1,000 characters, no secret',
    async (flag) => {
      const out = await output(...(flag === 'text' ? [] : [flag]));
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(Math.max(...out.split('\n').map((line) => line.length))).toBeLessThan(1_000);
      expect(out).not.toContain('CANARY');
    },
  );

  it('Markdown carries no raw HTML tag from the server outside code spans (which render literally)', async () => {
    const markdown = await output('--markdown');
    const outsideCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<(?:img|script|a)\b/i);
    expect(markdown).toContain('alert(1)'); // the text is there, as text
  });

  it('the diagnosis is still right', async () => {
    const json = JSON.parse(await output('--json')) as { entries: Array<{ causes: Array<{ id: string }> }> };
    expect(json.entries[0]?.causes[0]?.id).toBe('credentials-rejected');
  });

  it('a file name with terminal escapes is printed inert in the headings of several files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'why401-hostile-'));
    const name = join(dir, 'a\u001b]0;pwned\u0007\u202eevil.har');
    writeFileSync(name, exchange);
    const io = captureIo();
    expect(await run(['diagnose', name, name], io)).toBe(0);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(io.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
    expect(io.out()).toContain('==> ');
  });
});
