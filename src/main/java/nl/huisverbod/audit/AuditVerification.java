package nl.huisverbod.audit;

/** The outcome of checking the whole chain. {@code firstBrokenSeq} is null when the chain is intact. */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq) {
}
