// The toolbar badge: how many 401/407 responses the tab's page had, with those that led to it (the 401
// before `location.href = '/login'`), coloured by the gravity of the most likely cause, with a tooltip
// naming it. Chrome clears a tab's badge on every navigation, so the
// worker re-applies it when a tab finishes loading.
import type { CauseId } from '../rules/types';
import { browser } from '../shared/browser';
import { topRecord } from '../shared/rank-records';
import { badgeTotal, type TabState } from '../shared/storage-schema';

/** Red: the user must act (sign in, fix the client). Amber: retry or wait may fix it. Grey: the server's side. */
const GRAVITY_COLOUR: Record<'act' | 'retry' | 'server', string> = {
  act: '#b42318',
  retry: '#b54708',
  server: '#475467',
};

/** Causes a retry or a wait may fix, and those on the server's side; every other cause asks the user to act. */
const RETRY: ReadonlySet<CauseId> = new Set(['stale-nonce', 'clock-skew', 'stale-dns-or-cache']);
const SERVER: ReadonlySet<CauseId> = new Set(['server-misconfigured', 'unknown']);

function gravity(cause: CauseId): keyof typeof GRAVITY_COLOUR {
  return RETRY.has(cause) ? 'retry' : SERVER.has(cause) ? 'server' : 'act';
}

export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

export async function applyBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const total = state ? badgeTotal(state) : 0;
  const cause = state ? topRecord(state)?.diagnosis.causes[0]?.id : undefined;
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(total) });
    if (total === 0 || !cause) {
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('action_title') });
      return;
    }
    await browser.action.setBadgeBackgroundColor({ tabId, color: GRAVITY_COLOUR[gravity(cause)] });
    const causeTitle = browser.i18n.getMessage(`cause_${cause.replaceAll('-', '_')}_title`);
    await browser.action.setTitle({
      tabId,
      title: browser.i18n.getMessage('badge_title', [String(total), causeTitle]),
    });
  } catch {
    // The tab closed between the event and the update: nothing to badge.
  }
}
