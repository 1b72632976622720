import type { Audience, Cause } from '../../rules/types';
import { causeSummaryKey, causeTitleKey } from '../../shared/report/cause-title';
import { t } from '../i18n/t';

export function OtherCauses({ causes, audience }: { causes: readonly Cause[]; audience: Audience }) {
  if (causes.length === 0) return null;
  return (
    <details class="other-causes">
      <summary>{t('popup_other_causes', [causes.length])}</summary>
      <ul>
        {causes.map((cause) => (
          <li key={cause.id} data-other-cause={cause.id}>
            <strong>{t(causeTitleKey(cause.id, audience))}</strong> ({t(`report_likelihood_${cause.likelihood}`)}):{' '}
            {t(causeSummaryKey(cause.id))}
          </li>
        ))}
      </ul>
    </details>
  );
}
