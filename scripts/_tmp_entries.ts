import { writeFileSync } from 'node:fs';
import { EXHIBITS, galleryScenarios } from './gallery/exhibits';
const all = galleryScenarios();
for (const e of EXHIBITS) {
  const s = all.find((x) => x.id === e.scenario)!;
  const entry = { startedDateTime: s.startedDateTime ?? '2026-11-26T14:00:00.000Z', request: { method: s.request.method, url: 'http://127.0.0.1:4401' + s.request.path, headers: s.request.headers },
    response: { status: s.response.status, statusText: s.response.statusText ?? '', headers: s.response.headers, content: { mimeType: 'text/plain', text: s.response.body ?? '' } } };
  writeFileSync(`/tmp/ex/${e.cause}.json`, JSON.stringify(entry));
}
