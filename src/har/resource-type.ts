import type { ResourceType } from '../rules/types';

// Chrome's HAR `_resourceType` (DevTools' resource types) in webRequest's vocabulary.
const CHROME_TYPES: Record<string, ResourceType> = {
  document: 'main_frame',
  stylesheet: 'stylesheet',
  image: 'image',
  media: 'media',
  texttrack: 'media',
  font: 'font',
  script: 'script',
  xhr: 'xmlhttprequest',
  fetch: 'fetch',
  eventsource: 'xmlhttprequest',
  websocket: 'websocket',
  ping: 'ping',
  cspviolationreport: 'ping',
  preflight: 'other',
  manifest: 'other',
  other: 'other',
};

// Firefox and Safari HARs have no resource type; `Sec-Fetch-Dest` (Fetch Metadata) says the same.
const FETCH_DEST_TYPES: Record<string, ResourceType> = {
  document: 'main_frame',
  iframe: 'sub_frame',
  frame: 'sub_frame',
  script: 'script',
  style: 'stylesheet',
  image: 'image',
  font: 'font',
  audio: 'media',
  video: 'media',
  track: 'media',
  empty: 'fetch',
  websocket: 'websocket',
  report: 'ping',
};

export function resourceTypeOf(
  chromeType: string | undefined,
  fetchDest: string | undefined,
): ResourceType | undefined {
  const dest = fetchDest?.trim().toLowerCase();
  // Chrome says `document` for frames too; Sec-Fetch-Dest tells them apart.
  if (chromeType === 'document' && (dest === 'iframe' || dest === 'frame')) return 'sub_frame';
  if (chromeType !== undefined && Object.hasOwn(CHROME_TYPES, chromeType)) return CHROME_TYPES[chromeType];
  if (dest !== undefined && Object.hasOwn(FETCH_DEST_TYPES, dest)) return FETCH_DEST_TYPES[dest];
  return undefined;
}
