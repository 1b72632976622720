// Where APIs expect a key outside `Authorization`: a data table (one row per carrier, citing its
// source) and a finder that describes what was sent by shape only.

import type { ApiKeyShape, Header } from '../../types';
import { readCredential, headerValueProblems } from './value-problems';
import { isSanitizerPlaceholder } from '../../knowledge/sanitizer-placeholders';

export interface ApiKeyCarrier {
  carrier: 'header' | 'query';
  /** Header or parameter name; matched case-insensitively. */
  name: string;
  /** Who documents it. */
  source: string;
}

export const API_KEY_CARRIERS: readonly ApiKeyCarrier[] = [
  { carrier: 'header', name: 'X-API-Key', source: 'AWS API Gateway (API keys), Anthropic API, many others' },
  { carrier: 'header', name: 'api-key', source: 'Azure OpenAI / Azure AI Search REST API' },
  { carrier: 'header', name: 'Ocp-Apim-Subscription-Key', source: 'Azure API Management, Azure AI services' },
  { carrier: 'header', name: 'PRIVATE-TOKEN', source: 'GitLab REST API (personal access tokens)' },
  { carrier: 'header', name: 'X-Auth-Token', source: 'OpenStack Keystone; Docker Hub; many APIs' },
  { carrier: 'header', name: 'apikey', source: 'Supabase (PostgREST gateway), Kong key-auth' },
  { carrier: 'header', name: 'x-goog-api-key', source: 'Google Cloud APIs (API keys)' },
  { carrier: 'header', name: 'X-Api-Token', source: 'various APIs' },
  { carrier: 'header', name: 'X-Access-Token', source: 'various APIs' },
  { carrier: 'header', name: 'Circle-Token', source: 'CircleCI API v2' },
  { carrier: 'header', name: 'x-functions-key', source: 'Azure Functions (function keys)' },
  { carrier: 'header', name: 'X-Shopify-Access-Token', source: 'Shopify Admin API' },
  { carrier: 'header', name: 'X-Vault-Token', source: 'HashiCorp Vault HTTP API' },
  { carrier: 'header', name: 'X-Consul-Token', source: 'HashiCorp Consul HTTP API' },
  { carrier: 'header', name: 'DD-API-KEY', source: 'Datadog API' },
  { carrier: 'header', name: 'DD-APPLICATION-KEY', source: 'Datadog API' },
  { carrier: 'header', name: 'X-Figma-Token', source: 'Figma REST API' },
  { carrier: 'header', name: 'X-Auth-Key', source: 'Cloudflare API (legacy global API key)' },
  { carrier: 'header', name: 'X-Algolia-API-Key', source: 'Algolia REST API' },
  { carrier: 'header', name: 'X-Postmark-Server-Token', source: 'Postmark API' },
  { carrier: 'header', name: 'X-Riot-Token', source: 'Riot Games API' },
  { carrier: 'header', name: 'X-JFrog-Art-Api', source: 'JFrog Artifactory REST API' },
  { carrier: 'header', name: 'X-Redmine-API-Key', source: 'Redmine REST API' },
  { carrier: 'query', name: 'api_key', source: 'various APIs (e.g. NASA, TMDB)' },
  { carrier: 'query', name: 'apikey', source: 'various APIs' },
  { carrier: 'query', name: 'api-key', source: 'Azure AI Search (query form)' },
  { carrier: 'query', name: 'key', source: 'Google APIs (`?key=`)' },
  { carrier: 'query', name: 'access_token', source: 'RFC 6750 §2.3 URI query parameter (discouraged)' },
  { carrier: 'query', name: 'token', source: 'various APIs' },
  { carrier: 'query', name: 'auth', source: 'Firebase Realtime Database REST (`?auth=`)' },
  { carrier: 'query', name: 'private_token', source: 'GitLab REST API (query form)' },
  { carrier: 'query', name: 'subscription-key', source: 'Azure API Management (query form)' },
  { carrier: 'query', name: 'appid', source: 'OpenWeather API' },
];

const HEADER_NAMES: ReadonlySet<string> = new Set(
  API_KEY_CARRIERS.filter((c) => c.carrier === 'header').map((c) => c.name.toLowerCase()),
);
const QUERY_NAMES: ReadonlySet<string> = new Set(
  API_KEY_CARRIERS.filter((c) => c.carrier === 'query').map((c) => c.name.toLowerCase()),
);

/** Bound on reported keys: a hostile request cannot make Facts grow without limit. */
const MAX_KEYS = 20;
const MAX_NAME = 100;

function shape(carrier: 'header' | 'query', name: string, value: string): ApiKeyShape {
  const trimmed = value.trim();
  if (isSanitizerPlaceholder(trimmed, { hashes: false }))
    return { carrier, name: name.slice(0, MAX_NAME), length: trimmed.length, problems: [], redacted: true };
  const reading = readCredential(trimmed, { checkWhitespace: true });
  const problems = [...new Set([...headerValueProblems(value), ...reading.problems])];
  return { carrier, name: name.slice(0, MAX_NAME), length: trimmed.length, problems };
}

function queryPairs(url: string): Array<[string, string]> {
  let search: string;
  try {
    search = new URL(url).search;
  } catch {
    return [];
  }
  const pairs: Array<[string, string]> = [];
  for (const pair of search.slice(1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const rawValue = pair.slice(eq + 1);
    try {
      const name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, ' '));
      pairs.push([name, decodeURIComponent(rawValue.replace(/\+/g, ' '))]);
    } catch {
      // Malformed percent-encoding: keep the raw text, it still has a shape.
      pairs.push([pair.slice(0, eq), rawValue]);
    }
  }
  return pairs;
}

/** API keys sent in known header or query carriers, described by shape (never the value). */
export function findApiKeys(headers: Header[], url: string): ApiKeyShape[] {
  const found: ApiKeyShape[] = [];
  try {
    for (const header of headers) {
      if (found.length >= MAX_KEYS) break;
      if (HEADER_NAMES.has(header.name.toLowerCase())) found.push(shape('header', header.name, header.value));
    }
    for (const [name, value] of queryPairs(url)) {
      if (found.length >= MAX_KEYS) break;
      if (QUERY_NAMES.has(name.toLowerCase())) found.push(shape('query', name, value));
    }
  } catch {
    // Malformed input (e.g. a non-string header value from a broken HAR): report what was found.
  }
  return found;
}
