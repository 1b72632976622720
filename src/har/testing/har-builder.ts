// Small HAR entries for tests, written the way DevTools writes them. Every credential is a fake.

export interface EntrySpec {
  method?: string;
  url: string;
  status: number;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  /** `null` leaves the field out, as some tools do. */
  startedDateTime?: string | null;
  body?: string;
}

const T0 = Date.parse('2024-05-01T14:00:00.000Z');

export function harEntry(spec: EntrySpec, i = 0): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    request: {
      method: spec.method ?? 'GET',
      url: spec.url,
      httpVersion: 'http/2.0',
      headers: pairs(spec.requestHeaders),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: spec.status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: pairs(spec.responseHeaders),
      cookies: [],
      content: {
        size: spec.body?.length ?? 0,
        mimeType: 'application/json',
        ...(spec.body === undefined ? {} : { text: spec.body }),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 9, receive: 1 },
  };
  if (spec.startedDateTime !== null)
    entry.startedDateTime = spec.startedDateTime ?? new Date(T0 + i * 1_000).toISOString();
  return entry;
}

export function harText(entries: ReadonlyArray<Record<string, unknown>>): string {
  return JSON.stringify({
    log: { version: '1.2', creator: { name: 'why401-test', version: '1' }, pages: [], entries },
  });
}

export function harOf(specs: readonly EntrySpec[]): string {
  return harText(specs.map((spec, i) => harEntry(spec, i)));
}

function pairs(headers: Record<string, string> = {}): Array<{ name: string; value: string }> {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}
