// The panel works with the background worker's observation switched off or the worker asleep: what it
// shows comes from DevTools alone, and nothing in src/devtools talks to the worker or writes storage. The
// one way to the worker is the popup's page actions a person clicks (clear the cookies, reload, sign in),
// through src/shared/worker-commands.ts, handed in by panel-main.tsx. The DevTools page only listens, for
// the popup's one question.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = import.meta.dirname;
const sources = readdirSync(DIR)
  .filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))
  .map((name) => [name, readFileSync(join(DIR, name), 'utf8')] as const);

describe('src/devtools needs no background worker', () => {
  it.each([
    ['sends no runtime message', /runtime\.(?:sendMessage|connect)\b/],
    ['writes and reads no extension storage', /\bstorage\.(?:local|session|sync)\b/],
    ['keeps nothing in web storage', /\b(?:localStorage|sessionStorage|indexedDB)\b/],
    ['makes no network request', /\bfetch\(|XMLHttpRequest|sendBeacon/],
  ])('%s', (_name, pattern) => {
    expect(sources.filter(([, text]) => pattern.test(text)).map(([name]) => name)).toEqual([]);
  });

  it('only panel-main.tsx hands the panel the worker’s page actions', () => {
    expect(
      sources.filter(([, text]) => /from '\.\.\/shared\/worker-commands'/.test(text)).map(([name]) => name),
    ).toEqual(['panel-main.tsx']);
  });

  it('the only listener for messages is the devtools page’s answer to the popup', () => {
    expect(sources.filter(([, text]) => /runtime\.onMessage/.test(text)).map(([name]) => name)).toEqual([
      'devtools-page.ts',
    ]);
  });
});
