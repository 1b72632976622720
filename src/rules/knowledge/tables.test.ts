import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../types';
import { BODY_MESSAGES } from './body-messages';
import { matchHeaders, matchText } from './match-known';
import { PROXY_BODIES, PROXY_HEADERS } from './proxy-signatures';
import type { HeaderRow, Matcher, TextRow } from './row';
import { STATUS_TEXTS } from './status-texts';
import { VENDOR_HEADERS } from './vendor-headers';

const TEXT_ROWS: readonly TextRow[] = [...BODY_MESSAGES, ...PROXY_BODIES, ...STATUS_TEXTS];
const HEADER_ROWS: readonly HeaderRow[] = [...VENDOR_HEADERS, ...PROXY_HEADERS];
const ALL = [...TEXT_ROWS, ...HEADER_ROWS];

/** A real-looking text for every text row: each row must match its own example. */
const TEXT_EXAMPLES: Record<string, string> = {
  'github-bad-credentials':
    '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}',
  'github-requires-authentication':
    '{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest"}',
  'npm-otp-body': '{"error":"This operation requires a one-time password from your authenticator."}',
  'stripe-invalid-api-key':
    '{"error":{"message":"Invalid API Key provided: sk_test_****1234","type":"invalid_request_error"}}',
  'stripe-expired-api-key':
    '{"error":{"code":"api_key_expired","message":"Expired API Key provided: sk_live_****abcd"}}',
  'stripe-no-api-key':
    '{"error":{"message":"You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').","type":"invalid_request_error"}}',
  'openai-incorrect-api-key':
    '{"error":{"message":"Incorrect API key provided: sk-proj-****MxYA. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
  'openai-no-api-key':
    '{"error":{"message":"You didn\'t provide an API key. You need to provide your API key in an Authorization header using Bearer auth","type":"invalid_request_error"}}',
  'anthropic-invalid-x-api-key':
    '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
  'jsonwebtoken-jwt-expired':
    '{"name":"TokenExpiredError","message":"jwt expired","expiredAt":"2024-05-01T10:00:00.000Z"}',
  'jsonwebtoken-invalid-signature': '{"name":"JsonWebTokenError","message":"invalid signature"}',
  'jsonwebtoken-jwt-malformed': '{"name":"JsonWebTokenError","message":"jwt malformed"}',
  'jsonwebtoken-jwt-not-active':
    '{"name":"NotBeforeError","message":"jwt not active","date":"2024-05-01T10:10:00.000Z"}',
  'jsonwebtoken-jwt-must-be-provided': '{"message":"jwt must be provided"}',
  'jsonwebtoken-claim-invalid': '{"message":"jwt audience invalid. expected: https://api.example.com"}',
  'express-jwt-no-token': 'UnauthorizedError: No authorization token was found',
  'express-jwt-bad-format': 'UnauthorizedError: Format is Authorization: Bearer [token]',
  'jose-exp-check-failed': '{"error":"invalid_token","error_description":"\\"exp\\" claim timestamp check failed"}',
  'jose-nbf-iat-check-failed': '"nbf" claim timestamp check failed',
  'jose-signature-verification-failed': '{"error":"invalid_token","error_description":"signature verification failed"}',
  'envoy-jwt-expired': 'Jwt is expired',
  'envoy-jwt-not-yet-valid': 'Jwt not yet valid',
  'envoy-jwt-missing': 'Jwt is missing',
  'envoy-jwt-verification-fails': 'Jwt verification fails',
  'postgrest-pgrst301': '{"code":"PGRST301","details":null,"hint":null,"message":"JWSError JWSInvalidSignature"}',
  'postgrest-pgrst302': '{"code":"PGRST302","details":null,"hint":null,"message":"Anonymous access is disabled"}',
  'postgrest-jwt-issued-at-future': '{"code":"PGRST303","details":null,"hint":null,"message":"JWT issued at future"}',
  'postgrest-pgrst303': '{"code":"PGRST303","details":null,"hint":null,"message":"JWT expired"}',
  'supabase-invalid-api-key':
    '{"message":"Invalid API key","hint":"Double check your Supabase `anon` or `service_role` API key."}',
  'golang-jwt-token-expired-by':
    '{"code":401,"error_code":"bad_jwt","msg":"invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired by 1h0m0s"}',
  'kong-no-api-key': '{"message":"No API key found in request"}',
  'kong-invalid-credentials': '{"message":"Invalid authentication credentials"}',
  'hasura-jwt-expired':
    '{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}',
  'firebase-id-token-expired': '{"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}',
  'firebase-invalid-id-token': '{"error":{"code":400,"message":"INVALID_ID_TOKEN"}}',
  'firebase-user-disabled': '{"error":{"code":400,"message":"USER_DISABLED"}}',
  'firebase-admin-id-token-expired':
    'Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).',
  'google-invalid-credentials':
    '{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}}',
  'google-missing-credentials':
    '{"error":{"code":401,"message":"Request is missing required authentication credential. Expected OAuth 2 access token.","status":"UNAUTHENTICATED"}}',
  'google-access-token-expired':
    '{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_EXPIRED"}]}}',
  'google-api-key-invalid':
    '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}',
  'google-insufficient-scopes':
    '{"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED"}}',
  'google-unauthenticated': '{"error":{"code":401,"message":"...","status": "UNAUTHENTICATED"}}',
  'aws-security-token-expired':
    '{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}',
  'aws-security-token-invalid':
    '{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}',
  'aws-signature-mismatch':
    '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>',
  'aws-signature-expired':
    '{"message":"Signature expired: 20240501T100000Z is now earlier than 20240501T100500Z (20240501T101000Z - 5 min.)"}',
  'aws-apigateway-unauthorized': '{"message":"Unauthorized"}',
  'aws-cognito-token-expired': '{"__type":"NotAuthorizedException","message":"Access Token has expired"}',
  'aws-cognito-token-revoked': '{"__type":"NotAuthorizedException","message":"Access Token has been revoked"}',
  'azure-expired-authentication-token':
    '{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}}',
  'msgraph-token-expired':
    '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}',
  'msgraph-compact-token-parsing':
    '{"error":{"code":"InvalidAuthenticationToken","message":"CompactToken parsing failed with error code: 80049217"}}',
  'azure-invalid-authentication-token':
    '{"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}}',
  'azure-apim-invalid-subscription-key':
    '{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }',
  'azure-apim-missing-subscription-key':
    '{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }',
  'identitymodel-lifetime-expired':
    'IDX10223: Lifetime validation failed. The token is expired. ValidTo: 05/01/2024 10:00:00',
  'identitymodel-lifetime-not-yet-valid': 'IDX10222: Lifetime validation failed. The token is not yet valid.',
  'identitymodel-signature-invalid': 'IDX10511: Signature validation failed. Keys tried: ...',
  'azure-storage-authentication-failed':
    '<Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.</Message></Error>',
  'spring-full-authentication-required':
    '{"timestamp":"2024-05-01T10:00:00.000+00:00","status":401,"error":"Unauthorized","message":"Full authentication is required to access this resource","path":"/api/me"}',
  'spring-jwt-expired-at': 'An error occurred while attempting to decode the Jwt: Jwt expired at 2024-05-01T10:00:00Z',
  'tomcat-requires-http-authentication': '<p><b>Description</b> This request requires HTTP authentication.</p>',
  'drf-not-authenticated': '{"detail":"Authentication credentials were not provided."}',
  'drf-invalid-token': '{"detail":"Invalid token."}',
  'drf-invalid-header': '{"detail":"Invalid basic header. Credentials not correctly base64 encoded."}',
  'drf-invalid-username-password': '{"detail":"Invalid username/password."}',
  'drf-user-inactive': '{"detail":"User inactive or deleted."}',
  'simplejwt-token-not-valid':
    '{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}',
  'simplejwt-token-blacklisted': '{"detail":"Token is blacklisted","code":"token_not_valid"}',
  'fastapi-not-authenticated': '{"detail":"Not authenticated"}',
  'fastapi-could-not-validate-credentials': '{"detail":"Could not validate credentials"}',
  'flask-jwt-extended-missing-header': '{"msg":"Missing Authorization Header"}',
  'flask-jwt-extended-bad-header': '{"msg":"Bad Authorization header. Expected \'Authorization: Bearer <JWT>\'"}',
  'laravel-unauthenticated': '{"message":"Unauthenticated."}',
  'lexik-jwt-expired': '{"code":401,"message":"Expired JWT Token"}',
  'lexik-jwt-not-found': '{"code":401,"message":"JWT Token not found"}',
  'lexik-jwt-invalid': '{"code":401,"message":"Invalid JWT Token"}',
  'wordpress-rest-cookie-invalid-nonce':
    '{"code":"rest_cookie_invalid_nonce","message":"Cookie check failed","data":{"status":403}}',
  'wordpress-rest-not-logged-in':
    '{"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}}',
  'wordpress-rest-forbidden':
    '{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
  'wordpress-application-password-invalid':
    '{"code":"incorrect_password","message":"The provided password is an invalid application password.","data":null}',
  'wordpress-jwt-auth-invalid-token':
    '{"code":"jwt_auth_invalid_token","message":"Signature verification failed","data":{"status":403}}',
  'wordpress-jwt-auth-bad-header':
    '{"code":"jwt_auth_bad_auth_header","message":"Authorization header malformed.","data":{"status":403}}',
  'wordpress-jwt-auth-no-header':
    '{"code":"jwt_auth_no_auth_header","message":"Authorization header not found.","data":{"status":403}}',
  'devise-sign-in-required': '{"error":"You need to sign in or sign up before continuing."}',
  'devise-session-timeout': '{"error":"Your session expired. Please sign in again to continue."}',
  'devise-invalid': '{"error":"Invalid Email or password."}',
  'devise-locked': '{"error":"Your account is locked."}',
  'keycloak-token-verification-failed': '{"error":"invalid_token","error_description":"Token verification failed"}',
  'keycloak-token-not-active': '{"error":"invalid_token","error_description":"Token is not active"}',
  'keycloak-session-not-active': '{"error":"invalid_grant","error_description":"Session not active"}',
  'okta-invalid-token':
    '{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae5F52UwRnQsOUuKlNn7nhkw","errorCauses":[]}',
  'okta-authentication-failed': '{"errorCode":"E0000004","errorSummary":"Authentication failed","errorCauses":[]}',
  'kubernetes-unauthorized':
    '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}',
  'docker-registry-unauthorized':
    '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Name":"library/app","Action":"pull"}]}]}',
  'gitlab-401-unauthorized': '{"message":"401 Unauthorized"}',
  'discord-401-unauthorized': '{"message": "401: Unauthorized", "code": 0}',
  'slack-invalid-auth': '{"ok":false,"error":"invalid_auth"}',
  'slack-not-authed': '{"ok":false,"error":"not_authed"}',
  'slack-token-revoked': '{"ok":false,"error":"token_revoked"}',
  'slack-token-expired': '{"ok":false,"error":"token_expired"}',
  'slack-missing-scope': '{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"}',
  'twilio-authenticate':
    '{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}',
  'atlassian-client-must-be-authenticated':
    '{"errorMessages":["Client must be authenticated to access this resource."],"errors":{}}',
  'shopify-invalid-api-key':
    '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}',
  'sendgrid-grant-invalid':
    '{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked"}]}',
  'cloudflare-api-authentication-error':
    '{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}',
  'nginx-401-page':
    '<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>',
  'apache-401-page':
    '<title>401 Unauthorized</title></head><body><h1>Unauthorized</h1><p>This server could not verify that you\nare authorized to access the document\nrequested.',
  'haproxy-401-page':
    '<html><body><h1>401 Unauthorized</h1>\nYou need a valid user and password to access this content.\n</body></html>',
  'iis-401-1': '<h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2>',
  'iis-401-2': '<h2>401.2 - Unauthorized: Access is denied due to server configuration.</h2>',
  'iis-401-3': '<h2>401.3 - Unauthorized: Access is denied due to an ACL set on the requested resource.</h2>',
  'iis-401-credentials-supplied':
    '<h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3>',
  'generic-token-expired': 'The access token expired',
  'generic-session-expired': 'Your session has expired, please log in again',
  'generic-revoked': '{"msg":"Token has been revoked"}',
  'generic-logged-out': 'You have been logged out.',
  'generic-insufficient-scope': '{"error":"insufficient_scope"}',
  'generic-no-permission': 'User does not have permission to access this project',
  'generic-invalid-api-key': '{"message":"Invalid API key"}',
  'generic-invalid-token': '{"error":"invalid_token"}',
  // proxy bodies
  'squid-cache-access-denied': '<title>ERROR: Cache Access Denied</title> ... ERR_CACHE_ACCESS_DENIED',
  'squid-generated-footer':
    '<div id="footer"><p>Generated Wed, 01 May 2024 10:00:00 GMT by proxy.corp.example (squid/5.7)</p></div>',
  'forefront-tmg-authorization':
    'Error Code: 407 Proxy Authentication Required. Forefront TMG requires authorization to fulfill the request. Access to the Web Proxy filter is denied. (12209)',
  'zscaler-page': '<title>Internet Security by Zscaler</title>',
  'bluecoat-page': '<p>Contact your Blue Coat administrator.</p>',
  'forcepoint-page': '<title>Forcepoint - Authentication required</title>',
  'paloalto-captive-portal':
    '<a href="https://10.0.0.1:6082/php/uid.php?vsys=1&rule=0&url=https://app.example/">Login</a>',
  'fortigate-auth': '<form action="/fgtauth" method="post"><input type="hidden" name="magic" value="0a1b2c">',
  'cisco-wsa-page': '<title>Notification: Authentication Required - Cisco Web Security Appliance</title>',
  'sophos-page': '<a href="http://gateway.corp:8090/httpclient.html">Sign in</a>',
  'pfsense-captive-portal':
    '<form method="post" action="https://portal.example:8003/index.php?zone=guest"><!-- pfSense captiveportal -->',
  'cloudflare-access-page':
    '<a href="https://acme.cloudflareaccess.com/cdn-cgi/access/login/app.acme.example">Sign in</a>',
  'netskope-page': '<title>Netskope - Access Denied</title>',
  'generic-network-login': '<title>Network Authentication Required</title>',
  // status texts
  'status-forefront-tmg':
    'Proxy Authentication Required ( Forefront TMG requires authorization to fulfill the request. Access to the Web Proxy filter is denied.  )',
  'status-token-expired': 'Unauthorized: Token Expired',
  'status-token-revoked': 'Token Revoked',
  'status-invalid-token': 'Invalid Token',
  'status-authorization-required': 'Authorization Required',
  'status-access-denied': 'Access Denied',
  'status-proxy-authentication-required': 'Proxy Authentication Required',
};

/** A header carrying each header row's signal. */
const HEADER_EXAMPLES: Record<string, [name: string, value: string]> = {
  'azure-x-ms-error-code-no-auth': ['x-ms-error-code', 'NoAuthenticationInformation'],
  'azure-x-ms-error-code-auth-failed': ['x-ms-error-code', 'AuthenticationFailed'],
  'azure-x-ms-error-code-expired': ['x-ms-error-code', 'ExpiredAuthenticationToken'],
  'azure-x-ms-error-code-permission': ['x-ms-error-code', 'AuthorizationPermissionMismatch'],
  'aws-errortype-expired': [
    'x-amzn-ErrorType',
    'ExpiredTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/',
  ],
  'aws-errortype-rejected': [
    'x-amzn-ErrorType',
    'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
  ],
  'aws-errortype-unauthorized': ['x-amzn-ErrorType', 'UnauthorizedException'],
  'aws-errortype-malformed': ['x-amzn-ErrorType', 'IncompleteSignatureException'],
  'aws-errortype-missing': ['x-amzn-ErrorType', 'MissingAuthenticationTokenException'],
  'aws-errortype-access-denied': ['x-amzn-ErrorType', 'AccessDeniedException'],
  'grpc-status-unauthenticated': ['grpc-status', '16'],
  'grpc-status-permission-denied': ['grpc-status', '7'],
  'grpc-message-expired': ['grpc-message', 'token%20expired'],
  'npm-otp-required': ['WWW-Authenticate', 'OTP'],
  'squid-proxy-realm': ['WWW-Authenticate', 'Basic realm="Squid proxy-caching web server"'],
  'npm-ip-address-not-allowed': ['WWW-Authenticate', 'IPAddress'],
  'github-otp-required': ['X-GitHub-OTP', 'required; app'],
  'github-sso-required': [
    'X-GitHub-SSO',
    'required; url=https://github.com/orgs/acme/sso?authorization_request=AZSCKtL4',
  ],
  'supabase-error-code-expired': ['x-sb-error-code', 'session_expired'],
  'supabase-error-code-revoked': ['x-sb-error-code', 'session_not_found'],
  'supabase-error-code-bad-jwt': ['x-sb-error-code', 'bad_jwt'],
  'supabase-error-code-no-authorization': ['x-sb-error-code', 'no_authorization'],
  'ms-diagnostics-expired': [
    'X-MS-Diagnostics',
    '28070;source="lync.corp.example";reason="The web ticket has expired."',
  ],
  'ms-diagnostics-rejected': [
    'X-MS-Diagnostics',
    '28020;source="lync.corp.example";reason="The web ticket is invalid."',
  ],
  'generic-reason-header-expired': ['X-Auth-Error', 'token_expired'],
  'generic-reason-header-revoked': ['X-Error', 'token revoked'],
  'generic-reason-header-scope': ['X-Error-Code', 'INSUFFICIENT_SCOPE'],
  'generic-reason-header-missing': ['X-Auth-Error', 'missing_token'],
  'generic-reason-header-invalid': ['X-Auth-Error', 'invalid_signature'],
  'squid-error-header': ['X-Squid-Error', 'ERR_CACHE_ACCESS_DENIED 0'],
  'squid-server-header': ['Server', 'squid/5.7'],
  'zscaler-server-header': ['Server', 'Zscaler/6.2'],
  'bluecoat-via-header': ['X-BlueCoat-Via', 'a1b2c3d4e5f60718'],
  'forefront-tmg-via': ['Via', '1.1 TMG'],
  'cloudflare-access-header': ['cf-access-domain', 'app.acme.example'],
  'cloudflare-access-cookie': [
    'Set-Cookie',
    'CF_Authorization=CANARYeyJhbGciOi; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ],
  'mcafee-web-gateway-header': ['Via', '1.1 proxy.corp (McAfee Web Gateway 11.2.5)'],
};

/** No `*`/`+` outside character classes: every repeat is bounded, so no catastrophic backtracking. */
function unboundedQuantifiers(re: RegExp): boolean {
  const stripped = re.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  return /[*+]/.test(stripped) || /\{\d+,\}/.test(stripped);
}

function matchers(row: TextRow | HeaderRow): Matcher[] {
  if ('match' in row) return [row.match];
  return row.value === undefined ? [] : [row.value];
}

describe('knowledge tables: integrity', () => {
  it('has unique kebab-case ids', () => {
    const ids = ALL.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has at least 60 body-message rows', () => {
    expect(BODY_MESSAGES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ALL.map((r) => [r.id, r] as const))('%s: cause, product, source, safe matcher', (_id, row) => {
    expect(CAUSE_IDS).toContain(row.cause);
    expect(row.product.length).toBeGreaterThan(0);
    expect(row.source.length).toBeGreaterThan(10);
    for (const m of matchers(row)) {
      if (typeof m === 'string') {
        expect(m.length).toBeGreaterThan(3);
        continue;
      }
      expect(m.flags).toContain('i');
      expect(m.flags).not.toMatch(/[gy]/);
      expect(unboundedQuantifiers(m)).toBe(false);
    }
  });

  it('ambiguous rows list other real causes, each once', () => {
    for (const row of ALL.filter((r) => r.alsoMeans !== undefined)) {
      const all = [row.cause, ...(row.alsoMeans ?? [])];
      expect(new Set(all).size, row.id).toBe(all.length);
      for (const cause of all) expect(CAUSE_IDS, row.id).toContain(cause);
      expect(all, row.id).not.toContain('unknown');
    }
  });

  it('has lower-case header names', () => {
    for (const row of HEADER_ROWS) {
      const names = typeof row.header === 'string' ? [row.header] : row.header;
      for (const n of names) expect(n).toBe(n.toLowerCase());
    }
  });

  it('never calls a CDN header alone a proxy (docs/design.md)', () => {
    const cdnOnly = [
      { name: 'Via', value: '1.1 varnish, 1.1 a1b2c3.cloudfront.net (CloudFront)' },
      { name: 'cf-ray', value: '8a1b2c3d4e5f6789-FRA' },
      { name: 'x-amz-cf-id', value: 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90Uv12Wx34Yz56==' },
      { name: 'x-cache', value: 'Error from cloudfront' },
      { name: 'cf-cache-status', value: 'DYNAMIC' },
      { name: 'Server', value: 'cloudflare' },
      { name: 'x-served-by', value: 'cache-fra-eddf8230045-FRA' },
    ];
    expect(matchHeaders(HEADER_ROWS, cdnOnly)).toEqual([]);
  });
});

describe('knowledge tables: every row matches its example', () => {
  it('has an example for every row', () => {
    const missing = ALL.map((r) => r.id).filter((id) => !(id in TEXT_EXAMPLES) && !(id in HEADER_EXAMPLES));
    expect(missing).toEqual([]);
  });

  it.each(TEXT_ROWS.map((r) => [r.id, r] as const))('text row %s', (id, row) => {
    const example = TEXT_EXAMPLES[id] ?? '';
    expect(matchText([row], example, 'body').map((s) => s.rule)).toEqual([id]);
  });

  it.each(HEADER_ROWS.map((r) => [r.id, r] as const))('header row %s', (id, row) => {
    const [name, value] = HEADER_EXAMPLES[id] ?? ['', ''];
    expect(matchHeaders([row], [{ name, value }]).map((s) => s.rule)).toEqual([id]);
  });
});
