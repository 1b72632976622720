import { browser } from '../shared/browser';
import type { ObservationRecord } from '../shared/storage-schema';
import { useTabState } from './use-tab-state';

function t(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

function RecordItem({ record }: { record: ObservationRecord }) {
  const cause = record.diagnosis.causes[0]?.id ?? 'unknown';
  return (
    <li data-cause={cause}>
      <div class="cause">{t(`cause_${cause.replaceAll('-', '_')}_title`)}</div>
      <div class="request">
        {record.status} · {record.method} {record.url} {record.count > 1 ? `×${record.count}` : ''}
      </div>
    </li>
  );
}

export function App() {
  const loaded = useTabState();
  if (loaded.status === 'loading') return <main aria-busy="true" />;
  const records = loaded.state?.records ?? [];
  if (records.length === 0) {
    return (
      <main data-empty>
        <h1>{t('popup_empty_title')}</h1>
      </main>
    );
  }
  return (
    <main>
      <h1>{t('popup_records_title', [String(loaded.state?.total ?? records.length)])}</h1>
      <ul>
        {[...records].reverse().map((record) => (
          <RecordItem key={record.key} record={record} />
        ))}
      </ul>
    </main>
  );
}
