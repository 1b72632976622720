import { t } from '../i18n/t';
import { shortenUrl } from '../text/shorten-url';
import { RichText } from './rich-text';

export function RestrictedState({ pageUrl }: { pageUrl: string }) {
  return (
    <section class="state" data-state="restricted">
      <h1>{t('popup_restricted_title')}</h1>
      <p>
        <RichText text={t('popup_restricted_body', [{ code: shortenUrl(pageUrl, 50) }])} />
      </p>
    </section>
  );
}
