import { t } from '../../ui/i18n/t';
import { shortenUrl } from '../../ui/text/shorten-url';
import { RichText } from '../../ui/components/rich-text';

/** Browser pages and add-on stores; the browser hides most of their URLs from extensions. */
export function RestrictedState({ pageUrl }: { pageUrl: string | undefined }) {
  return (
    <section class="state" data-state="restricted">
      <h1>{t('popup_restricted_title')}</h1>
      <p>
        {pageUrl ? (
          <RichText text={t('popup_restricted_body', [{ code: shortenUrl(pageUrl, 50) }])} />
        ) : (
          t('popup_restricted_body_unnamed')
        )}
      </p>
    </section>
  );
}
