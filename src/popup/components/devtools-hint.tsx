import { t } from '../../ui/i18n/t';

/**
 * Said when DevTools is open for this tab: the Why401 panel there shows what DevTools sees (preflights,
 * cookie names, full bodies). No extension can open DevTools or switch its panel, so it says where.
 */
export function DevtoolsHint() {
  return (
    <p class="setting devtools-hint" data-hint="devtools">
      {t('devtools_popup_hint')}
    </p>
  );
}
