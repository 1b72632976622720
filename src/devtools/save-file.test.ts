// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from './save-file';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('saveFile', () => {
  it('clicks a hidden <a download> on a Blob URL, removes it, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: Array<{ href: string; download: string; inDocument: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
    saveFile('{"log":{}}\n', 'why401-refusals-x-20261103-0705.har');
    expect(clicks).toEqual([
      { href: 'blob:test/1', download: 'why401-refusals-x-20261103-0705.har', inDocument: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await blobs[0]?.text()).toBe('{"log":{}}\n');
    expect(blobs[0]?.type).toBe('application/json');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
