import { sanitizeText } from '../../shared/i18n/sanitize-text';
import type { ObservationRecord } from '../../shared/storage-schema';
import { t } from '../i18n/t';
import { hostOf, pathAndQuery, shortenUrl } from '../text/shorten-url';

/** URLs listed per card; the rest are counted. */
export const LISTED_URLS = 5;

/**
 * "12 requests to api.shop.test" and the URLs, one short line each (the path and query when all go to
 * one host), so the requests of one cause can be told apart.
 */
export function UrlList({ records, count }: { records: readonly ObservationRecord[]; count: number }) {
  const rest = records.length - LISTED_URLS;
  const hosts = new Set(records.map((record) => hostOf(record.url)));
  const [host] = hosts;
  const oneHost = hosts.size === 1 && host ? host : undefined;
  return (
    <div class="url-list">
      <p class="group-count">
        {oneHost ? t('popup_group_requests_host', [count, oneHost]) : t('popup_group_requests', [count])}
      </p>
      <ul class="urls">
        {records.slice(0, LISTED_URLS).map((record) => (
          <li key={record.key}>
            <code class="url" title={sanitizeText(record.url, 2000)}>
              {sanitizeText(record.method, 20)} {oneHost ? pathAndQuery(record.url) : shortenUrl(record.url, 52)}
            </code>
            {record.count > 1 && <span class="meta"> · {t('popup_request_count', [record.count])}</span>}
          </li>
        ))}
      </ul>
      {rest > 0 && <p class="meta">{t('popup_group_more', [rest])}</p>}
    </div>
  );
}
