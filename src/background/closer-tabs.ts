// The tabs "Look closer" is listening to right now (look-closer.ts). Its `extraHeaders` listeners see
// every request of such a tab, Cookie header included, so the everyday listeners stand aside for them
// (each request must be diagnosed once, and with the fuller view). In memory: a restarted worker
// re-registers a look that is still due and fills this again (resumeLookCloser).
const tabs = new Set<number>();

export function lookingCloser(tabId: number): boolean {
  return tabs.size > 0 && tabs.has(tabId);
}

export function markLookingCloser(tabId: number, on: boolean): void {
  if (on) tabs.add(tabId);
  else tabs.delete(tabId);
}
