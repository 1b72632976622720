// Finds the extension's id for a tab a driver opened, the same way in Chromium and Firefox.

/**
 * The newest tab showing `url` (tab ids only grow), asked of the extension's own `tabs` API. A page may
 * move on to another origin (the cross-site scenarios), so `landing` may name the URL it ends on.
 * Without host access (a Firefox user may withhold it) no tab's URL is visible: the newest tab is it.
 */
export async function newestTabId(
  evalInExtension: <T>(expression: string) => Promise<T>,
  url: string,
  landing?: RegExp,
): Promise<number> {
  const matcher = landing ? `|| ${landing.toString()}.test(tab.url ?? '')` : '';
  const expression = `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => Math.max(-1, ...tabs
    .filter((tab) => tab.url === ${JSON.stringify(url)} || tab.pendingUrl === ${JSON.stringify(url)} || tab.url === undefined ${matcher})
    .map((tab) => tab.id)))`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await evalInExtension<number>(expression);
    if (id >= 0) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** `/cookie-then/<id>` lands on `/scenario/<id>` of the other origin. */
export function landingPattern(url: string): RegExp | undefined {
  const id = /\/cookie-then\/([\w-]+)$/.exec(url)?.[1];
  return id ? new RegExp(`/scenario/${id}$`) : undefined;
}
