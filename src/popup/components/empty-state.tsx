import { t } from '../../ui/i18n/t';

export function EmptyState() {
  return (
    <section class="state" data-empty>
      <h1>{t('popup_empty_title')}</h1>
      <p>{t('popup_empty_watches')}</p>
      <p>{t('popup_empty_not_401')}</p>
    </section>
  );
}
