/**
 * Saves text as a download from a click: a Blob URL on an `<a download>`, revoked once the browser has
 * taken the file. In Chrome's DevTools an extension panel's `<a download>` downloads like a page's
 * (test/e2e/devtools-panel.spec.ts); Firefox's too. No `downloads` permission is needed.
 */
export function saveFile(text: string, fileName: string, doc: Document = document): void {
  const view = doc.defaultView;
  if (!view) throw new Error('no window to save from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download reads the Blob asynchronously: revoking at once can cancel it (Firefox).
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
  }
}
