// Knowledge tables: what real products mean when they answer 401/407. See row.ts for the row shape.
export type { HeaderRow, Matcher, TextRow } from './row';
export { BODY_MESSAGES } from './body-messages';
export { PROXY_BODIES, PROXY_HEADERS } from './proxy-signatures';
export { STATUS_TEXTS } from './status-texts';
export { VENDOR_HEADERS } from './vendor-headers';
export {
  EXCERPT_LIMIT,
  HEADER_VALUE_LIMIT,
  MAX_SIGNALS,
  matchChallengeText,
  matchHeaders,
  matchKnown,
  matchText,
  type KnownInput,
} from './match-known';
