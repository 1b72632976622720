// One real authentication server started in-process, and the failures it is made to produce.
// Every case says what was induced and which cause (docs/design.md "Causes") is right for it, and why.
import type { CauseId, Likelihood } from '../../src/rules/types';

/** What a person types into the browser's login prompt (throwaway test logins only). */
export interface TestLogin {
  username: string;
  password: string;
}

/** One request the browser makes, from a page of the server's own origin. */
export interface CaseStep {
  /** `navigation`: the tab goes to `url`; `fetch`: a page script calls `fetch(url, { headers })`. */
  via: 'navigation' | 'fetch';
  url: string;
  /** Request headers the page script sets (fetch only); tokens are minted when the case runs. */
  headers?: Record<string, string>;
  /**
   * Answers to the browser's login prompts (Basic, Digest, proxy), in order; once they run out the
   * prompt is cancelled, as a person clicks "Cancel".
   */
  logins?: TestLogin[];
}

export interface Expectation {
  /** The cause that must rank first for the last 401/407 of the case. */
  cause: CauseId;
  likelihood: Likelihood;
  /** One sentence: why this cause is right for what was induced. */
  why: string;
}

/** Where Why401 answers otherwise today: what it says instead (kept so the suite still passes). */
export interface KnownWrong {
  /** The CLI over the recorded HAR. */
  cli?: string;
  /** The CLI over the sanitized copy (Chrome's default HAR export). */
  sanitized?: string;
  /** The popup with the extension loaded. */
  popup?: string;
}

/** A running server: what its cases need to build their requests. */
export interface ServerInstance {
  /** `http://127.0.0.1:<port>`: pages of this origin start each case (same-origin fetches). */
  readonly origin: string;
  /** A forward proxy the browser must be configured with for these cases. */
  readonly proxy?: string;
  close(): Promise<void>;
}

export interface RealServerCase<S extends ServerInstance = ServerInstance> {
  /** kebab-case; the fixture is `test/fixtures/real-servers/<server>-<name>.har`. */
  name: string;
  /** What was done to make the server refuse, in a few words. */
  induced: string;
  /**
   * The requests, computed when the case runs (tokens relative to now). All but the last set the
   * scene; the last 401/407 response of the recording is the one diagnosed.
   */
  steps(server: S): Promise<CaseStep[]> | CaseStep[];
  /** What is right given what the recorded HAR holds (the CLI's view). */
  expect: Expectation;
  /**
   * What is right given what the extension sees, when that differs from the HAR: webRequest does not
   * show an Authorization header the browser adds by itself (a cached Digest login), which the HAR does.
   */
  inPopup?: Expectation;
  knownWrongToday?: KnownWrong;
}

/** One server software: how to start it and the failures it is made to produce. */
export interface RealServerDefinition<S extends ServerInstance = ServerInstance> {
  /** kebab-case; the prefix of its fixtures' names. */
  name: string;
  start(): Promise<S>;
  cases: readonly RealServerCase<S>[];
}

/** The blank page every case starts from, served by each server on its own origin. */
export const START_PATH = '/__why401/start';
