import { t } from '../../ui/i18n/t';
import type { PageSection } from '../../ui/text/page-model';
import { hostOf } from '../../ui/text/shorten-url';

/**
 * The popup's heading sums up the page: "2 requests to api.example.com were refused", "12 requests on
 * this page were refused, for 3 different reasons". It never names a cause: the card right below it
 * has the cause as its title, and a heading that repeats it says nothing new. `led`: the refusals
 * happened just before the tab came here.
 */
export function summaryLine(section: PageSection, led = false): string {
  const total = Math.max(
    section.total,
    section.ranked.reduce((sum, record) => sum + record.count, 0),
  );
  const plural = total === 1 ? 'one' : 'other';
  if (section.groups.length > 1)
    return t(led ? 'popup_summary_led_mixed' : 'popup_summary_mixed', [total, section.groups.length]);
  if (led) return t(`popup_summary_led_${plural}`, [total]);
  const hosts = new Set(section.ranked.map((record) => hostOf(record.url)));
  const [host] = hosts;
  if (hosts.size === 1 && host) return t(`popup_summary_host_${plural}`, [total, host]);
  return t(`popup_summary_page_${plural}`, [total]);
}
