import type { Audience } from '../../rules/types';
import type { TabState } from '../../shared/storage-schema';
import { t } from '../i18n/t';
import { causeTitleKey } from '../../shared/report/cause-title';
import { hostOf, originOf } from './shorten-url';
import type { ObservationRecord } from '../../shared/storage-schema';

/** "2 requests to api.example.com were refused: Your session expired" for the top-ranked record. */
export function summaryLine(state: TabState, ranked: readonly ObservationRecord[], audience: Audience): string {
  const top = ranked[0]?.diagnosis.causes[0];
  const cause = top ? t(causeTitleKey(top.id, audience)) : '';
  const total = Math.max(state.total, ranked.reduce((sum, record) => sum + record.count, 0));
  const hosts = new Set(ranked.map((record) => hostOf(record.url)));
  const plural = total === 1 ? 'one' : 'other';
  const [host] = hosts;
  if (hosts.size === 1 && host) return t(`popup_summary_host_${plural}`, [total, host, cause]);
  return t(`popup_summary_page_${plural}`, [total, cause]);
}

/** The http(s) origins of the records: what "clear this site's cookies" clears. */
export function recordOrigins(records: readonly ObservationRecord[]): string[] {
  const origins = records.map((record) => originOf(record.url)).filter((origin) => origin !== undefined);
  return [...new Set(origins)];
}
