// General advice per cause and audience, after the seed article's fixes: provide credentials; refresh
// them (clear cookies and cache, log in again); check the request format; get permissions; check server
// configuration and logs; adjust firewall rules; search further with the framework's name.
import type { Audience, CauseId } from '../types';
import type { RuleMessageKey } from '../message-key';

export const GENERAL_ADVICE: Record<CauseId, Record<Audience, readonly RuleMessageKey[]>> = {
  'missing-credentials': {
    visitor: ['adv_visitor_sign_in'],
    developer: ['adv_developer_send_credentials'],
    owner: ['adv_owner_document_auth'],
  },
  'credentials-not-sent': {
    visitor: ['adv_visitor_allow_cookies'],
    developer: ['adv_developer_include_credentials', 'adv_developer_samesite'],
    owner: ['adv_owner_cookie_samesite'],
  },
  'credentials-rejected': {
    visitor: ['adv_visitor_check_password', 'adv_visitor_clear_cookies'],
    developer: ['adv_developer_check_credentials'],
    owner: ['adv_owner_check_logs'],
  },
  'credentials-expired': {
    visitor: ['adv_visitor_sign_in_again'],
    developer: ['adv_developer_refresh'],
    owner: ['adv_owner_expiry_hint'],
  },
  'credentials-revoked': {
    visitor: ['adv_visitor_sign_in_again', 'adv_visitor_contact_admin'],
    developer: ['adv_developer_new_credential'],
    owner: ['adv_owner_check_logs'],
  },
  'malformed-credentials': {
    visitor: ['adv_visitor_clear_cookies', 'adv_visitor_report_site'],
    developer: ['adv_developer_check_format'],
    owner: ['adv_owner_check_logs'],
  },
  'insufficient-permissions': {
    visitor: ['adv_visitor_ask_access'],
    developer: ['adv_developer_check_permissions'],
    owner: ['adv_owner_403'],
  },
  'integrated-auth-unavailable': {
    visitor: ['adv_visitor_company_network'],
    developer: ['adv_developer_integrated'],
    owner: ['adv_owner_integrated_fallback'],
  },
  'stale-nonce': {
    visitor: ['adv_visitor_reload'],
    developer: ['adv_developer_retry_nonce'],
    owner: ['adv_owner_nonce_lifetime'],
  },
  'clock-skew': {
    visitor: ['adv_visitor_fix_clock'],
    developer: ['adv_developer_clock'],
    owner: ['adv_owner_ntp'],
  },
  'proxy-or-firewall': {
    visitor: ['adv_visitor_proxy'],
    developer: ['adv_developer_proxy'],
    owner: ['adv_owner_firewall'],
  },
  'server-misconfigured': {
    visitor: ['adv_visitor_report_site'],
    developer: ['adv_developer_check_config'],
    owner: ['adv_owner_check_config'],
  },
  'stale-dns-or-cache': {
    visitor: ['adv_visitor_clear_cache'],
    developer: ['adv_developer_cache'],
    owner: ['adv_owner_no_store'],
  },
  unknown: {
    visitor: ['adv_visitor_checklist'],
    developer: ['adv_developer_checklist'],
    owner: ['adv_owner_checklist'],
  },
};
