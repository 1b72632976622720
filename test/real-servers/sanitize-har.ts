// What Chrome (130 and later) exports by default, "Export HAR (sanitized)": the same HAR without the
// Authorization, Cookie and Set-Cookie headers and with empty cookie lists. Support engineers mostly
// receive this kind, so every case is diagnosed on it too.

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie']);

interface NameValue {
  name: string;
  value: string;
}

interface Message {
  headers: NameValue[];
  cookies?: unknown[];
  [key: string]: unknown;
}

export interface RecordedHar {
  log: { entries: Array<{ request: Message; response: Message; [key: string]: unknown }>; [key: string]: unknown };
}

function sanitizeMessage(message: Message): Message {
  const out: Message = {
    ...message,
    headers: message.headers.filter((h) => !SECRET_HEADERS.has(h.name.toLowerCase())),
  };
  if (message.cookies !== undefined) out.cookies = [];
  return out;
}

export function sanitizeHar(har: RecordedHar): RecordedHar {
  return {
    ...har,
    log: {
      ...har.log,
      entries: har.log.entries.map((entry) => ({
        ...entry,
        request: sanitizeMessage(entry.request),
        response: sanitizeMessage(entry.response),
      })),
    },
  };
}

/** Whether the request of an entry carried credentials (an Authorization or Cookie header, or cookies). */
export function carriedCredentials(entry: RecordedHar['log']['entries'][number]): boolean {
  const { headers, cookies } = entry.request;
  return (
    headers.some((h) => h.name.toLowerCase() === 'authorization' || h.name.toLowerCase() === 'cookie') ||
    (cookies?.length ?? 0) > 0
  );
}
