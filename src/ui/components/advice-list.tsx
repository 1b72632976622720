import type { Message } from '../../rules/types';
import { t, tm } from '../i18n/t';
import { RichText } from './rich-text';

export function AdviceList({ advice }: { advice: readonly Message[] }) {
  if (advice.length === 0) return null;
  return (
    <>
      <h3>{t('popup_what_to_do')}</h3>
      <ol class="advice">
        {advice.map((message, index) => (
          <li key={index}>
            <RichText text={tm(message)} />
          </li>
        ))}
      </ol>
    </>
  );
}
