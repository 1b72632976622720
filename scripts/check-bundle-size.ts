// Part of `npm test`, after the build: the extension's bundles must stay within their size budgets
// (scripts/budgets.ts). Deterministic: the same build gives the same bytes.
import { BUDGETS } from './budgets';
import { bundleSizes, workbenchBytes } from './bench/bundle-size';

const root = new URL('../', import.meta.url).pathname;
let failed = false;
for (const browser of ['chrome', 'firefox']) {
  const sizes = bundleSizes(`${root}dist/${browser}`);
  const checks: Array<[string, number, number, string]> = [
    ['popup (JS + CSS)', sizes.popupBytes, BUDGETS.popupBundleBytes, 'docs/design.md budget'],
    ['background', sizes.backgroundBytes, BUDGETS.backgroundBundleBytes, 'docs/design.md budget'],
  ];
  for (const [name, bytes, limit, what] of checks) {
    const ok = bytes <= limit;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${browser} ${name}: ${(bytes / 1024).toFixed(1)} KB gzip (limit ${(limit / 1024).toFixed(0)} KB, ${what})`,
    );
  }
}
{
  const bytes = workbenchBytes(`${root}dist/web`);
  const ok = bytes <= BUDGETS.workbenchBundleBytes;
  failed ||= !ok;
  const limit = (BUDGETS.workbenchBundleBytes / 1024).toFixed(0);
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} web workbench (JS + CSS): ${(bytes / 1024).toFixed(1)} KB gzip (limit ${limit} KB)`,
  );
}
if (failed) process.exit(1);
