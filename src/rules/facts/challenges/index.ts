// WWW-Authenticate / Proxy-Authenticate challenges (RFC 9110 §11.2, §11.6.1, §11.7.1).
export { parseChallenges, MAX_CHALLENGES, MAX_PARAMS, MAX_VALUE_LENGTH, MAX_NAME_LENGTH } from './parse-challenges';
export { challengeParam, hasScheme } from './find-param';
export { formatChallenge, MAX_SHOWN_TOKEN68 } from './format-challenge';
