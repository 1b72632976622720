// Turns webRequest event details into the rule module's Exchange. Runs only for 401/407 responses.
import type { Exchange, Header, ResourceType } from '../rules/types';
import { isResourceType } from '../rules';

export interface ResponseDetails {
  url: string;
  method: string;
  type: string;
  statusCode: number;
  statusLine?: string;
  responseHeaders?: Array<{ name: string; value?: string }>;
  timeStamp: number;
  ip?: string;
  fromCache?: boolean;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
}

/**
 * Firefox says `object`, `csp_report`...: fold what the rules don't distinguish into `other`. Its
 * `imageset` and `beacon` never reach us: the worker's filters (index.ts) leave images and beacons out.
 */
export function resourceTypeOf(type: string): ResourceType {
  return isResourceType(type) ? type : 'other';
}

/** `HTTP/1.1 401 Unauthorized` -> `Unauthorized`. */
export function statusTextOf(statusLine: string | undefined): string {
  if (!statusLine) return '';
  const match = /^\S+\s+\d{3}\s?(.*)$/.exec(statusLine);
  return match?.[1]?.trim() ?? '';
}

export function headerList(headers: Array<{ name: string; value?: string }> | undefined): Header[] {
  return (headers ?? []).map((header) => ({ name: header.name, value: header.value ?? '' }));
}

export function exchangeFromDetails(
  details: ResponseDetails,
  requestHeaders: Array<{ name: string; value?: string }>,
  pageUrl: string | undefined,
): Exchange {
  return {
    url: details.url,
    method: details.method,
    resourceType: resourceTypeOf(details.type),
    status: details.statusCode,
    statusText: statusTextOf(details.statusLine),
    requestHeaders: headerList(requestHeaders),
    responseHeaders: headerList(details.responseHeaders),
    startedAt: details.timeStamp,
    ...(details.ip ? { serverIp: details.ip } : {}),
    fromCache: details.fromCache ?? false,
    ...((details.initiator ?? details.originUrl) ? { initiator: details.initiator ?? details.originUrl } : {}),
    ...(pageUrl ? { pageUrl } : {}),
  };
}
