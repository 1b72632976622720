// The `readBodies` setting as the worker knows it, for its two users: body-attach.ts checks every body
// report against it, and api-headers.ts listens to fetch/XHR request headers only while it is off.
// Read once and kept until it changes: reading it for every report cost more CPU than the rest of
// attaching the body (bench: ~0.9 ms per refused fetch).
import { browser } from '../shared/browser';
import { READ_BODIES_ITEM, readItem } from '../shared/storage-items';

let kept: Promise<boolean> | undefined;

/** readItem answers the default (reading on) when storage fails: never rejects. */
export function readBodiesSetting(): Promise<boolean> {
  return (kept ??= readItem(browser.storage.local, READ_BODIES_ITEM));
}

/** Drops the kept value: the next read asks storage again. */
export function forgetReadBodies(): void {
  kept = undefined;
}

/** `changed` runs after each change of the setting, once the kept value is dropped. */
export function onReadBodiesChange(changed: () => void): void {
  // The local area's own event: storage.onChanged would also bring every storage.session write (whole tab states).
  browser.storage.local.onChanged.addListener((changes) => {
    if (!(READ_BODIES_ITEM.key in changes)) return;
    forgetReadBodies();
    changed();
  });
}
