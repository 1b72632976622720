// Forward proxies, secure web gateways, firewalls and access gateways, recognised by a header or
// body text that only the intermediary itself produces. docs/design.md: a `Via` or CDN header alone
// (`via`, `cf-ray`, `x-amz-cf-id`, `x-cache`, `x-served-by`) is NOT proof, because many origins sit
// behind a CDN; so no row here matches those headers generically. A `Via` row exists only where the
// value names a forward-proxy product (Forefront TMG / ISA).
import type { HeaderRow, TextRow } from './row';

export const PROXY_HEADERS: readonly HeaderRow[] = [
  {
    id: 'squid-error-header',
    cause: 'proxy-or-firewall',
    product: 'Squid',
    // Squid adds X-Squid-Error only to error pages it generated itself (ERR_CACHE_ACCESS_DENIED for
    // proxy_auth failures, ERR_ACCESS_DENIED for http_access deny).
    source:
      'https://github.com/squid-cache/squid/blob/master/src/errorpage.cc (X-Squid-Error) ; https://wiki.squid-cache.org/SquidFaq/SquidAcl',
    header: 'x-squid-error',
  },
  {
    id: 'squid-server-header',
    cause: 'proxy-or-firewall',
    product: 'Squid',
    source:
      'https://github.com/squid-cache/squid/blob/master/src/errorpage.cc (error pages carry "Server: squid/<version>")',
    header: 'server',
    value: /^\s{0,4}squid\b/i,
  },
  {
    id: 'squid-proxy-realm',
    cause: 'proxy-or-firewall',
    product: 'Squid',
    // Squid's default Basic realm; a proxy that answers a wrong proxy password with 401 (a transparent
    // or misconfigured one) still names itself there.
    source: 'https://www.squid-cache.org/Doc/config/auth_param/ (realm default "Squid proxy-caching web server")',
    header: ['www-authenticate', 'proxy-authenticate'],
    value: /\brealm\s{0,4}=\s{0,4}"?Squid proxy-caching web server/i,
  },
  {
    id: 'zscaler-server-header',
    cause: 'proxy-or-firewall',
    product: 'Zscaler Internet Access',
    source:
      'https://help.zscaler.com/zia/understanding-basic-authentication (ZIA Public Service Edge answers the proxy challenge; its pages carry "Server: Zscaler/<version>")',
    header: 'server',
    value: /\bzscaler\b/i,
  },
  {
    id: 'bluecoat-via-header',
    cause: 'proxy-or-firewall',
    product: 'Blue Coat / Symantec ProxySG',
    source:
      'https://knowledge.broadcom.com/external/article/175453 (ProxySG authentication; ProxySG adds X-BlueCoat-Via to proxied traffic)',
    header: 'x-bluecoat-via',
  },
  {
    id: 'forefront-tmg-via',
    cause: 'proxy-or-firewall',
    product: 'Microsoft Forefront TMG / ISA Server',
    source:
      'https://tmgblog.richardhicks.com/2011/08/29/access-to-the-web-proxy-filter-on-forefront-tmg-2010-is-denied/',
    header: 'via',
    value: /\b(?:Forefront TMG|TMG|ISA Server|ISA)\b/i,
  },
  {
    id: 'cloudflare-access-header',
    cause: 'proxy-or-firewall',
    product: 'Cloudflare Access (Zero Trust)',
    // Access-specific headers (cf-access-*), never the generic cf-ray / cf-cache-status.
    source:
      'https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/ (CF_Authorization cookie, Cf-Access-* headers)',
    header: 'cf-access-*',
  },
  {
    id: 'cloudflare-access-cookie',
    cause: 'proxy-or-firewall',
    product: 'Cloudflare Access (Zero Trust)',
    source: 'https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/ (CF_Authorization cookie)',
    header: 'set-cookie',
    value: /(?:^|\n)\s{0,4}CF_Authorization=/i,
  },
  {
    id: 'mcafee-web-gateway-header',
    cause: 'proxy-or-firewall',
    product: 'McAfee / Skyhigh Web Gateway',
    source:
      'https://docs.trellix.com/ (Web Gateway authentication; responses carry "Via: ... (McAfee Web Gateway ...)")',
    header: 'via',
    value: /McAfee Web Gateway|Skyhigh Secure Web Gateway/i,
  },
];

export const PROXY_BODIES: readonly TextRow[] = [
  {
    id: 'squid-cache-access-denied',
    cause: 'proxy-or-firewall',
    product: 'Squid',
    source:
      'https://github.com/squid-cache/squid/blob/master/errors/templates/ERR_CACHE_ACCESS_DENIED ("Cache Access Denied")',
    match: /\bERR_CACHE_ACCESS_DENIED\b|Cache Access Denied/i,
  },
  {
    id: 'squid-generated-footer',
    cause: 'proxy-or-firewall',
    product: 'Squid',
    source:
      'https://github.com/squid-cache/squid/blob/master/errors/templates/ERR_ACCESS_DENIED (footer "Generated ... by ... (squid/<version>)")',
    match: /\(squid\/\d/i,
  },
  {
    id: 'forefront-tmg-authorization',
    cause: 'proxy-or-firewall',
    product: 'Microsoft Forefront TMG / ISA Server',
    source:
      'https://tmgblog.richardhicks.com/2011/08/29/access-to-the-web-proxy-filter-on-forefront-tmg-2010-is-denied/ (12209 "Forefront TMG requires authorization to fulfill the request. Access to the Web Proxy filter is denied.")',
    match:
      /(?:Forefront TMG|ISA Server) requires authorization to fulfill the request|Access to the Web Proxy filter is denied/i,
  },
  {
    id: 'zscaler-page',
    cause: 'proxy-or-firewall',
    product: 'Zscaler Internet Access',
    source:
      'https://help.zscaler.com/zia/about-end-user-notifications (end-user notification pages, gateway.zscaler.net / zscloud.net)',
    match: /\bzscaler\b|\bzscloud\.net\b/i,
  },
  {
    id: 'bluecoat-page',
    cause: 'proxy-or-firewall',
    product: 'Blue Coat / Symantec ProxySG',
    source: 'https://knowledge.broadcom.com/external/article/166820 (ProxySG authentication exception pages)',
    match: /\bBlue ?Coat\b|\bProxySG\b|\bauthentication_failed\b/i,
  },
  {
    id: 'forcepoint-page',
    cause: 'proxy-or-firewall',
    product: 'Forcepoint / Websense Web Security',
    source: 'https://help.forcepoint.com/websec/ (block and authentication pages)',
    match: /\b(?:Forcepoint|Websense)\b/i,
  },
  {
    id: 'paloalto-captive-portal',
    cause: 'proxy-or-firewall',
    product: 'Palo Alto Networks captive portal',
    source:
      'https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-admin/user-id/map-ip-addresses-to-users/map-ip-addresses-to-usernames-using-captive-portal (redirect to /php/uid.php?vsys=...)',
    match: /\/php\/uid\.php\?vsys=|Palo Alto Networks/i,
  },
  {
    id: 'fortigate-auth',
    cause: 'proxy-or-firewall',
    product: 'Fortinet FortiGate',
    source:
      'https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/ (firewall authentication portal /fgtauth, FortiGuard web filter pages)',
    match: /\bfgtauth\b|\bFortiGuard\b|\bFortiGate\b/i,
  },
  {
    id: 'cisco-wsa-page',
    cause: 'proxy-or-firewall',
    product: 'Cisco Web Security Appliance / Umbrella',
    source:
      'https://www.cisco.com/c/en/us/td/docs/security/wsa/ (end-user notification pages); https://docs.umbrella.com/ (block pages)',
    match: /\bIronPort\b|Cisco Web Security|\bCisco Umbrella\b|\bblock\.opendns\.com\b/i,
  },
  {
    id: 'sophos-page',
    cause: 'proxy-or-firewall',
    product: 'Sophos Firewall / UTM',
    source: 'https://docs.sophos.com/nsg/sophos-firewall/ (captive portal on :8090/httpclient.html)',
    match: /\bSophos\b|:8090\/httpclient\.html/i,
  },
  {
    id: 'pfsense-captive-portal',
    cause: 'proxy-or-firewall',
    product: 'pfSense / OPNsense captive portal',
    source: 'https://docs.netgate.com/pfsense/en/latest/captiveportal/index.html',
    match: /\bpfSense\b|\bOPNsense\b|\bcaptiveportal\b/i,
  },
  {
    id: 'cloudflare-access-page',
    cause: 'proxy-or-firewall',
    product: 'Cloudflare Access (Zero Trust)',
    source: 'https://developers.cloudflare.com/cloudflare-one/applications/ (login at <team>.cloudflareaccess.com)',
    match: /\bcloudflareaccess\.com\b/i,
  },
  {
    id: 'netskope-page',
    cause: 'proxy-or-firewall',
    product: 'Netskope',
    source: 'https://docs.netskope.com/ (user notification pages)',
    match: /\bNetskope\b/i,
  },
  {
    id: 'generic-network-login',
    cause: 'proxy-or-firewall',
    product: 'generic',
    source: 'RFC 6585 §6 511 Network Authentication Required (https://www.rfc-editor.org/rfc/rfc6585#section-6)',
    match: /\bcaptive portal\b|\bNetwork Authentication Required\b|\bproxy authentication required\b/i,
    generic: true,
  },
];
