package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/** A care meeting (zorgoverleg / huisverbodoverleg): planned with an agenda, held with attendees and minutes. */
public record Zorgoverleg(UUID id, int version, Instant geplandOp, String agenda, String aanwezigen, String notulen,
                          String besluiten, Instant gehoudenOp, String aangemaaktDoor) {

    public boolean gehouden() {
        return gehoudenOp != null;
    }
}
