// Finds the real browsers the end-to-end tests drive. A missing browser is a failure with the exact
// install command, never a silent skip.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    apt: 'firefox-esr',
  },
} as const;

export type BrowserKind = keyof typeof CANDIDATES;

export function findBrowser(kind: BrowserKind): string {
  const { env, paths, apt } = CANDIDATES[kind];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${env}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${kind} found (looked at ${paths.join(', ')}). Install it with \`sudo apt-get install -y ${apt}\` ` +
      `or point ${env} at the binary. The end-to-end tests need a real ${kind}.`,
  );
}
