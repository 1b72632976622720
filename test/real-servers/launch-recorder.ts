// Chromium for recording: the system browser (never `playwright install`), no extension.
import { chromium, type Browser } from '@playwright/test';
import { findBrowser } from '../e2e/support/find-browsers';

export function launchRecorder(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: ['--disable-gpu', '--disable-quic'],
  });
}
