import { sanitizeText } from '../../shared/i18n/sanitize-text';
import type { ObservationRecord } from '../../shared/storage-schema';
import { t } from '../i18n/t';
import { shortenUrl } from '../text/shorten-url';

/** URLs listed per card; the rest are counted. */
export const LISTED_URLS = 5;

/** "12 requests" and the URLs, one short line each, so cards of the same cause can be told apart. */
export function UrlList({ records, count }: { records: readonly ObservationRecord[]; count: number }) {
  const rest = records.length - LISTED_URLS;
  return (
    <div class="url-list">
      <p class="group-count">{t('popup_group_requests', [count])}</p>
      <ul class="urls">
        {records.slice(0, LISTED_URLS).map((record) => (
          <li key={record.key}>
            <code class="url" title={sanitizeText(record.url, 2000)}>
              {sanitizeText(record.method, 20)} {shortenUrl(record.url, 52)}
            </code>
            {record.count > 1 && <span class="meta"> · {t('popup_request_count', [record.count])}</span>}
          </li>
        ))}
      </ul>
      {rest > 0 && <p class="meta">{t('popup_group_more', [rest])}</p>}
    </div>
  );
}
