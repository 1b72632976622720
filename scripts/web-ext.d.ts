// The slice of web-ext's Node API that `npm start -- --firefox` uses (web-ext ships no types).
declare module 'web-ext' {
  interface ExtensionRunner {
    /** Closes the browser it started and removes its temporary profile. */
    exit(): Promise<void>;
    /** Called when the browser exits by itself (the user closed it). */
    registerCleanup(callback: () => void): void;
  }
  interface RunParams {
    sourceDir: string;
    firefox?: string;
    startUrl?: string[];
    noInput?: boolean;
    noReload?: boolean;
    pref?: Record<string, string | number | boolean>;
    /** `firefox-desktop` (the default) or `chromium`. */
    target?: Array<'firefox-desktop' | 'chromium'>;
    chromiumBinary?: string;
    /** Extra command-line switches for the browser. */
    args?: string[];
  }
  const webExt: {
    cmd: { run(params: RunParams, options?: { shouldExitProgram?: boolean }): Promise<ExtensionRunner> };
  };
  export default webExt;
}
