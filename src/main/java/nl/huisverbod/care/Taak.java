package nl.huisverbod.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task from a care meeting or a plan van aanpak: what, which organisation, by when, and when done. */
public record Taak(UUID id, int version, UUID dossierId, String dossierNummer, Bron bron, String omschrijving,
                   UUID eigenaarId, String eigenaar, LocalDate uiterlijk, Instant gereedOp) {

    public enum Bron { ZORGOVERLEG, PLAN_VAN_AANPAK }

    public boolean open() {
        return gereedOp == null;
    }
}
