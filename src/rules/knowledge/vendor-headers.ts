// Response headers whose value carries the reason for a 401 (other than WWW-Authenticate, which
// the challenge parser handles). Values are short codes, matched anchored where the product
// documents an exact code.
import type { HeaderRow } from './row';

/** Ad-hoc reason headers used by many in-house APIs and gateways. */
const GENERIC_REASON_HEADERS = [
  'x-auth-error',
  'x-error',
  'x-error-code',
  'x-error-message',
  'x-auth-reason',
  'x-reason',
] as const;

export const VENDOR_HEADERS: readonly HeaderRow[] = [
  // --- Vendor challenges: scheme names outside the IANA registry that say what is wanted ----------
  // Not a scheme the client got wrong (malformed-credentials.ts compares registered schemes only).
  {
    id: 'npm-otp-required',
    cause: 'missing-credentials',
    secondFactor: true,
    product: 'npm registry',
    source:
      'https://github.com/npm/npm-registry-fetch/blob/main/lib/check-response.js (401 with WWW-Authenticate: OTP -> HttpErrorAuthOTP, "a one-time password is required")',
    header: 'www-authenticate',
    value: /(?:^|,)\s{0,4}otp\s{0,4}(?:,|$)/i,
  },
  {
    id: 'npm-ip-address-not-allowed',
    cause: 'proxy-or-firewall',
    product: 'npm registry',
    source:
      'https://github.com/npm/npm-registry-fetch/blob/main/lib/check-response.js (401 with WWW-Authenticate: IPAddress -> HttpErrorAuthIPAddress: the token is limited to IP ranges this network is outside of)',
    header: 'www-authenticate',
    value: /(?:^|,)\s{0,4}ipaddress\s{0,4}(?:,|$)/i,
  },
  {
    id: 'github-otp-required',
    cause: 'missing-credentials',
    secondFactor: true,
    product: 'GitHub REST API',
    source:
      'https://docs.github.com/en/rest/overview/other-authentication-methods#working-with-two-factor-authentication (401 with X-GitHub-OTP: required; <sms|app>: the one-time code is missing)',
    header: 'x-github-otp',
    value: /^\s{0,4}required\b/i,
  },
  // --- Azure Storage / Azure services (x-ms-error-code) -----------------------------------------
  {
    id: 'azure-x-ms-error-code-no-auth',
    cause: 'missing-credentials',
    product: 'Azure Storage',
    source:
      'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes (NoAuthenticationInformation)',
    header: 'x-ms-error-code',
    value: /^\s{0,4}NoAuthenticationInformation\b/i,
  },
  {
    id: 'azure-x-ms-error-code-auth-failed',
    cause: 'credentials-rejected',
    product: 'Azure Storage',
    source:
      'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes (AuthenticationFailed, InvalidAuthenticationInfo)',
    header: 'x-ms-error-code',
    value: /^\s{0,4}(?:AuthenticationFailed|InvalidAuthenticationInfo)\b/i,
  },
  {
    id: 'azure-x-ms-error-code-expired',
    cause: 'credentials-expired',
    product: 'Azure',
    source:
      'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors (ExpiredAuthenticationToken)',
    header: 'x-ms-error-code',
    value: /^\s{0,4}ExpiredAuthenticationToken\b/i,
  },
  {
    id: 'azure-x-ms-error-code-permission',
    cause: 'insufficient-permissions',
    product: 'Azure Storage',
    source:
      'https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes (AuthorizationPermissionMismatch, AuthorizationFailure)',
    header: 'x-ms-error-code',
    value: /^\s{0,4}Authorization(?:PermissionMismatch|Failure|ResourceTypeMismatch|ServiceMismatch)\b/i,
  },
  // --- AWS (x-amzn-ErrorType) -------------------------------------------------------------------
  {
    id: 'aws-errortype-expired',
    cause: 'credentials-expired',
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredTokenException); value looks like "ExpiredTokenException:http://internal.amazon.com/coral/..."',
    header: 'x-amzn-errortype',
    value: /^\s{0,4}(?:ExpiredTokenException|ExpiredToken)\b/i,
  },
  {
    id: 'aws-errortype-rejected',
    cause: 'credentials-rejected',
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (UNAUTHORIZED -> UnauthorizedException); https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (UnrecognizedClientException, InvalidSignatureException)',
    header: 'x-amzn-errortype',
    value:
      /^\s{0,4}(?:UnrecognizedClientException|InvalidSignatureException|NotAuthorizedException|InvalidClientTokenId)\b/i,
  },
  {
    id: 'aws-errortype-unauthorized',
    cause: 'credentials-rejected',
    // API Gateway's UNAUTHORIZED response and AppSync answer it for a missing, expired or invalid token alike.
    alsoMeans: ['credentials-expired', 'missing-credentials'],
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (UNAUTHORIZED -> UnauthorizedException); https://docs.aws.amazon.com/appsync/latest/devguide/troubleshooting-and-common-mistakes.html (UnauthorizedException)',
    header: 'x-amzn-errortype',
    value: /^\s{0,4}UnauthorizedException\b/i,
  },
  {
    id: 'aws-errortype-malformed',
    cause: 'malformed-credentials',
    product: 'AWS',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (IncompleteSignature)',
    header: 'x-amzn-errortype',
    value: /^\s{0,4}IncompleteSignature(?:Exception)?\b/i,
  },
  {
    id: 'aws-errortype-missing',
    cause: 'missing-credentials',
    product: 'AWS',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (MissingAuthenticationToken)',
    header: 'x-amzn-errortype',
    value: /^\s{0,4}MissingAuthenticationToken(?:Exception)?\b/i,
  },
  {
    id: 'aws-errortype-access-denied',
    cause: 'insufficient-permissions',
    product: 'AWS',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (AccessDeniedException)',
    header: 'x-amzn-errortype',
    value: /^\s{0,4}AccessDenied(?:Exception)?\b/i,
  },
  // --- gRPC (over HTTP/2, gRPC-Web) -------------------------------------------------------------
  {
    id: 'grpc-status-unauthenticated',
    cause: 'credentials-rejected',
    product: 'gRPC / gRPC-Web',
    source:
      'https://grpc.github.io/grpc/core/md_doc_statuscodes.html (16 UNAUTHENTICATED); https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md (HTTP 401 <-> 16)',
    header: 'grpc-status',
    value: /^\s{0,4}16\s{0,4}$/i,
  },
  {
    id: 'grpc-status-permission-denied',
    cause: 'insufficient-permissions',
    product: 'gRPC / gRPC-Web',
    source: 'https://grpc.github.io/grpc/core/md_doc_statuscodes.html (7 PERMISSION_DENIED)',
    header: 'grpc-status',
    value: /^\s{0,4}7\s{0,4}$/i,
  },
  {
    id: 'grpc-message-expired',
    cause: 'credentials-expired',
    product: 'gRPC / gRPC-Web',
    source: 'https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md (grpc-message, percent-encoded)',
    header: 'grpc-message',
    value: /expired/i,
  },
  // --- GitHub SAML SSO --------------------------------------------------------------------------
  {
    id: 'github-sso-required',
    cause: 'insufficient-permissions',
    product: 'GitHub REST API',
    source:
      'https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api#authenticating-with-a-personal-access-token (X-GitHub-SSO: required; url=...)',
    header: 'x-github-sso',
    value: /^\s{0,4}required\b/i,
  },
  // --- Supabase Auth ----------------------------------------------------------------------------
  {
    id: 'supabase-error-code-expired',
    cause: 'credentials-expired',
    product: 'Supabase Auth',
    source:
      'https://supabase.com/docs/guides/auth/debugging/error-codes (x-sb-error-code: session_expired, refresh_token_already_used)',
    header: 'x-sb-error-code',
    value: /^\s{0,4}session_expired\b/i,
  },
  {
    id: 'supabase-error-code-revoked',
    cause: 'credentials-revoked',
    product: 'Supabase Auth',
    source:
      'https://supabase.com/docs/guides/auth/debugging/error-codes (session_not_found: "the user has signed out or the session was deleted")',
    header: 'x-sb-error-code',
    value: /^\s{0,4}(?:session_not_found|user_banned)\b/i,
  },
  {
    id: 'supabase-error-code-bad-jwt',
    cause: 'credentials-rejected',
    product: 'Supabase Auth',
    source: 'https://supabase.com/docs/guides/auth/debugging/error-codes (bad_jwt)',
    header: 'x-sb-error-code',
    value: /^\s{0,4}bad_jwt\b/i,
  },
  {
    id: 'supabase-error-code-no-authorization',
    cause: 'missing-credentials',
    product: 'Supabase Auth',
    source: 'https://supabase.com/docs/guides/auth/debugging/error-codes (no_authorization)',
    header: 'x-sb-error-code',
    value: /^\s{0,4}no_authorization\b/i,
  },
  // --- Lync / Skype for Business ----------------------------------------------------------------
  {
    id: 'ms-diagnostics-expired',
    cause: 'credentials-expired',
    product: 'Lync / Skype for Business',
    source:
      'https://learn.microsoft.com/en-us/skypeforbusiness/troubleshoot/ (X-MS-Diagnostics: <code>;reason="...";source="...")',
    header: 'x-ms-diagnostics',
    value: /reason="[^"]{0,300}expired/i,
  },
  {
    id: 'ms-diagnostics-rejected',
    cause: 'credentials-rejected',
    product: 'Lync / Skype for Business',
    source:
      'https://learn.microsoft.com/en-us/skypeforbusiness/troubleshoot/ (X-MS-Diagnostics: <code>;reason="...";source="...")',
    header: 'x-ms-diagnostics',
    value: /reason="[^"]{0,300}(?:invalid|failed|not valid)/i,
  },
  // --- Generic in-house reason headers ----------------------------------------------------------
  {
    id: 'generic-reason-header-expired',
    cause: 'credentials-expired',
    product: 'generic',
    source: 'Ad-hoc reason headers (X-Auth-Error, X-Error, X-Error-Code) used by in-house gateways',
    header: GENERIC_REASON_HEADERS,
    value: /expired/i,
    generic: true,
  },
  {
    id: 'generic-reason-header-revoked',
    cause: 'credentials-revoked',
    product: 'generic',
    source: 'Ad-hoc reason headers (X-Auth-Error, X-Error, X-Error-Code) used by in-house gateways',
    header: GENERIC_REASON_HEADERS,
    value: /revoked|blacklisted|logged[ _-]?out/i,
    generic: true,
  },
  {
    id: 'generic-reason-header-scope',
    cause: 'insufficient-permissions',
    product: 'generic',
    source: 'Ad-hoc reason headers (X-Auth-Error, X-Error, X-Error-Code) used by in-house gateways',
    header: GENERIC_REASON_HEADERS,
    value: /scope|permission|forbidden/i,
    generic: true,
  },
  {
    id: 'generic-reason-header-missing',
    cause: 'missing-credentials',
    product: 'generic',
    source: 'Ad-hoc reason headers (X-Auth-Error, X-Error, X-Error-Code) used by in-house gateways',
    header: GENERIC_REASON_HEADERS,
    value: /missing|required|no[ _-]?token|not[ _-]?provided/i,
    generic: true,
  },
  {
    id: 'generic-reason-header-invalid',
    cause: 'credentials-rejected',
    product: 'generic',
    source: 'Ad-hoc reason headers (X-Auth-Error, X-Error, X-Error-Code) used by in-house gateways',
    header: GENERIC_REASON_HEADERS,
    value: /invalid|bad[ _-]?credentials|wrong|unknown/i,
    generic: true,
  },
];
