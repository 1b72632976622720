// Saves a Blob as a file from the page: a Blob URL on an `<a download>`, clicked. No request leaves the
// page (the Blob is in memory; the static page's CSP forbids every fetch), in both browsers and from
// file://, where the File System Access API is missing (Firefox) or refused.

/**
 * The Blob URL is revoked this long after the click, not at once: Firefox starts the download after
 * the click returns, and a URL revoked before that fails it (as FileSaver.js found; it waits 40 s).
 */
export const REVOKE_AFTER_MS = 40_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the document while clicked: older Firefox ignores a click on a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `session.har` -> `session.sanitized.har`; any other name gets the suffix whole. */
export function sanitizedName(name: string): string {
  return `${name.replace(/\.(?:har|json)$/i, '')}.sanitized.har`;
}
