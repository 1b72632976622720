// What the panel shows, worked out from the collected refusals: the popup's records (one per method,
// URL and top cause, with a count) ranked and grouped by cause for the cards, and the same records
// newest first for the table, both narrowed by the cause filter.
import type { CauseId } from '../rules/types';
import { addObservation, emptyTabState } from '../shared/tab-state';
import { rankRecords } from '../shared/rank-records';
import type { ObservationRecord } from '../shared/storage-schema';
import { groupByCause, type CauseGroup } from '../ui/text/cause-groups';
import { pageModel, type PageActionsModel } from '../ui/text/page-model';
import type { Refusal } from './refusal-collector';

export interface PanelModel {
  /** Refusals counted (before the filter). */
  total: number;
  /** Causes present, in the cards' order, for the filter. */
  causes: CauseId[];
  /** The filter in effect: none when the chosen cause is no longer in the log (cleared, navigated). */
  filter: CauseId | undefined;
  /** Ranked groups, one card each (filtered). */
  groups: CauseGroup[];
  /** Records newest first (filtered). */
  rows: ObservationRecord[];
  /** The popup's page actions (clear the cookies, sign in, reload), worked out from every refusal. */
  actions: PageActionsModel;
}

/** The panel keeps everything DevTools shows while it is open; the popup's per-tab cap is for storage. */
const NO_CAP = Number.POSITIVE_INFINITY;

export function topCause(record: ObservationRecord): CauseId {
  return record.diagnosis.causes[0]?.id ?? 'unknown';
}

export function panelModel(refusals: readonly Refusal[], filter: CauseId | undefined): PanelModel {
  // The inspected page, as the newest refusal knew it: where "Open the site" leads (login-candidate.ts).
  const pageUrl = refusals.at(-1)?.diagnosis.facts.request.pageUrl ?? '';
  let state = emptyTabState(0, pageUrl);
  for (const refusal of refusals) state = addObservation(state, refusal.diagnosis, NO_CAP);
  const ranked = rankRecords(state.records);
  const causes = groupByCause(ranked).map((group) => group.cause);
  const active = filter !== undefined && causes.includes(filter) ? filter : undefined;
  const shown = active === undefined ? ranked : ranked.filter((record) => topCause(record) === active);
  const rows = [...shown].sort((a, b) => b.lastAt - a.lastAt);
  const { actions } = pageModel(state);
  return { total: state.total, causes, filter: active, groups: groupByCause(shown), rows, actions };
}
