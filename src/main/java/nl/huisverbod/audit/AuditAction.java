package nl.huisverbod.audit;

/** What happened: a read, a write, or an attempt refused for lack of need-to-know. */
public enum AuditAction {
    READ, WRITE, DENIED
}
