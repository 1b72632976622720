/**
 * Puts text on the clipboard from a click. DevTools hosts an extension panel in an iframe that may not
 * be allowed `clipboard-write` (Chrome's DevTools front end does not delegate it), so
 * `navigator.clipboard` can refuse; the old `document.execCommand('copy')` on a selected, off-screen
 * text area still works there, from the same click.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Refused by the frame's permissions policy: fall back below, still within the click's activation.
    }
  }
  copyBySelection(text, doc);
}

function copyBySelection(text: string, doc: Document): void {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.insetInlineStart = '-10000px';
  doc.body.append(area);
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
  area.select();
  try {
    if (!doc.execCommand('copy')) throw new Error('the browser refused to copy');
  } finally {
    area.remove();
    focused?.focus();
  }
}
