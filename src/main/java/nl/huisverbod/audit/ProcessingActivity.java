package nl.huisverbod.audit;

import java.util.Map;
import java.util.Set;

/**
 * The register of processing activities (AVG art. 30) that every audit entry names (Logboek Dataverwerkingen:
 * {@code dpl.core.processing_activity_id}, a reference into the register, published at
 * {@code /api/v1/verwerkingsactiviteiten/{id}}). Each kind of object the modules record belongs to one
 * activity; a kind not listed is part of handling the case itself.
 */
public enum ProcessingActivity {
    /** Registering the case, the RiHG, imposing, serving, extending and checking the order (Wth 2-10). */
    HUISVERBOD("huisverbod", "Wth art. 2 tot en met 10"),
    /** Help during and after the order, by Veilig Thuis and the care partners (Wth art. 2 lid 8). */
    HULPVERLENING("hulpverlening", "Wth art. 2 lid 8; Wmo 2015 art. 4.1.1"),
    /** Breaches of the order and the criminal follow-up (Wth art. 11; Wetboek van Strafvordering). */
    HANDHAVING("handhaving", "Wth art. 11; Wet politiegegevens art. 8"),
    /** Figures, the evaluation and the research extract, pseudonymised (AVG art. 89). */
    BELEIDSINFORMATIE("beleidsinformatie", "AVG art. 89; Wth art. 2"),
    /** Who signed in, and who looked at the trail itself (AVG art. 32 and 15). */
    BEVEILIGING("beveiliging", "AVG art. 15 en 32"),
    /** The municipalities' settings: mandate, help organisation, letterhead (Wth art. 3). */
    BEHEER("beheer", "Wth art. 3");

    private static final Map<ProcessingActivity, Set<String>> OBJECT_TYPES = Map.of(
            HULPVERLENING, Set.of("hulpverlening", "coordinatie", "hulpverlener", "contact", "screening",
                    "zorgoverleg", "plan-van-aanpak", "taak", "taken", "veiligheidsplan", "systeemgesprek", "opvang",
                    "zorgadvies", "zienswijze", "nazorg", "verwijzing", "probleeminventaris", "tijdregistratie",
                    "monitoringcontact", "monitoringrapport", "uitkomst"),
            HANDHAVING, Set.of("overtreding", "strafrecht"),
            BELEIDSINFORMATIE, Set.of("cijferprojectie", "cijferinstelling", "cijfertoestemming", "gemeente-tellingen",
                    "politie-tellingen", "politie-incidenten", "zaak-import", "onderzoeksextract"),
            BEVEILIGING, Set.of("aanmelding", "audit-inzage", "systeemsleutels"),
            BEHEER, Set.of("gemeentebeleid"));

    private final String id;
    private final String legalBasis;

    ProcessingActivity(String id, String legalBasis) {
        this.id = id;
        this.legalBasis = legalBasis;
    }

    /** The activity's identifier in the register, as the Logboek names it. */
    public String id() {
        return id;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The activity a kind of object is processed for. */
    public static ProcessingActivity of(String objectType) {
        for (var e : OBJECT_TYPES.entrySet()) {
            if (e.getValue().contains(objectType)) {
                return e.getKey();
            }
        }
        return HUISVERBOD;
    }

    public static java.util.Optional<ProcessingActivity> byId(String id) {
        for (ProcessingActivity a : values()) {
            if (a.id.equals(id)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
