package nl.huisverbod.audit;

/**
 * The outcome of checking the whole chain against itself and against the anchor's signed checkpoints.
 * {@code firstBrokenPosition} is the first place in the chain that is no longer proven (null when intact),
 * {@code problem} says what was found there; {@code checkpointsChecked} counts the anchor's checkpoints
 * that matched.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenPosition, Problem problem,
                                long checkpointsChecked) {

    /** What the verification can find. */
    public enum Problem {
        /** An entry's content or its link to the previous entry no longer matches its hash. */
        CONTENT_CHANGED,
        /** A place in the chain is empty, or refers to an entry that is gone. */
        ENTRY_MISSING,
        /** The chain differs from what the anchor signed: rewritten, with the hashes after it recomputed. */
        CHECKPOINT_MISMATCH,
        /** The chain is shorter than what the anchor signed: entries were removed from its end. */
        TRUNCATED,
        /** An entry is neither in the chain nor waiting to be sealed. */
        UNSEALED_ENTRY,
        /** A checkpoint in the anchor does not carry a valid signature of the anchor's key. */
        CHECKPOINT_FORGED
    }

    static AuditVerification intact(long checked, long checkpoints) {
        return new AuditVerification(true, checked, null, null, checkpoints);
    }

    static AuditVerification broken(long checked, long position, Problem problem, long checkpoints) {
        return new AuditVerification(false, checked, position, problem, checkpoints);
    }
}
