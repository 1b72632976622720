import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n/t';

/**
 * The drop zone is the label of a real file input: a click, Enter or Space on it opens the file picker,
 * so keyboard and screen-reader users get the same way in as a drag and drop.
 */
export function DropZone({ onFile, compact }: { onFile: (file: File) => void; compact: boolean }) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  useEffect(() => {
    // A file dropped beside the zone would make the browser open it in place of this page (and the
    // results with it): the whole page takes drops. The zone's own drop has been handled by then.
    const over = (event: DragEvent): void => event.preventDefault();
    const drop = (event: DragEvent): void => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);
  return (
    <label
      class={`drop-zone${over ? ' over' : ''}${compact ? ' compact' : ''}`}
      data-drop-zone
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <input
        type="file"
        accept=".har,.json,application/json"
        data-har-input
        // Named by the label's first line only; the hint is its description (one drop zone per page).
        aria-labelledby="drop-label"
        aria-describedby={compact ? undefined : 'drop-hint'}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file picked again (after it was edited) must be read again.
          event.currentTarget.value = '';
        }}
      />
      <span class="drop-label" id="drop-label">
        {t(compact ? 'workbench_open_other' : 'workbench_drop_label')}
      </span>
      {!compact && (
        <span class="meta" id="drop-hint">
          {t('workbench_drop_hint')}
        </span>
      )}
    </label>
  );
}
