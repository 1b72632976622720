// Approximate "site" (registrable domain) without the Public Suffix List, which would not fit the
// bundle budget: the last two labels of the host name. This errs on multi-label suffixes
// (`a.co.uk` and `b.co.uk` look same-site) and treats IP literals as their own site. Good enough to
// say "this request was probably cross-site"; the evidence never claims more than that.

export function siteOf(urlOrOrigin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(urlOrOrigin);
  } catch {
    return undefined;
  }
  return siteOfUrl(url);
}

/** {@link siteOf} of an already parsed URL. */
export function siteOfUrl(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  if (host === '') return undefined;
  if (host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return host;
  const labels = host.replace(/\.$/, '').split('.');
  return labels.slice(-2).join('.');
}

/** True when both sites are known and differ; undefined when either cannot be told. */
export function isCrossSite(requestUrl: string, other: string | undefined): boolean | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(requestUrl);
  } catch {
    parsed = undefined;
  }
  return isCrossSiteParsed(parsed, other);
}

/** {@link isCrossSite} with the request URL already parsed (undefined: it does not parse). */
export function isCrossSiteParsed(request: URL | undefined, other: string | undefined): boolean | undefined {
  if (other === undefined || other === '' || other === 'null') return undefined;
  const a = request === undefined ? undefined : siteOfUrl(request);
  const b = siteOf(other);
  if (a === undefined || b === undefined) return undefined;
  return a !== b;
}
