// Approximate "site" (registrable domain) without the Public Suffix List, which would not fit the
// bundle budget: the last two labels of the host name. This errs on multi-label suffixes
// (`a.co.uk` and `b.co.uk` look same-site) and treats IP literals as their own site. Good enough to
// say "this request was probably cross-site"; the evidence never claims more than that.

export function siteOf(urlOrOrigin: string): string | undefined {
  let host: string;
  try {
    host = new URL(urlOrOrigin).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === '') return undefined;
  if (host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return host;
  const labels = host.replace(/\.$/, '').split('.');
  return labels.slice(-2).join('.');
}

/** True when both sites are known and differ; undefined when either cannot be told. */
export function isCrossSite(requestUrl: string, other: string | undefined): boolean | undefined {
  if (other === undefined || other === '' || other === 'null') return undefined;
  const a = siteOf(requestUrl);
  const b = siteOf(other);
  if (a === undefined || b === undefined) return undefined;
  return a !== b;
}
