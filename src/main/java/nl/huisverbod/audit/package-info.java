/**
 * The append-only audit trail of every read and write of personal data: who (user, organisation, role),
 * when, what, and the purpose and legal basis. Each entry is chained to the previous one by a SHA-256 hash
 * so that any change afterwards is detectable ({@link AuditTrail#verify()}). Depends on {@code identity}.
 */
package nl.huisverbod.audit;
