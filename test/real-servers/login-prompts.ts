// Answers the browser's login prompts (Basic, Digest, proxy) as a person does, through CDP: type the
// given logins in order, then click "Cancel". Headless Chromium has no prompt to click, and awaiting a
// fetch that raises one inside page.evaluate has crashed Chromium here (test/e2e/README.md).
import type { CDPSession, Page } from '@playwright/test';
import type { TestLogin } from './real-server-case';

export interface LoginPrompts {
  /** The logins to type at the next prompts, in order; once used up, prompts are cancelled. */
  answerWith(logins: readonly TestLogin[]): void;
  /** How many prompts were shown so far. */
  readonly shown: number;
  detach(): Promise<void>;
}

export async function handleLoginPrompts(page: Page): Promise<LoginPrompts> {
  const session: CDPSession = await page.context().newCDPSession(page);
  let queue: TestLogin[] = [];
  let shown = 0;
  // Fetch.authRequired only fires for intercepted requests, so every request is intercepted and let go.
  session.on('Fetch.requestPaused', ({ requestId }) => {
    session.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
  });
  session.on('Fetch.authRequired', ({ requestId }) => {
    shown++;
    const login = queue.shift();
    const authChallengeResponse = login
      ? { response: 'ProvideCredentials' as const, username: login.username, password: login.password }
      : { response: 'CancelAuth' as const };
    session.send('Fetch.continueWithAuth', { requestId, authChallengeResponse }).catch(() => undefined);
  });
  await session.send('Fetch.enable', { handleAuthRequests: true, patterns: [{ urlPattern: '*' }] });
  return {
    answerWith(logins) {
      queue = [...logins];
    },
    get shown() {
      return shown;
    },
    async detach() {
      await session.send('Fetch.disable').catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}
