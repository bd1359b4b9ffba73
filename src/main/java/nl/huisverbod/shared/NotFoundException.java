package nl.huisverbod.shared;

/** The requested object does not exist (or the caller may not know that it exists). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
