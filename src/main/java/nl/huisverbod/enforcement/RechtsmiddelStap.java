package nl.huisverbod.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A step in a legal remedy: lodged, heard, ruled. Interim relief must be heard within three days (Wth 6). */
public record RechtsmiddelStap(UUID rechtsmiddelId, UUID dossierId, String dossierNummer, String gemeenteCode,
                               Rechtsmiddel.Soort soort, Stap stap, Instant at) {

    public enum Stap { INGESTELD, ZITTING, UITSPRAAK }
}
