import type { Audience } from '../../rules/types';
import { causeTitleKey } from '../../shared/report/cause-title';
import { t } from '../../ui/i18n/t';
import { ALL_CAUSES, type CauseChoice, type CauseCount } from '../cause-filter-model';

interface Props {
  counts: readonly CauseCount[];
  total: number;
  choice: CauseChoice;
  audience: Audience;
  onChange: (choice: CauseChoice) => void;
}

/** A select of the causes found in the file, each with its number of entries. */
export function CauseFilter({ counts, total, choice, audience, onChange }: Props) {
  return (
    <label class="cause-filter">
      <span>{t('workbench_filter_label')}</span>
      <select data-cause-filter value={choice} onChange={(event) => onChange(event.currentTarget.value as CauseChoice)}>
        <option value={ALL_CAUSES}>{t('workbench_filter_all', [total])}</option>
        {counts.map(({ cause, count }) => (
          <option key={cause} value={cause}>
            {t('workbench_filter_option', [t(causeTitleKey(cause, audience)), count])}
          </option>
        ))}
      </select>
    </label>
  );
}
