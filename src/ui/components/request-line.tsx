import type { ObservationRecord } from '../../shared/storage-schema';
import { t, uiLocale } from '../i18n/t';
import { absoluteTime, relativeTime } from '../text/relative-time';
import { shortenUrl } from '../text/shorten-url';
import { sanitizeText } from '../../shared/i18n/sanitize-text';

/**
 * `GET api.example.com/v1/me · fetch · 401 · 3× · 2 minutes ago`; the full URL in the tooltip. Without
 * `now` (a HAR read days later), the full date and time instead of "2 minutes ago".
 */
export function RequestLine({ record, now }: { record: ObservationRecord; now?: number | undefined }) {
  const locale = uiLocale();
  return (
    <p class="request">
      <code class="url" title={sanitizeText(record.url, 2000)}>
        {sanitizeText(record.method, 20)} {shortenUrl(record.url)}
      </code>
      <span class="meta">
        {record.status === 0 ? t('popup_status_blocked') : record.status} · {t(`popup_resource_${record.resourceType}`)}
        {record.count > 1 ? ` · ${t('popup_request_count', [record.count])}` : ''} ·{' '}
        <time dateTime={new Date(record.lastAt).toISOString()} title={absoluteTime(record.lastAt, locale)}>
          {now === undefined ? absoluteTime(record.lastAt, locale) : relativeTime(record.lastAt, now, locale)}
        </time>
      </span>
    </p>
  );
}
