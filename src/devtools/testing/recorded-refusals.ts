// The refusals of a recorded DevTools stream, diagnosed by the real collector (for component tests).
import { loadRecorded, type RecordingBrowser } from '../../../test/fixtures/devtools/recorded';
import { createRefusalCollector, type Refusal } from '../refusal-collector';
import { fakeNetwork } from './fake-network';

export async function recordedRefusals(browser: RecordingBrowser): Promise<Refusal[]> {
  const recorded = loadRecorded(browser);
  const expected = recorded.filter((item) => [401, 407].includes(Number(item.entry.response.status))).length;
  const network = fakeNetwork(browser);
  const collector = createRefusalCollector(network, { chromium: browser === 'chromium' });
  network.log = recorded;
  return new Promise((resolve) => {
    collector.subscribe((state) => {
      if (state.refusals.length === expected) resolve([...state.refusals]);
    });
  });
}
