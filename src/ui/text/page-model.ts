// What the popup shows for a tab, worked out once from the stored state: this page's problems grouped
// by cause, the refusals that sent the visitor here, the earlier pages, and one set of page actions
// (each action once, however many cards would offer it).
import type { ActionId } from '../../rules/types';
import { ledHere, type EarlierPage, type ObservationRecord, type TabState } from '../../shared/storage-schema';
import { groupByCause, type CauseGroup } from './cause-groups';
import { clearHelps } from './clear-helps';
import { loginCandidate, type LoginCandidate } from './login-candidate';
import { rankRecords } from '../../shared/rank-records';

export interface PageSection {
  pageUrl: string;
  total: number;
  ranked: ObservationRecord[];
  groups: CauseGroup[];
}

export interface PageActionsModel {
  /** Refused URLs whose cookies clearing may help with (exactly the cookies sent to them are removed). */
  clearUrls: string[];
  login: LoginCandidate | undefined;
  reload: boolean;
  /** Every record shown, for the report. */
  records: ObservationRecord[];
}

export interface PageModel {
  current: PageSection;
  /** The refusals just before the tab came here. */
  led: PageSection | undefined;
  /** Other kept pages, most recent first. */
  earlier: EarlierPage[];
  actions: PageActionsModel;
}

/** The command checks at most 20 URLs (src/shared/messages.ts). */
const MAX_CLEAR_URLS = 20;

function section(pageUrl: string, total: number, records: readonly ObservationRecord[]): PageSection {
  const ranked = rankRecords(records);
  return { pageUrl, total, ranked, groups: groupByCause(ranked) };
}

function offers(group: CauseGroup, action: ActionId): boolean {
  return group.records[0]?.diagnosis.causes[0]?.actions.includes(action) ?? false;
}

function pageActions(state: TabState, current: PageSection, led: PageSection | undefined): PageActionsModel {
  const parts = [
    { section: current, context: { pageUrl: state.pageUrl } },
    ...(led ? [{ section: led, context: { pageUrl: led.pageUrl, sentTo: state.pageUrl } }] : []),
  ];
  const records = parts.flatMap((part) => part.section.ranked);
  const clearUrls = [...new Set(records.filter(clearHelps).map((record) => record.url))].slice(0, MAX_CLEAR_URLS);
  let login: LoginCandidate | undefined;
  for (const { section: part, context } of parts) {
    for (const group of part.groups) {
      if (login || !offers(group, 'open-login')) continue;
      for (const record of group.records) login ??= loginCandidate(record, context);
    }
  }
  const reload = parts.some((part) =>
    part.section.groups.some((group) => offers(group, 'reload') || offers(group, 'reload-bypass-cache')),
  );
  return { clearUrls, login, reload, records };
}

export function pageModel(state: TabState): PageModel {
  const current = section(state.pageUrl, state.total, state.records);
  const leading = ledHere(state);
  const led = leading ? section(leading.pageUrl, leading.total, leading.records) : undefined;
  const earlier = (state.previous ?? []).filter((page) => page !== leading);
  return { current, led, earlier, actions: pageActions(state, current, led) };
}
