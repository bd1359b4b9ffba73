package nl.huisverbod.audit;

/**
 * What happened: a read, a write, an attempt refused for lack of need-to-know, a login (form or OIDC) and a
 * failed login attempt (ASVS 7.1.3).
 */
public enum AuditAction {
    READ, WRITE, DENIED, LOGIN, LOGIN_FAILED
}
