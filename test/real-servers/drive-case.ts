// Makes a case's requests in a real page, the way a person's browser makes them.
import type { Page } from '@playwright/test';
import { handleLoginPrompts } from './login-prompts';
import type { CaseStep } from './real-server-case';

const DONE = '__why401StepDone';

/** The page script of a fetch step; the result lands in a global the test polls (never awaited inside evaluate). */
function fetchScript(step: CaseStep): string {
  const init = JSON.stringify({ headers: step.headers ?? {} });
  return `void (globalThis.${DONE} = undefined, fetch(${JSON.stringify(step.url)}, ${init})
    .then((response) => response.text().then(() => response.status), (error) => String(error))
    .then((outcome) => { globalThis.${DONE} = outcome; }))`;
}

/** Runs the steps in `page`, which shows a page of the server's origin; resolves when the last one has its answer. */
export async function driveSteps(page: Page, steps: readonly CaseStep[]): Promise<void> {
  const prompts = await handleLoginPrompts(page);
  try {
    for (const step of steps) {
      prompts.answerWith(step.logins ?? []);
      if (step.via === 'navigation') {
        // A refused page still loads (its 401 body); goto only throws when Chromium gives up on it.
        await page.goto(step.url).catch(() => undefined);
      } else {
        await page.evaluate(fetchScript(step));
        await page.waitForFunction(`globalThis.${DONE} !== undefined`, undefined, { timeout: 15_000 });
      }
    }
  } finally {
    await prompts.detach();
  }
}
