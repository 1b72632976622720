// The toolbar badge: how many 401/407 responses the tab's page had, with those that led to it (the 401
// before `location.href = '/login'`), coloured by the gravity of the most likely cause, with a tooltip
// naming it. Chrome clears a tab's badge on every navigation, so the
// worker re-applies it when a tab finishes loading.
import type { CauseId } from '../rules/types';
import { browser } from '../shared/browser';
import { badgeTotal, ledHere, type TabState } from '../shared/storage-schema';

/** Red: the user must act (sign in, fix the client). Amber: retry or wait may fix it. Grey: the server's side. */
const GRAVITY_COLOUR: Record<'act' | 'retry' | 'server', string> = { act: '#b42318', retry: '#b54708', server: '#475467' };

const GRAVITY: Record<CauseId, keyof typeof GRAVITY_COLOUR> = {
  'missing-credentials': 'act',
  'credentials-not-sent': 'act',
  'credentials-rejected': 'act',
  'credentials-expired': 'act',
  'credentials-revoked': 'act',
  'malformed-credentials': 'act',
  'insufficient-permissions': 'act',
  'integrated-auth-unavailable': 'act',
  'stale-nonce': 'retry',
  'clock-skew': 'retry',
  'stale-dns-or-cache': 'retry',
  'proxy-or-firewall': 'act',
  'server-misconfigured': 'server',
  unknown: 'server',
};

function topCause(state: TabState): CauseId | undefined {
  const top = [...state.records, ...(ledHere(state)?.records ?? [])].sort((a, b) => (b.diagnosis.causes[0]?.score ?? 0) - (a.diagnosis.causes[0]?.score ?? 0))[0];
  return top?.diagnosis.causes[0]?.id;
}

export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

export async function applyBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const total = state ? badgeTotal(state) : 0;
  const cause = state ? topCause(state) : undefined;
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(total) });
    if (total === 0 || !cause) {
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('action_title') });
      return;
    }
    await browser.action.setBadgeBackgroundColor({ tabId, color: GRAVITY_COLOUR[GRAVITY[cause]] });
    const causeTitle = browser.i18n.getMessage(`cause_${cause.replaceAll('-', '_')}_title`);
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('badge_title', [String(total), causeTitle]) });
  } catch {
    // The tab closed between the event and the update: nothing to badge.
  }
}
