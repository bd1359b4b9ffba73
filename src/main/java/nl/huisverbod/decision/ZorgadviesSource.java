package nl.huisverbod.decision;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The zorgadvies as the extension decision needs it: whether it advises extending, when and by whom. The
 * care module, which owns the advice, provides it; the content stays there, under its own need-to-know.
 */
public interface ZorgadviesSource {

    Optional<Summary> forDossier(UUID dossierId);

    record Summary(boolean adviesVerlengen, Instant uitgebrachtOp, String uitgebrachtDoor) {
    }
}
