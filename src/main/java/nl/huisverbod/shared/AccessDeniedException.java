package nl.huisverbod.shared;

/**
 * The current user has no need-to-know for what was asked, or may see the case but not do this; the attempt
 * has been audited. A refusal of the second kind names its rule ({@link #ruleKey()}, a message key citing the
 * article); one of the first kind says nothing beyond "no access", so as not to tell what exists.
 */
public class AccessDeniedException extends RuntimeException {

    private final String ruleKey;

    public AccessDeniedException(String reason) {
        this(reason, null);
    }

    public AccessDeniedException(String reason, String ruleKey) {
        super(reason);
        this.ruleKey = ruleKey;
    }

    /** The message key of the rule that refuses, or null for a plain "no access". */
    public String ruleKey() {
        return ruleKey;
    }
}
