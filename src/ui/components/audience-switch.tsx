import { AUDIENCES, type Audience } from '../../rules/types';
import { t } from '../i18n/t';

interface Props {
  audience: Audience;
  onChange: (audience: Audience) => void;
}

export function AudienceSwitch({ audience, onChange }: Props) {
  return (
    <fieldset class="audience">
      <legend>{t('popup_audience_legend')}</legend>
      {AUDIENCES.map((value) => (
        <label key={value} class="audience-option">
          <input
            type="radio"
            name="audience"
            value={value}
            checked={value === audience}
            onChange={() => onChange(value)}
          />
          <span>{t(`popup_audience_${value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
