// What `npm start` prints: where the gallery is, and what to do when it cannot open a browser itself,
// either because there is no display (a container, a server, an SSH session) or because the browser
// failed. The next step comes first and short; the by-hand details follow for whoever needs them.
export interface InstructionsInput {
  galleryUrl: string;
  chromeDir: string;
  firefoxDir: string;
  port: number;
}

/** Linux needs X11 or Wayland to show a window; macOS and Windows always have a desktop. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY) || Boolean(env.WAYLAND_DISPLAY);
}

/** At most four short lines: the situation, the gallery, and the two ways on. */
export function noDisplayNextSteps(galleryUrl: string, firefox: boolean): string {
  return [
    'No display ($DISPLAY and $WAYLAND_DISPLAY are empty): no browser opened.',
    `The 401 gallery runs at ${galleryUrl} (Ctrl-C stops it).`,
    `Next: xvfb-run -a npm start${firefox ? ' -- --firefox' : ''}   (a virtual display, Debian package xvfb)`,
    '  or: node bin/why401.js diagnose examples/*.har   (the CLI, no browser needed)',
  ].join('\n');
}

export function browserFailed(browser: string, why: string, galleryUrl: string): string {
  const variable = browser === 'Firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH';
  return [
    `${browser} could not start: ${why}`,
    `The 401 gallery runs at ${galleryUrl} (Ctrl-C stops it).`,
    `Fix the browser or point ${variable} at another one, then run npm start again; or load Why401 by hand:`,
  ].join('\n');
}

export function loadByHand({ galleryUrl, chromeDir, firefoxDir, port }: InstructionsInput): string {
  return [
    '',
    'To load the extension by hand in a browser on this machine:',
    `  Chrome / Chromium: chrome://extensions, switch on "Developer mode", "Load unpacked", pick ${chromeDir}`,
    `  Firefox: about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick ${firefoxDir}/manifest.json`,
    `Then open ${galleryUrl}, pick a page, and click the Why401 toolbar button.`,
    `The gallery listens on 127.0.0.1 only; from another machine, forward it first: ssh -L ${port}:127.0.0.1:${port} <this host>`,
    '',
  ].join('\n');
}

export function headedBanner(galleryUrl: string, browser: string): string {
  return [
    '',
    `The 401 gallery is running at ${galleryUrl}`,
    `${browser} is open on it with Why401 loaded: pin the Why401 button (puzzle-piece menu), pick a page, click the button.`,
    'Close the browser or press Ctrl-C to stop.',
    '',
  ].join('\n');
}
