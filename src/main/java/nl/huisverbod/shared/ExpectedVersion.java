package nl.huisverbod.shared;

/** Every change names the version it was based on, so that concurrent edits are detected (409). */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static int require(Integer version) {
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return version;
    }
}
