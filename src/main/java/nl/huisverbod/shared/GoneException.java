package nl.huisverbod.shared;

import java.time.Instant;

/** The thing existed but was destroyed under a retention rule (e.g. Wth 10): 410, with the moment. */
public class GoneException extends RuntimeException {

    private final Instant destroyedAt;

    public GoneException(String what, Instant destroyedAt) {
        super(what + " destroyed at " + destroyedAt);
        this.destroyedAt = destroyedAt;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }
}
