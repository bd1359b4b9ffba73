package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of the coordinated help was recorded (domain.md §4 step 7, §9): the agreed deadlines of §7 are met
 * by these steps. {@code organisationId} is the organisation that took the step.
 */
public record HulpverleningStap(UUID dossierId, String dossierNummer, String gemeenteCode, Stap stap,
                                UUID organisationId, Instant at) {

    public enum Stap {
        /** The coordinator accepted the file: help is activated. */
        AANVAARD,
        CONTACT_ACHTERBLIJVER,
        HUISBEZOEK_ACHTERBLIJVER,
        CONTACT_UITHUISGEPLAATSTE,
        CONTACT_KIND,
        GEZINSMANAGER_TOEGEWEZEN,
        ZORGOVERLEG_GEHOUDEN,
        SYSTEEMGESPREK_GEVOERD,
        ZORGADVIES_UITGEBRACHT
    }
}
