// What `npm start` prints: where the gallery is, and how to load the extension by hand when it cannot
// open a browser itself (no display: a container, a server, an SSH session).
export interface InstructionsInput {
  galleryUrl: string;
  chromeDir: string;
  firefoxDir: string;
  port: number;
}

/** Linux needs X11 or Wayland to show a window; macOS and Windows always have a desktop. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY) || Boolean(env.WAYLAND_DISPLAY);
}

export function headlessInstructions({ galleryUrl, chromeDir, firefoxDir, port }: InstructionsInput): string {
  return [
    '',
    `The 401 gallery is running at ${galleryUrl}`,
    '',
    'No display found ($DISPLAY and $WAYLAND_DISPLAY are empty), so no browser was opened.',
    'Load the extension by hand in a browser on this machine:',
    `  Chrome / Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked", pick ${chromeDir}`,
    `  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick ${firefoxDir}/manifest.json`,
    `Then open ${galleryUrl}, pick a page, and click the Why401 toolbar button.`,
    `The gallery listens on 127.0.0.1 only; from another machine, forward it first: ssh -L ${port}:127.0.0.1:${port} <this host>`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

export function headedBanner(galleryUrl: string, browser: string): string {
  return `\nThe 401 gallery is running at ${galleryUrl}\n${browser} is open on it with Why401 loaded: pick a page, then click the Why401 toolbar button.\nClose the browser or press Ctrl-C to stop.\n`;
}
