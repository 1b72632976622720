import { StatusRegion } from '../../ui/components/status-region';
import { t } from '../../ui/i18n/t';
import type { HarReading } from '../har-reading';

/** The sentence the live region says about the file now ("Diagnosing: entry 1,024 of 50,000…"). */
export function statusOf(reading: HarReading): string {
  switch (reading.kind) {
    case 'idle':
    case 'failed':
      return '';
    case 'reading':
      return t('workbench_status_reading', [reading.name]);
    case 'diagnosing':
      return t('workbench_status_diagnosing', [reading.done, reading.total]);
    case 'done':
      return t('workbench_status_done', [reading.name, reading.entries.length, reading.summary.entries]);
  }
}

/** Why a file could not be read, in one sentence. */
export function failureOf(reading: Extract<HarReading, { kind: 'failed' }>): string {
  // t() sanitises string params: a file name is never markup or a control character.
  const name = reading.name;
  switch (reading.reason) {
    case 'har':
      return t('workbench_error_har', [name, reading.message ?? '']);
    case 'empty':
      return t('workbench_error_empty', [name]);
    case 'binary':
      return t('workbench_error_binary', [name]);
    case 'internal':
      return t('workbench_error_internal', [name]);
    case 'worker':
      return t('workbench_error_worker');
  }
}

/** Progress (a bar while diagnosing) and the live region; a failure as an alert of its own. */
export function ReadingStatus({ reading }: { reading: HarReading }) {
  return (
    <>
      <StatusRegion message={statusOf(reading)} />
      {reading.kind === 'reading' && <progress class="progress" />}
      {reading.kind === 'diagnosing' && <progress class="progress" max={reading.total} value={reading.done} />}
      {reading.kind === 'failed' && (
        <p class="error" role="alert" data-error={reading.reason}>
          {failureOf(reading)}
        </p>
      )}
    </>
  );
}
