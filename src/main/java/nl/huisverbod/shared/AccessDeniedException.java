package nl.huisverbod.shared;

/** The current user has no need-to-know for what was asked; the attempt has been audited. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String reason) {
        super(reason);
    }
}
