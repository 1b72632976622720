import type { Audience } from '../../rules/types';
import { causeTitleKey } from '../../shared/report/cause-title';
import { t } from '../i18n/t';
import type { PageSection } from './page-model';
import { hostOf } from './shorten-url';

/**
 * The popup's heading: "2 requests to api.example.com were refused: Your session expired" when one
 * cause explains them all, "12 requests on this page were refused, for 3 different reasons" when
 * several do (each card names its own). `led`: the refusals happened just before the tab came here.
 */
export function summaryLine(section: PageSection, audience: Audience, led = false): string {
  const total = Math.max(section.total, section.ranked.reduce((sum, record) => sum + record.count, 0));
  const plural = total === 1 ? 'one' : 'other';
  if (section.groups.length > 1) return t(led ? 'popup_summary_led_mixed' : 'popup_summary_mixed', [total, section.groups.length]);
  const top = section.groups[0];
  const cause = top ? t(causeTitleKey(top.cause, audience)) : '';
  if (led) return t(`popup_summary_led_${plural}`, [total, cause]);
  const hosts = new Set(section.ranked.map((record) => hostOf(record.url)));
  const [host] = hosts;
  if (hosts.size === 1 && host) return t(`popup_summary_host_${plural}`, [total, host, cause]);
  return t(`popup_summary_page_${plural}`, [total, cause]);
}
