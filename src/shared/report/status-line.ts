import type { ResponseFacts } from '../../rules/types';
import { sanitizeText } from '../i18n/sanitize-text';

// HTTP/2 and HTTP/3 carry no reason phrase, so the standard one stands in (RFC 9110 §15.5.2, §15.5.8).
const REASONS: Record<number, string> = { 401: 'Unauthorized', 407: 'Proxy Authentication Required' };

/** `401 Unauthorized`; the server's own reason phrase when it sent one (sanitised). */
export function statusLine(response: Pick<ResponseFacts, 'status' | 'statusText'>): string {
  const text = sanitizeText(response.statusText.trim(), 100) || REASONS[response.status] || '';
  return text === '' ? String(response.status) : `${response.status} ${text}`;
}
