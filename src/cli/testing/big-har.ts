// A large synthetic HAR for the benchmark (`bigHar(50_000)` is about 100 MB): mostly 200s on a few
// origins with cookies and realistic header lists, one 401 in every 50 entries.

const t0 = Date.parse('2024-05-01T14:00:00.000Z');
const PADDING = 'x'.repeat(1_200);

export function bigHar(entries: number): string {
  const parts: string[] = [];
  for (let i = 0; i < entries; i++) parts.push(JSON.stringify(bigHarEntry(i)));
  return `{"log":{"version":"1.2","creator":{"name":"why401-bench","version":"1"},"pages":[{"id":"page_1","title":"https://app0.example.com/","startedDateTime":"${new Date(t0).toISOString()}"}],"entries":[${parts.join(',')}]}}`;
}

function bigHarEntry(i: number): object {
  const host = `app${i % 7}.example.com`;
  const refused = i % 50 === 49;
  const headers = [
    { name: ':authority', value: host },
    { name: 'accept', value: 'application/json' },
    {
      name: 'user-agent',
      value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    },
    { name: 'cookie', value: `sid=s${i}; theme=dark` },
    { name: 'authorization', value: `Bearer opaque-token-${i}-abcdefghijklmnopqrstuvwxyz` },
  ];
  const responseHeaders = [
    { name: 'content-type', value: 'application/json' },
    { name: 'server', value: 'nginx' },
    ...(refused ? [{ name: 'www-authenticate', value: 'Bearer realm="api", error="invalid_token"' }] : []),
  ];
  return {
    pageref: 'page_1',
    startedDateTime: new Date(t0 + i * 10).toISOString(),
    time: 10,
    request: {
      method: 'GET',
      url: `https://${host}/api/items/${i}?page=${i % 10}`,
      httpVersion: 'http/2.0',
      headers,
      queryString: [{ name: 'page', value: String(i % 10) }],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: refused ? 401 : 200,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: responseHeaders,
      cookies: [],
      content: { size: PADDING.length, mimeType: 'application/json', text: `{"id":${i},"padding":"${PADDING}"}` },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 9, receive: 1 },
    serverIPAddress: '203.0.113.7',
    _resourceType: i === 0 ? 'document' : 'fetch',
  };
}
