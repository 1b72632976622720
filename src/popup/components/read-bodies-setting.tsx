import { t } from '../../ui/i18n/t';

interface Props {
  readBodies: boolean;
  onChange: (readBodies: boolean) => void;
}

/** Whether content scripts read the body of refused responses (src/shared/settings.ts); applies from the next page load. */
export function ReadBodiesSetting({ readBodies, onChange }: Props) {
  return (
    <label class="setting">
      <input type="checkbox" checked={readBodies} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{t('popup_setting_read_bodies')}</span>
    </label>
  );
}
