import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import { AudienceSwitch } from '../../ui/components/audience-switch';
import { t } from '../../ui/i18n/t';
import { ALL_CAUSES, type CauseChoice, causeCounts, filterByCause } from '../cause-filter-model';
import type { EntryRecord } from '../entry-record';
import type { HarReading } from '../har-reading';
import type { SanitizeOutcome } from '../run-sanitizer';
import type { HarSummary } from '../worker-protocol';
import { CauseFilter } from './cause-filter';
import { DropZone } from './drop-zone';
import { FileSummary } from './file-summary';
import { ReadingStatus } from './reading-status';
import { SanitizeDownload } from './sanitize-download';
import { SectionBatch } from './section-batch';

/** Sections rendered at once: a 100 MB HAR may hold a thousand refusals; the rest wait for "Show more". */
export const PAGE_SIZE = 50;
/** Sections added per animation frame (the first paint included), so the page never stalls for long. */
const PER_FRAME = 10;

interface Props {
  reading: HarReading;
  onFile: (file: File) => void;
  /** Sanitizes the file read (in the worker); absent, the page offers no download. */
  sanitize?: () => Promise<SanitizeOutcome>;
}

/** The whole page as a function of the file's reading state; the drop zone stays on top for the next file. */
export function WorkbenchApp({ reading, onFile, sanitize }: Props) {
  return (
    // data-state and data-file: what tests and scripts wait for (the live region's words vary by language).
    <main class="workbench" data-state={reading.kind} data-file={reading.kind === 'idle' ? undefined : reading.name}>
      <header>
        <h1>{t('workbench_title')}</h1>
        {reading.kind === 'idle' && (
          <>
            <p>{t('workbench_intro')}</p>
            <p class="meta">{t('workbench_privacy')}</p>
          </>
        )}
      </header>
      <DropZone onFile={onFile} compact={reading.kind === 'done'} />
      <ReadingStatus reading={reading} />
      {reading.kind === 'done' && (
        // Keyed by the reading: a new file starts with a fresh filter and page count.
        <FileResults
          key={reading.entries}
          name={reading.name}
          summary={reading.summary}
          entries={reading.entries}
          sanitize={sanitize}
        />
      )}
    </main>
  );
}

interface FileProps {
  name: string;
  summary: HarSummary;
  entries: EntryRecord[];
  sanitize: Props['sanitize'];
}

function FileResults({ name, summary, entries, sanitize }: FileProps) {
  // The CLI's default audience: a support engineer reading a customer's file is closest to a developer.
  const [audience, setAudience] = useState<Audience>('developer');
  const [choice, setChoice] = useState<CauseChoice>(ALL_CAUSES);
  // `limit` sections are due (a page more per "Show more"); `painted` catches up ten per frame.
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [painted, setPainted] = useState(PER_FRAME);
  useEffect(() => {
    if (painted >= limit) return undefined;
    const frame = requestAnimationFrame(() => setPainted(painted + PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [painted, limit]);
  const counts = useMemo(() => causeCounts(entries), [entries]);
  const filtered = useMemo(() => filterByCause(entries, choice), [entries, choice]);
  // Batches of the filtered list, each the same array from frame to frame (SectionBatch renders once).
  const batches = useMemo(() => {
    const out: EntryRecord[][] = [];
    for (let i = 0; i < filtered.length; i += PER_FRAME) out.push(filtered.slice(i, i + PER_FRAME));
    return out;
  }, [filtered]);
  const rest = filtered.length - limit;
  return (
    <>
      <FileSummary name={name} summary={summary} refused={entries.length} />
      {sanitize && <SanitizeDownload name={name} sanitize={sanitize} />}
      {entries.length === 0 ? (
        <p class="no-refusals" data-no-refusals>
          {t('workbench_no_refusals', [name])}
        </p>
      ) : (
        <>
          <div class="controls">
            <AudienceSwitch audience={audience} onChange={setAudience} />
            <CauseFilter
              counts={counts}
              total={entries.length}
              choice={choice}
              audience={audience}
              onChange={(next) => {
                setChoice(next);
                setLimit(PAGE_SIZE);
                setPainted(PER_FRAME);
              }}
            />
          </div>
          {batches.slice(0, Math.min(painted, limit) / PER_FRAME).map((batch) => (
            <SectionBatch key={batch[0]?.index} entries={batch} audience={audience} />
          ))}
          {rest > 0 && (
            <button type="button" class="more" data-show-more onClick={() => setLimit(limit + PAGE_SIZE)}>
              {t('workbench_show_more', [Math.min(rest, PAGE_SIZE)])}
            </button>
          )}
        </>
      )}
    </>
  );
}
