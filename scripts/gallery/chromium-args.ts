// The command line `npm start` gives Chromium: a throw-away profile with only Why401 loaded, on the
// gallery. Pure, so the sandbox rule below is tested without a browser.
export interface ChromiumArgsInput {
  extensionDir: string;
  profileDir: string;
  url: string;
  /** process.getuid?.() === 0: Chromium refuses to start as root inside its sandbox. */
  runningAsRoot: boolean;
}

export function chromiumArgs({ extensionDir, profileDir, url, runningAsRoot }: ChromiumArgsInput): string[] {
  return [
    // The newcomer's own profile is never touched; `npm start` removes this one when it stops.
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // No update checks or field trials from a throw-away profile (and no internet on many test hosts).
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    // The sandbox stays on: --no-sandbox makes Chromium show "unsupported command-line flag" over
    // every page. Only root needs it ("Running as root without --no-sandbox is not supported").
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    url,
  ];
}

export function isRunningAsRoot(): boolean {
  // getuid does not exist on Windows, where there is no root to refuse.
  return process.getuid?.() === 0;
}
