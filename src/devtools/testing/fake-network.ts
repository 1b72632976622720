// A `devtools.network` in memory for unit tests: replays requests as each browser hands them over
// (Chromium: getContent calls back `(content, encoding)`; Firefox: it resolves `[content, mimeType]`).
import type { RecordedRequest, RecordingBrowser } from '../../../test/fixtures/devtools/recorded';
import type { DevtoolsNetwork, NetworkRequest } from '../devtools-api';

export interface FakeNetwork extends DevtoolsNetwork {
  finish(request: RecordedRequest): void;
  navigate(url: string): void;
  /** What getHAR answers (the log before the panel was shown). */
  log: RecordedRequest[];
}

export function asNetworkRequest(recorded: RecordedRequest, browser: RecordingBrowser): NetworkRequest {
  const request: NetworkRequest = structuredClone(recorded.entry);
  request.getContent =
    browser === 'chromium'
      ? (callback) => void setTimeout(() => callback?.(recorded.content ?? '', recorded.encoding ?? ''), 0)
      : () => Promise.resolve([recorded.content ?? '', recorded.mimeType ?? '']);
  return request;
}

export function fakeNetwork(browser: RecordingBrowser): FakeNetwork {
  const finished = new Set<(request: NetworkRequest) => void>();
  const navigated = new Set<(url: string) => void>();
  const fake: FakeNetwork = {
    log: [],
    onRequestFinished: { addListener: (listener) => void finished.add(listener) },
    onNavigated: { addListener: (listener) => void navigated.add(listener) },
    getHAR: (callback) =>
      void setTimeout(() =>
        callback?.({ entries: fake.log.map((item) => asNetworkRequest(item, browser)), pages: [] }),
      ),
    finish(recorded) {
      for (const listener of finished) listener(asNetworkRequest(recorded, browser));
    },
    navigate(url) {
      for (const listener of navigated) listener(url);
    },
  };
  return fake;
}
