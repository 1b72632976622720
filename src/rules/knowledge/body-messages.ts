// Well-known 401/407 messages that servers, frameworks and APIs put in the response body (JSON or
// HTML). Each row was checked against the cited source: product docs, the product's own source
// file, or a public issue quoting the real response. Order matters only for display: specific rows
// first, generic catch-alls (`generic: true`) last.
import type { TextRow } from './row';

const JSON_KEY = '\\s{0,4}:\\s{0,4}';
/** `"key": "value"` with bounded whitespace; the value is a literal (escaped by the caller). */
function jsonPair(key: string, value: string): RegExp {
  return new RegExp(`"${key}"${JSON_KEY}"${value}"`, 'i');
}

export const BODY_MESSAGES: readonly TextRow[] = [
  // --- GitHub -----------------------------------------------------------------------------------
  {
    id: 'github-bad-credentials',
    cause: 'credentials-rejected',
    product: 'GitHub REST API',
    source:
      'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api ; https://github.com/hisxo/gitGraber/issues/32',
    match: 'Bad credentials',
  },
  {
    id: 'github-requires-authentication',
    cause: 'missing-credentials',
    product: 'GitHub REST API',
    source:
      'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api ("Requires authentication")',
    match: 'Requires authentication',
  },
  {
    id: 'npm-otp-body',
    cause: 'missing-credentials',
    secondFactor: true,
    product: 'npm registry',
    source:
      'https://github.com/npm/npm-registry-fetch/blob/main/lib/check-response.js (a 401 whose body mentions a "one-time pass" asks for the OTP, also without the OTP challenge)',
    match: /\bone-time pass(?:word|code)? (?:is )?required\b|\bThis operation requires a one-time password\b/i,
  },
  // --- Stripe -----------------------------------------------------------------------------------
  {
    id: 'stripe-invalid-api-key',
    cause: 'credentials-rejected',
    product: 'Stripe API',
    source: 'https://github.com/stripe/stripe-node/issues/361',
    match: 'Invalid API Key provided',
  },
  {
    id: 'stripe-expired-api-key',
    cause: 'credentials-expired',
    product: 'Stripe API',
    source: 'https://docs.stripe.com/error-codes#api-key-expired',
    match: 'Expired API Key provided',
  },
  {
    id: 'stripe-no-api-key',
    cause: 'missing-credentials',
    product: 'Stripe API',
    source: 'https://github.com/gadelkareem/skeleton/issues/20',
    match: 'You did not provide an API key',
  },
  // --- OpenAI / Anthropic -----------------------------------------------------------------------
  {
    id: 'openai-incorrect-api-key',
    cause: 'credentials-rejected',
    product: 'OpenAI API',
    source:
      'https://help.openai.com/en/articles/6891781-error-code-401-incorrect-api-key-provided ; https://github.com/continuedev/continue/issues/11409',
    match: 'Incorrect API key provided',
  },
  {
    id: 'openai-no-api-key',
    cause: 'missing-credentials',
    product: 'OpenAI API',
    source: 'https://platform.openai.com/docs/guides/error-codes ("You didn\'t provide an API key")',
    match: "You didn't provide an API key",
  },
  {
    id: 'anthropic-invalid-x-api-key',
    cause: 'credentials-rejected',
    product: 'Anthropic API',
    source: 'https://docs.anthropic.com/en/api/errors (authentication_error "invalid x-api-key")',
    match: 'invalid x-api-key',
  },
  // --- jsonwebtoken / express-jwt / jose (Node) -------------------------------------------------
  {
    id: 'jsonwebtoken-jwt-expired',
    cause: 'credentials-expired',
    product: 'jsonwebtoken (Node)',
    source: 'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js (TokenExpiredError "jwt expired")',
    // Not followed by " at": Spring's "Jwt expired at ..." has its own row.
    match: /\bjwt expired\b(?! at)/i,
  },
  {
    id: 'jsonwebtoken-invalid-signature',
    cause: 'credentials-rejected',
    product: 'jsonwebtoken (Node)',
    source: 'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js (JsonWebTokenError "invalid signature")',
    match: 'invalid signature',
  },
  {
    id: 'jsonwebtoken-jwt-malformed',
    cause: 'malformed-credentials',
    product: 'jsonwebtoken (Node)',
    source: 'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js (JsonWebTokenError "jwt malformed")',
    match: 'jwt malformed',
  },
  {
    id: 'jsonwebtoken-jwt-not-active',
    cause: 'clock-skew',
    product: 'jsonwebtoken (Node)',
    source: 'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js (NotBeforeError "jwt not active")',
    match: 'jwt not active',
  },
  {
    id: 'jsonwebtoken-jwt-must-be-provided',
    cause: 'missing-credentials',
    product: 'jsonwebtoken (Node)',
    source: 'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js ("jwt must be provided")',
    match: 'jwt must be provided',
  },
  {
    id: 'jsonwebtoken-claim-invalid',
    cause: 'credentials-rejected',
    product: 'jsonwebtoken (Node)',
    source:
      'https://github.com/auth0/node-jsonwebtoken/blob/master/verify.js ("jwt audience invalid", "jwt issuer invalid")',
    match: /\bjwt (?:audience|issuer|subject|jwtid) invalid\b/i,
  },
  {
    id: 'express-jwt-no-token',
    cause: 'missing-credentials',
    product: 'express-jwt',
    source:
      'https://github.com/auth0/express-jwt/blob/master/src/index.ts (credentials_required "No authorization token was found")',
    match: 'No authorization token was found',
  },
  {
    id: 'express-jwt-bad-format',
    cause: 'malformed-credentials',
    product: 'express-jwt',
    source:
      'https://github.com/auth0/express-jwt/blob/master/src/index.ts (credentials_bad_format "Format is Authorization: Bearer [token]")',
    match: 'Format is Authorization: Bearer [token]',
  },
  {
    id: 'jose-exp-check-failed',
    cause: 'credentials-expired',
    product: 'jose / express-oauth2-jwt-bearer (Auth0)',
    source:
      'https://github.com/panva/jose/blob/main/src/lib/jwt_claims_set.ts (JWTExpired "\\"exp\\" claim timestamp check failed")',
    // In a JSON body the quotes arrive escaped (\"exp\"); in a challenge parameter they do not.
    match: /\\?"exp\\?" claim timestamp check failed/i,
  },
  {
    id: 'jose-nbf-iat-check-failed',
    cause: 'clock-skew',
    product: 'jose / express-oauth2-jwt-bearer (Auth0)',
    source:
      'https://github.com/panva/jose/blob/main/src/lib/jwt_claims_set.ts ("\\"nbf\\" claim timestamp check failed")',
    match: /\\?"(?:nbf|iat)\\?" claim timestamp check failed/i,
  },
  {
    id: 'jose-signature-verification-failed',
    cause: 'credentials-rejected',
    product: 'jose / express-oauth2-jwt-bearer (Auth0)',
    source:
      'https://github.com/panva/jose/blob/main/src/util/errors.ts (JWSSignatureVerificationFailed "signature verification failed")',
    match: 'signature verification failed',
  },
  // --- Envoy / Istio jwt_authn ------------------------------------------------------------------
  {
    id: 'envoy-jwt-expired',
    cause: 'credentials-expired',
    product: 'Envoy / Istio jwt_authn',
    source:
      'https://github.com/envoyproxy/envoy/blob/main/source/extensions/filters/http/jwt_authn/ (status "Jwt is expired")',
    match: 'Jwt is expired',
  },
  {
    id: 'envoy-jwt-not-yet-valid',
    cause: 'clock-skew',
    product: 'Envoy / Istio jwt_authn',
    source:
      'https://github.com/envoyproxy/envoy/blob/main/source/extensions/filters/http/jwt_authn/ (status "Jwt not yet valid")',
    match: 'Jwt not yet valid',
  },
  {
    id: 'envoy-jwt-missing',
    cause: 'missing-credentials',
    product: 'Envoy / Istio jwt_authn',
    source:
      'https://github.com/envoyproxy/envoy/blob/main/source/extensions/filters/http/jwt_authn/ (status "Jwt is missing")',
    match: 'Jwt is missing',
  },
  {
    id: 'envoy-jwt-verification-fails',
    cause: 'credentials-rejected',
    product: 'Envoy / Istio jwt_authn',
    source:
      'https://github.com/envoyproxy/envoy/blob/main/source/extensions/filters/http/jwt_authn/ (status "Jwt verification fails")',
    match: 'Jwt verification fails',
  },
  // --- PostgREST / Supabase / Kong / Hasura -----------------------------------------------------
  {
    id: 'postgrest-pgrst301',
    cause: 'credentials-rejected',
    product: 'PostgREST',
    source: 'https://docs.postgrest.org/en/latest/references/errors.html (PGRST301: JWT could not be verified)',
    match: /\bPGRST301\b/i,
  },
  {
    id: 'postgrest-pgrst302',
    cause: 'missing-credentials',
    product: 'PostgREST',
    source:
      'https://docs.postgrest.org/en/latest/references/errors.html (PGRST302: request without authentication, anonymous role disabled)',
    match: /\bPGRST302\b/i,
  },
  {
    id: 'postgrest-jwt-issued-at-future',
    cause: 'clock-skew',
    product: 'PostgREST',
    source: 'https://docs.postgrest.org/en/latest/references/errors.html (PGRST303 "JWT issued at future")',
    match: 'JWT issued at future',
  },
  {
    id: 'postgrest-pgrst303',
    cause: 'credentials-expired',
    // PGRST303 covers every claim check: exp, iat in the future, aud.
    alsoMeans: ['clock-skew', 'credentials-rejected'],
    product: 'PostgREST',
    source:
      'https://docs.postgrest.org/en/latest/references/errors.html (PGRST303: JWT claims validation, e.g. "JWT expired")',
    match: /\bPGRST303\b/i,
  },
  {
    id: 'supabase-invalid-api-key',
    cause: 'credentials-rejected',
    product: 'Supabase',
    source:
      'https://supabase.com/docs/guides/api/api-keys ("Invalid API key", hint "Double check your Supabase `anon` or `service_role` API key.")',
    match: 'Double check your Supabase',
  },
  {
    id: 'golang-jwt-token-expired-by',
    cause: 'credentials-expired',
    // Go services, among them Supabase Auth. The label names the product only: it is a search term in advice.
    product: 'golang-jwt',
    source: 'https://github.com/golang-jwt/jwt/blob/main/validator.go ("token is expired by ...")',
    match: 'token is expired by',
  },
  {
    id: 'kong-no-api-key',
    cause: 'missing-credentials',
    // Also Supabase's API gateway.
    product: 'Kong key-auth',
    source:
      'https://github.com/Kong/kong/blob/master/kong/plugins/key-auth/handler.lua ("No API key found in request")',
    match: 'No API key found in request',
  },
  {
    id: 'kong-invalid-credentials',
    cause: 'credentials-rejected',
    product: 'Kong key-auth / basic-auth',
    source:
      'https://github.com/Kong/kong/blob/master/kong/plugins/key-auth/handler.lua ("Invalid authentication credentials")',
    match: jsonPair('message', 'Invalid authentication credentials'),
  },
  {
    id: 'hasura-jwt-expired',
    cause: 'credentials-expired',
    product: 'Hasura GraphQL Engine',
    source: 'https://hasura.io/docs/latest/auth/authentication/jwt/ ("Could not verify JWT: JWTExpired")',
    match: 'JWTExpired',
  },
  // --- Firebase / Google ------------------------------------------------------------------------
  {
    id: 'firebase-id-token-expired',
    cause: 'credentials-expired',
    product: 'Firebase Authentication',
    source: 'https://firebase.google.com/docs/reference/rest/auth (TOKEN_EXPIRED, ID_TOKEN_EXPIRED)',
    match: /\bID_TOKEN_EXPIRED\b|"message"\s{0,4}:\s{0,4}"TOKEN_EXPIRED/i,
  },
  {
    id: 'firebase-invalid-id-token',
    cause: 'credentials-rejected',
    product: 'Firebase Authentication',
    source: 'https://firebase.google.com/docs/reference/rest/auth (INVALID_ID_TOKEN)',
    match: /\bINVALID_ID_TOKEN\b/i,
  },
  {
    id: 'firebase-user-disabled',
    cause: 'credentials-revoked',
    product: 'Firebase Authentication',
    source: 'https://firebase.google.com/docs/reference/rest/auth (USER_DISABLED)',
    match: /\bUSER_DISABLED\b/i,
  },
  {
    id: 'firebase-admin-id-token-expired',
    cause: 'credentials-expired',
    product: 'Firebase Admin SDK',
    source:
      'https://github.com/firebase/firebase-admin-node/blob/master/src/auth/token-verifier.ts ("Firebase ID token has expired")',
    match: 'Firebase ID token has expired',
  },
  {
    id: 'google-invalid-credentials',
    cause: 'credentials-rejected',
    product: 'Google APIs',
    source:
      'https://cloud.google.com/apis/design/errors ("Request had invalid authentication credentials. Expected OAuth 2 access token...")',
    match: 'Request had invalid authentication credentials',
  },
  {
    id: 'google-missing-credentials',
    cause: 'missing-credentials',
    product: 'Google APIs',
    source: 'https://cloud.google.com/apis/design/errors ("Request is missing required authentication credential")',
    match: 'Request is missing required authentication credential',
  },
  {
    id: 'google-access-token-expired',
    cause: 'credentials-expired',
    product: 'Google APIs',
    source: 'https://cloud.google.com/apis/design/errors (ErrorInfo reason ACCESS_TOKEN_EXPIRED)',
    match: /\bACCESS_TOKEN_EXPIRED\b/i,
  },
  {
    id: 'google-api-key-invalid',
    cause: 'credentials-rejected',
    product: 'Google APIs',
    source:
      'https://cloud.google.com/docs/authentication/api-keys ("API key not valid. Please pass a valid API key.", reason API_KEY_INVALID)',
    match: 'API key not valid',
  },
  {
    id: 'google-insufficient-scopes',
    cause: 'insufficient-permissions',
    product: 'Google APIs',
    source:
      'https://cloud.google.com/apis/design/errors ("Request had insufficient authentication scopes", ACCESS_TOKEN_SCOPE_INSUFFICIENT)',
    match: 'insufficient authentication scopes',
  },
  {
    id: 'google-unauthenticated',
    cause: 'credentials-rejected',
    // The gRPC status covers missing, expired and invalid credentials.
    alsoMeans: ['credentials-expired', 'missing-credentials'],
    product: 'Google APIs',
    source: 'https://cloud.google.com/apis/design/errors (status UNAUTHENTICATED, HTTP 401)',
    match: jsonPair('status', 'UNAUTHENTICATED'),
  },
  // --- AWS --------------------------------------------------------------------------------------
  {
    id: 'aws-security-token-expired',
    cause: 'credentials-expired',
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredTokenException "The security token included in the request is expired")',
    match: 'The security token included in the request is expired',
  },
  {
    id: 'aws-security-token-invalid',
    cause: 'credentials-rejected',
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (UnrecognizedClientException "The security token included in the request is invalid")',
    match: 'The security token included in the request is invalid',
  },
  {
    id: 'aws-signature-mismatch',
    cause: 'credentials-rejected',
    product: 'AWS',
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html (SignatureDoesNotMatch)',
    match: 'The request signature we calculated does not match the signature you provided',
  },
  {
    id: 'aws-signature-expired',
    cause: 'clock-skew',
    product: 'AWS',
    // SigV4 rejects requests more than 5 minutes from the server clock.
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html ("Signature expired: ... is now earlier than ...", "Signature not yet current")',
    match: /\bSignature (?:expired: |not yet current)/i,
  },
  {
    id: 'aws-apigateway-unauthorized',
    cause: 'credentials-rejected',
    // API Gateway answers this for a missing identity source, an expired and an invalid token alike.
    alsoMeans: ['credentials-expired', 'missing-credentials'],
    product: 'AWS API Gateway (authorizer)',
    source:
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-lambda-authorizer-output.html (401 {"message":"Unauthorized"})',
    match: /^\s{0,16}\{\s{0,8}"message"\s{0,4}:\s{0,4}"Unauthorized"\s{0,8}\}\s{0,16}$/i,
  },
  {
    id: 'aws-cognito-token-expired',
    cause: 'credentials-expired',
    product: 'Amazon Cognito',
    source:
      'https://docs.aws.amazon.com/cognito-user-pools/latest/APIReference/API_GetUser.html (NotAuthorizedException "Access Token has expired")',
    match: 'Access Token has expired',
  },
  {
    id: 'aws-cognito-token-revoked',
    cause: 'credentials-revoked',
    product: 'Amazon Cognito',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html (NotAuthorizedException "Access Token has been revoked")',
    match: 'Access Token has been revoked',
  },
  // --- Microsoft --------------------------------------------------------------------------------
  {
    id: 'azure-expired-authentication-token',
    cause: 'credentials-expired',
    product: 'Azure Resource Manager',
    source:
      'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors (ExpiredAuthenticationToken)',
    match: /\bExpiredAuthenticationToken\b/i,
  },
  {
    id: 'msgraph-token-expired',
    cause: 'credentials-expired',
    product: 'Microsoft Graph',
    source:
      'https://learn.microsoft.com/en-us/graph/errors (InvalidAuthenticationToken "Access token has expired or is not yet valid.")',
    match: 'Access token has expired',
  },
  {
    id: 'msgraph-compact-token-parsing',
    cause: 'malformed-credentials',
    product: 'Microsoft Graph',
    source:
      'https://learn.microsoft.com/en-us/graph/errors (InvalidAuthenticationToken "CompactToken parsing failed with error code: 80049217")',
    match: 'CompactToken parsing failed',
  },
  {
    id: 'azure-invalid-authentication-token',
    cause: 'credentials-rejected',
    product: 'Azure Resource Manager / Microsoft Graph',
    source: 'https://learn.microsoft.com/en-us/graph/errors (InvalidAuthenticationToken)',
    // \b keeps InvalidAuthenticationTokenTenant/Audience out: they have their own meaning below.
    match: /\bInvalidAuthenticationToken(?:Tenant|Audience)?\b/i,
  },
  {
    id: 'azure-apim-invalid-subscription-key',
    cause: 'credentials-rejected',
    product: 'Azure API Management',
    source:
      'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions ("Access denied due to invalid subscription key")',
    match: 'Access denied due to invalid subscription key',
  },
  {
    id: 'azure-apim-missing-subscription-key',
    cause: 'missing-credentials',
    product: 'Azure API Management',
    source:
      'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions ("Access denied due to missing subscription key")',
    match: 'Access denied due to missing subscription key',
  },
  {
    id: 'identitymodel-lifetime-expired',
    cause: 'credentials-expired',
    product: 'Microsoft.IdentityModel (ASP.NET, Azure AD)',
    source:
      'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/LogMessages.cs (IDX10223 "Lifetime validation failed. The token is expired.")',
    match: /\bIDX10223\b/i,
  },
  {
    id: 'identitymodel-lifetime-not-yet-valid',
    cause: 'clock-skew',
    product: 'Microsoft.IdentityModel (ASP.NET, Azure AD)',
    source:
      'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/LogMessages.cs (IDX10222 "Lifetime validation failed. The token is not yet valid.")',
    match: /\bIDX10222\b/i,
  },
  {
    id: 'identitymodel-signature-invalid',
    cause: 'credentials-rejected',
    product: 'Microsoft.IdentityModel (ASP.NET, Azure AD)',
    source:
      'https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/blob/dev/src/Microsoft.IdentityModel.Tokens/LogMessages.cs (IDX10503/IDX10511 signature validation failed, IDX10214 audience)',
    match: /\bIDX10(?:503|511|214|205)\b/i,
  },
  {
    id: 'azure-storage-authentication-failed',
    cause: 'credentials-rejected',
    product: 'Azure Storage',
    source:
      'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes (AuthenticationFailed "Server failed to authenticate the request")',
    match: 'Server failed to authenticate the request',
  },
  // --- Java / Spring ----------------------------------------------------------------------------
  {
    id: 'spring-full-authentication-required',
    cause: 'missing-credentials',
    // Spring Security says so whenever the request stayed anonymous: also when a token of a scheme no filter reads, or an unknown one, was sent.
    alsoMeans: ['credentials-rejected', 'malformed-credentials'],
    product: 'Spring Security',
    source:
      'https://github.com/spring-projects/spring-security/blob/main/core/src/main/resources/org/springframework/security/messages.properties (ExceptionTranslationFilter.insufficientAuthentication)',
    match: 'Full authentication is required to access this resource',
  },
  {
    id: 'spring-jwt-expired-at',
    cause: 'credentials-expired',
    product: 'Spring Security OAuth2 Resource Server',
    source:
      'https://github.com/spring-projects/spring-security/blob/main/oauth2/oauth2-jose/src/main/java/org/springframework/security/oauth2/jwt/JwtTimestampValidator.java ("Jwt expired at ...")',
    match: 'Jwt expired at',
  },
  {
    id: 'tomcat-requires-http-authentication',
    // Default page for the first, credential-less request: the usual reading is "log in".
    cause: 'missing-credentials',
    // The same page for no password and a wrong one.
    alsoMeans: ['credentials-rejected'],
    product: 'Apache Tomcat',
    source:
      'https://github.com/apache/tomcat/blob/main/java/org/apache/catalina/authenticator/LocalStrings.properties ("This request requires HTTP authentication.")',
    match:
      /\bThis request requires HTTP authentication\b|lacks valid authentication credentials for the target resource/i,
  },
  // --- Python -----------------------------------------------------------------------------------
  {
    id: 'drf-not-authenticated',
    cause: 'missing-credentials',
    // DRF authenticators skip a header whose keyword is not theirs (`Bearer` to TokenAuthentication): then nothing was "provided".
    alsoMeans: ['malformed-credentials'],
    product: 'Django REST framework',
    source:
      'https://github.com/encode/django-rest-framework/blob/master/rest_framework/exceptions.py (NotAuthenticated "Authentication credentials were not provided.")',
    match: 'Authentication credentials were not provided',
  },
  {
    id: 'drf-invalid-token',
    cause: 'credentials-rejected',
    product: 'Django REST framework',
    source:
      'https://github.com/encode/django-rest-framework/blob/master/rest_framework/authentication.py (TokenAuthentication "Invalid token.")',
    match: /"detail"\s{0,4}:\s{0,4}"Invalid token\."/i,
  },
  {
    id: 'drf-invalid-header',
    cause: 'malformed-credentials',
    product: 'Django REST framework',
    source:
      'https://github.com/encode/django-rest-framework/blob/master/rest_framework/authentication.py ("Invalid basic header." / "Invalid token header.")',
    match: /\bInvalid (?:basic|token) header\b/i,
  },
  {
    id: 'drf-invalid-username-password',
    cause: 'credentials-rejected',
    product: 'Django REST framework',
    source:
      'https://github.com/encode/django-rest-framework/blob/master/rest_framework/authentication.py (BasicAuthentication "Invalid username/password.")',
    match: 'Invalid username/password',
  },
  {
    id: 'drf-user-inactive',
    cause: 'credentials-revoked',
    product: 'Django REST framework',
    source:
      'https://github.com/encode/django-rest-framework/blob/master/rest_framework/authentication.py ("User inactive or deleted.")',
    match: 'User inactive or deleted',
  },
  {
    id: 'simplejwt-token-not-valid',
    cause: 'credentials-expired',
    // One message for an expired token and a bad signature or unknown type.
    alsoMeans: ['credentials-rejected'],
    product: 'djangorestframework-simplejwt',
    // code token_not_valid; in practice almost always an expired access token.
    source:
      'https://github.com/jazzband/djangorestframework-simplejwt/blob/master/rest_framework_simplejwt/authentication.py ("Given token not valid for any token type", "Token is invalid or expired")',
    match: /Given token not valid for any token type|Token is invalid or expired/i,
  },
  {
    id: 'simplejwt-token-blacklisted',
    cause: 'credentials-revoked',
    product: 'djangorestframework-simplejwt',
    source:
      'https://github.com/jazzband/djangorestframework-simplejwt/blob/master/rest_framework_simplejwt/tokens.py ("Token is blacklisted")',
    match: 'Token is blacklisted',
  },
  {
    id: 'fastapi-not-authenticated',
    cause: 'missing-credentials',
    // OAuth2PasswordBearer says so for an Authorization header of another scheme too.
    alsoMeans: ['malformed-credentials'],
    product: 'FastAPI security',
    source: 'https://github.com/fastapi/fastapi/blob/master/fastapi/security/http.py ({"detail":"Not authenticated"})',
    match: jsonPair('detail', 'Not authenticated'),
  },
  {
    id: 'fastapi-could-not-validate-credentials',
    cause: 'credentials-rejected',
    // The pattern of FastAPI's OAuth2 tutorial, copied by many apps; its handler answers every JWTError,
    // expiry included.
    alsoMeans: ['credentials-expired'],
    product: 'FastAPI',
    source: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/ ("Could not validate credentials")',
    match: 'Could not validate credentials',
  },
  {
    id: 'flask-jwt-extended-missing-header',
    cause: 'missing-credentials',
    product: 'Flask-JWT-Extended',
    source:
      'https://github.com/vimalloc/flask-jwt-extended/blob/main/flask_jwt_extended/default_callbacks.py ("Missing Authorization Header")',
    match: 'Missing Authorization Header',
  },
  {
    id: 'flask-jwt-extended-bad-header',
    cause: 'malformed-credentials',
    product: 'Flask-JWT-Extended',
    source:
      'https://github.com/vimalloc/flask-jwt-extended/blob/main/flask_jwt_extended/view_decorators.py ("Bad Authorization header. Expected \'Authorization: Bearer <JWT>\'")',
    match: 'Bad Authorization header',
  },
  // --- PHP --------------------------------------------------------------------------------------
  {
    id: 'laravel-unauthenticated',
    cause: 'missing-credentials',
    // Laravel's AuthenticationException: no session, an ended session, an unknown Sanctum token alike.
    alsoMeans: ['credentials-rejected', 'credentials-expired', 'credentials-not-sent'],
    product: 'Laravel',
    source:
      'https://github.com/laravel/framework/blob/11.x/src/Illuminate/Foundation/Exceptions/Handler.php (unauthenticated(): {"message":"Unauthenticated."})',
    match: jsonPair('message', 'Unauthenticated\\.'),
  },
  {
    id: 'lexik-jwt-expired',
    cause: 'credentials-expired',
    product: 'Symfony LexikJWTAuthenticationBundle',
    source:
      'https://github.com/lexik/LexikJWTAuthenticationBundle/blob/3.x/Security/Authenticator/JWTAuthenticator.php ("Expired JWT Token")',
    match: 'Expired JWT Token',
  },
  {
    id: 'lexik-jwt-not-found',
    cause: 'missing-credentials',
    product: 'Symfony LexikJWTAuthenticationBundle',
    source:
      'https://github.com/lexik/LexikJWTAuthenticationBundle/blob/3.x/Security/Authenticator/JWTAuthenticator.php ("JWT Token not found")',
    match: 'JWT Token not found',
  },
  {
    id: 'lexik-jwt-invalid',
    cause: 'credentials-rejected',
    product: 'Symfony LexikJWTAuthenticationBundle',
    source:
      'https://github.com/lexik/LexikJWTAuthenticationBundle/blob/3.x/Security/Authenticator/JWTAuthenticator.php ("Invalid JWT Token")',
    match: 'Invalid JWT Token',
  },
  {
    id: 'wordpress-rest-cookie-invalid-nonce',
    cause: 'credentials-expired',
    product: 'WordPress REST API',
    // The wp_rest nonce lives 12-24 h: a tab left open sends a stale one.
    source:
      'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/rest-api.php (rest_cookie_check_errors: rest_cookie_invalid_nonce "Cookie check failed")',
    match: 'rest_cookie_invalid_nonce',
  },
  {
    id: 'wordpress-rest-not-logged-in',
    cause: 'missing-credentials',
    product: 'WordPress REST API',
    source:
      'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php (rest_not_logged_in "You are not currently logged in.")',
    match: 'rest_not_logged_in',
  },
  {
    id: 'wordpress-rest-forbidden',
    cause: 'insufficient-permissions',
    product: 'WordPress REST API',
    source:
      'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php (rest_forbidden* "Sorry, you are not allowed to ...")',
    match: /\brest_forbidden\w{0,40}|Sorry, you are not allowed to/i,
  },
  {
    id: 'wordpress-application-password-invalid',
    cause: 'credentials-rejected',
    product: 'WordPress application passwords',
    source:
      'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/user.php (incorrect_password "The provided password is an invalid application password.")',
    match: 'invalid application password',
  },
  {
    id: 'wordpress-jwt-auth-invalid-token',
    cause: 'credentials-rejected',
    product: 'JWT Authentication for WP REST API',
    source:
      'https://github.com/Tmeister/wp-api-jwt-auth/blob/master/public/class-jwt-auth-public.php (jwt_auth_invalid_token)',
    match: 'jwt_auth_invalid_token',
  },
  {
    id: 'wordpress-jwt-auth-bad-header',
    cause: 'malformed-credentials',
    product: 'JWT Authentication for WP REST API',
    source:
      'https://github.com/Tmeister/wp-api-jwt-auth/blob/master/public/class-jwt-auth-public.php (jwt_auth_bad_auth_header "Authorization header malformed.")',
    match: 'jwt_auth_bad_auth_header',
  },
  {
    id: 'wordpress-jwt-auth-no-header',
    cause: 'missing-credentials',
    product: 'JWT Authentication for WP REST API',
    source:
      'https://github.com/Tmeister/wp-api-jwt-auth/blob/master/public/class-jwt-auth-public.php (jwt_auth_no_auth_header "Authorization header not found.")',
    match: 'jwt_auth_no_auth_header',
  },
  // --- Ruby -------------------------------------------------------------------------------------
  {
    id: 'devise-sign-in-required',
    cause: 'missing-credentials',
    product: 'Devise (Rails)',
    source: 'https://github.com/heartcombo/devise/blob/main/config/locales/en.yml (failure.unauthenticated)',
    match: 'You need to sign in or sign up before continuing',
  },
  {
    id: 'devise-session-timeout',
    cause: 'credentials-expired',
    product: 'Devise (Rails)',
    source:
      'https://github.com/heartcombo/devise/blob/main/config/locales/en.yml (failure.timeout "Your session expired. Please sign in again to continue.")',
    match: 'Your session expired. Please sign in again',
  },
  {
    id: 'devise-invalid',
    cause: 'credentials-rejected',
    product: 'Devise (Rails)',
    source:
      'https://github.com/heartcombo/devise/blob/main/config/locales/en.yml (failure.invalid "Invalid %{authentication_keys} or password.")',
    match: /\bInvalid [A-Za-z ]{1,30} or password\./i,
  },
  {
    id: 'devise-locked',
    cause: 'credentials-revoked',
    product: 'Devise (Rails)',
    source:
      'https://github.com/heartcombo/devise/blob/main/config/locales/en.yml (failure.locked "Your account is locked.")',
    match: 'Your account is locked',
  },
  // --- Identity providers -----------------------------------------------------------------------
  {
    id: 'keycloak-token-verification-failed',
    cause: 'credentials-rejected',
    product: 'Keycloak',
    source:
      'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/protocol/oidc/endpoints/UserInfoEndpoint.java ("Token verification failed")',
    match: 'Token verification failed',
  },
  {
    id: 'keycloak-token-not-active',
    cause: 'credentials-expired',
    // Keycloak's introspection says so for an expired, logged-out or not-yet-valid token.
    alsoMeans: ['credentials-revoked', 'clock-skew'],
    product: 'Keycloak',
    source:
      'https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/TokenVerifier.java (TokenNotActiveException "Token is not active")',
    match: 'Token is not active',
  },
  {
    id: 'keycloak-session-not-active',
    cause: 'credentials-expired',
    product: 'Keycloak',
    source:
      'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/protocol/oidc/endpoints/UserInfoEndpoint.java ("Session not active" / "User session not found")',
    match: /\bSession not active\b|User session not found/i,
  },
  {
    id: 'okta-invalid-token',
    cause: 'credentials-rejected',
    product: 'Okta',
    source:
      'https://developer.okta.com/docs/reference/error-codes/#E0000011 ; https://github.com/mbegan/Okta-PSModule/issues/65',
    match: /\bE0000011\b/i,
  },
  {
    id: 'okta-authentication-failed',
    cause: 'credentials-rejected',
    product: 'Okta',
    source: 'https://developer.okta.com/docs/reference/error-codes/#E0000004 ("Authentication failed")',
    match: /\bE0000004\b/i,
  },
  // --- Platforms --------------------------------------------------------------------------------
  {
    id: 'kubernetes-unauthorized',
    cause: 'credentials-rejected',
    // The API server's Status for any authentication failure.
    alsoMeans: ['credentials-expired', 'missing-credentials'],
    product: 'Kubernetes API server',
    source:
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/ (Status {"reason":"Unauthorized","code":401})',
    match: jsonPair('reason', 'Unauthorized'),
  },
  {
    id: 'docker-registry-unauthorized',
    cause: 'missing-credentials',
    product: 'Docker Registry / OCI Distribution',
    source:
      'https://github.com/distribution/distribution/blob/main/registry/api/errcode/register.go (UNAUTHORIZED "authentication required")',
    match: /"code"\s{0,4}:\s{0,4}"UNAUTHORIZED"\s{0,4},\s{0,4}"message"\s{0,4}:\s{0,4}"authentication required"/i,
  },
  {
    id: 'gitlab-401-unauthorized',
    cause: 'credentials-rejected',
    // GitLab's one 401 text: no, expired, revoked or unknown token.
    alsoMeans: ['credentials-expired', 'credentials-revoked', 'missing-credentials'],
    product: 'GitLab API',
    source: 'https://docs.gitlab.com/api/rest/troubleshooting/ ({"message":"401 Unauthorized"})',
    match: jsonPair('message', '401 Unauthorized'),
  },
  {
    id: 'discord-401-unauthorized',
    cause: 'credentials-rejected',
    // Discord's one 401 text.
    alsoMeans: ['credentials-expired', 'missing-credentials'],
    product: 'Discord API',
    source:
      'https://discord.com/developers/docs/topics/opcodes-and-status-codes ({"message": "401: Unauthorized", "code": 0})',
    match: jsonPair('message', '401: Unauthorized'),
  },
  {
    id: 'slack-invalid-auth',
    cause: 'credentials-rejected',
    product: 'Slack Web API',
    source: 'https://api.slack.com/methods/auth.test ("error": "invalid_auth")',
    match: jsonPair('error', 'invalid_auth'),
  },
  {
    id: 'slack-not-authed',
    cause: 'missing-credentials',
    product: 'Slack Web API',
    source: 'https://api.slack.com/methods/auth.test ("error": "not_authed")',
    match: jsonPair('error', 'not_authed'),
  },
  {
    id: 'slack-token-revoked',
    cause: 'credentials-revoked',
    product: 'Slack Web API',
    source: 'https://api.slack.com/methods/auth.test ("error": "token_revoked" / "account_inactive")',
    match: /"error"\s{0,4}:\s{0,4}"(?:token_revoked|account_inactive)"/i,
  },
  {
    id: 'slack-token-expired',
    cause: 'credentials-expired',
    product: 'Slack Web API',
    source: 'https://api.slack.com/authentication/rotation ("error": "token_expired")',
    match: jsonPair('error', 'token_expired'),
  },
  {
    id: 'slack-missing-scope',
    cause: 'insufficient-permissions',
    product: 'Slack Web API',
    source: 'https://api.slack.com/methods/auth.test ("error": "missing_scope", "needed": ...)',
    match: jsonPair('error', 'missing_scope'),
  },
  {
    id: 'twilio-authenticate',
    cause: 'credentials-rejected',
    product: 'Twilio API',
    source:
      'https://www.twilio.com/docs/api/errors/20003 ; https://github.com/twilio/twilio-video-app-react/issues/841',
    match: /"code"\s{0,4}:\s{0,4}20003\b/i,
  },
  {
    id: 'atlassian-client-must-be-authenticated',
    cause: 'missing-credentials',
    product: 'Atlassian Jira / Confluence',
    source:
      'https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/ ("Client must be authenticated to access this resource.")',
    match: 'Client must be authenticated to access this resource',
  },
  {
    id: 'shopify-invalid-api-key',
    cause: 'credentials-rejected',
    product: 'Shopify Admin API',
    source: 'https://github.com/Shopify/shopify-cli/issues/263 ; https://github.com/Shopify/shopify_app/issues/1587',
    match: 'Invalid API key or access token',
  },
  {
    id: 'sendgrid-grant-invalid',
    cause: 'credentials-rejected',
    // The message itself names three causes.
    alsoMeans: ['credentials-expired', 'credentials-revoked'],
    product: 'SendGrid API',
    source:
      'https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication ("The provided authorization grant is invalid, expired, or revoked")',
    match: 'The provided authorization grant is invalid, expired, or revoked',
  },
  {
    id: 'cloudflare-api-authentication-error',
    cause: 'credentials-rejected',
    product: 'Cloudflare API',
    source: 'https://developers.cloudflare.com/fundamentals/api/troubleshooting/ (code 10000 "Authentication error")',
    match: /"code"\s{0,4}:\s{0,4}10000\s{0,4},\s{0,4}"message"\s{0,4}:\s{0,4}"Authentication error"/i,
  },
  // --- Web servers' default pages (`unknown` where the page names the product, not the reason) --
  {
    id: 'nginx-401-page',
    // Default page for the first, credential-less request: the usual reading is "log in".
    cause: 'missing-credentials',
    // auth_basic serves the same page for no password and a wrong one.
    alsoMeans: ['credentials-rejected'],
    product: 'nginx',
    source:
      'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c (ngx_http_error_401_page "401 Authorization Required")',
    match: '<title>401 Authorization Required</title>',
  },
  {
    id: 'apache-401-page',
    // The page itself says "Either you supplied the wrong credentials ... or your browser doesn't
    // understand how to supply the credentials": it names the server, not the reason.
    cause: 'unknown',
    product: 'Apache httpd',
    source:
      'https://github.com/apache/httpd/blob/trunk/modules/http/http_protocol.c (HTTP_UNAUTHORIZED "This server could not verify that you are authorized to access the document requested.")',
    match: 'This server could not verify that you',
  },
  {
    id: 'haproxy-401-page',
    // Default page for the first, credential-less request: the usual reading is "log in".
    cause: 'missing-credentials',
    // The same page for no password and a wrong one.
    alsoMeans: ['credentials-rejected'],
    product: 'HAProxy',
    source:
      'https://github.com/haproxy/haproxy/blob/master/src/http_htx.c (401 "You need a valid user and password to access this content.")',
    match: 'You need a valid user and password to access this content',
  },
  {
    id: 'iis-401-1',
    // IIS shows this text to remote clients for every 401 sub-status (the detailed 401.1/401.2
    // distinction is local-only), so it names the server, not the reason.
    cause: 'unknown',
    product: 'Microsoft IIS',
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-401-access-denied (401.1 "Access is denied due to invalid credentials")',
    match: 'Access is denied due to invalid credentials',
  },
  {
    id: 'iis-401-2',
    cause: 'integrated-auth-unavailable',
    product: 'Microsoft IIS',
    // 401.2: no authentication method the client tried is enabled; typically Windows auth only.
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-401-access-denied (401.2 "Access is denied due to server configuration")',
    match: 'Access is denied due to server configuration',
  },
  {
    id: 'iis-401-3',
    cause: 'insufficient-permissions',
    product: 'Microsoft IIS',
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-401-access-denied (401.3 "Access is denied due to an ACL set on the requested resource")',
    match: 'Access is denied due to an ACL',
  },
  {
    id: 'iis-401-credentials-supplied',
    // Same remote-client page as iis-401-1: product identification only.
    cause: 'unknown',
    product: 'Microsoft IIS',
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-401-access-denied ("You do not have permission to view this directory or page using the credentials that you supplied")',
    match: 'using the credentials that you supplied',
  },
  // --- Generic catch-alls -----------------------------------------------------------------------
  {
    id: 'generic-token-expired',
    cause: 'credentials-expired',
    product: 'generic',
    source:
      'RFC 6750 §3.1 example error_description "The access token expired" (https://www.rfc-editor.org/rfc/rfc6750#section-3); Flask-JWT-Extended "Token has expired"',
    match: /\btoken (?:has |is |was )?(?:been )?expired\b|\bexpired (?:access |id |auth |bearer |jwt )?token\b/i,
    generic: true,
  },
  {
    id: 'generic-session-expired',
    cause: 'credentials-expired',
    product: 'generic',
    source:
      'Common session-timeout wording (e.g. Devise failure.timeout, https://github.com/heartcombo/devise/blob/main/config/locales/en.yml)',
    match: /\bsession (?:has |is |was )?(?:expired|timed out)\b/i,
    generic: true,
  },
  {
    id: 'generic-revoked',
    cause: 'credentials-revoked',
    product: 'generic',
    source:
      'RFC 7009 token revocation (https://www.rfc-editor.org/rfc/rfc7009); Flask-JWT-Extended "Token has been revoked"; Firebase "The Firebase ID token has been revoked."',
    match:
      /\b(?:token|session|key|credentials?|grant)s? (?:has |have |is |was )?(?:been )?revoked\b|\brevoked (?:access |api |refresh )?(?:token|key)\b|\bblacklisted\b/i,
    generic: true,
  },
  {
    id: 'generic-logged-out',
    cause: 'credentials-revoked',
    product: 'generic',
    source:
      'Common wording when a server-side logout invalidated the session (e.g. WordPress "You are not currently logged in.", Keycloak logout)',
    match: /\b(?:have|has) been (?:logged|signed) out\b/i,
    generic: true,
  },
  {
    id: 'generic-insufficient-scope',
    cause: 'insufficient-permissions',
    product: 'generic',
    source: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1 (insufficient_scope)',
    match: /\binsufficient_scope\b|\bmissing (?:required )?scopes?\b|\binsufficient scopes?\b/i,
    generic: true,
  },
  {
    id: 'generic-no-permission',
    cause: 'insufficient-permissions',
    product: 'generic',
    source:
      'Common authorization wording (AWS "is not authorized to perform", GitHub "Resource not accessible by integration", Azure "does not have authorization to perform action")',
    match:
      /\b(?:do|does) not have (?:the )?(?:required |necessary |sufficient )?(?:permissions?|privileges?|authorization to perform)\b|\bis not authorized to perform\b|\binsufficient (?:permissions?|privileges?)\b|\bResource not accessible by integration\b/i,
    generic: true,
  },
  {
    id: 'generic-invalid-api-key',
    cause: 'credentials-rejected',
    product: 'generic',
    source: 'Common API-key wording (Supabase "Invalid API key", Grafana "Invalid API key", SendGrid)',
    match: /\binvalid api[ _-]?key\b/i,
    generic: true,
  },
  {
    id: 'generic-invalid-token',
    cause: 'credentials-rejected',
    // "Invalid token" is what many servers say for expired and revoked tokens too (oidc-provider: "invalid token provided").
    alsoMeans: ['credentials-expired', 'credentials-revoked'],
    product: 'generic',
    source:
      'RFC 6750 §3.1 invalid_token (https://www.rfc-editor.org/rfc/rfc6750#section-3.1), repeated in bodies by Keycloak, Spring, Doorkeeper',
    match: /\binvalid[ _](?:access[ _])?token\b/i,
    generic: true,
  },
];
