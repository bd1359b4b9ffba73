package nl.huisverbod.figures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.decision.RedenNietOpleggen;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.followup.Uitkomstcodering;
import nl.huisverbod.incidents.Incident;
import nl.huisverbod.shared.LegalTime;

/**
 * One case as the figures count it (domain.md §12): the facts the normative definitions need, keyed by the
 * case's source and its id there. Deliberately without names, BSN or addresses: a person is a key that is
 * only unique within the case's source. A case without an order may say why none was imposed.
 */
public record ZaakFeiten(String bron, String externId, String gemeenteCode, LocalDate incidentDatum,
                         Boolean aanhouding, List<Persoon> huishouden, Rihg rihg, Huisverbod huisverbod,
                         List<Instant> overtredingen, List<RechtsmiddelFeit> rechtsmiddelen, Opvang opvang,
                         List<Termijn> termijnen, List<EersteContact> eersteContacten, List<Traject> trajecten,
                         List<NieuwIncident> nieuweIncidenten, Uitkomstcodering uitkomst,
                         RedenNietOpleggen redenNietOpgelegd) {

    /** The source of the cases registered in this system itself; imports name their own source. */
    public static final String LIVE = "live";

    /** The same case always gets the same id, so that importing it again replaces it. */
    public UUID id() {
        return id(bron, externId);
    }

    static UUID id(String bron, String externId) {
        return UUID.nameUUIDFromBytes((bron + "\u0000" + externId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * §12 "with children": at least one minor in the household when the order was imposed (or the RiHG
     * finalised); unknown without a household.
     */
    public Boolean minderjarigen() {
        Instant moment = huisverbod != null ? huisverbod.opgelegdOp() : rihg != null ? rihg.afgerondOp() : null;
        if (huishouden.isEmpty() || moment == null) {
            return null;
        }
        int jaar = LegalTime.localDate(moment).getYear();
        return huishouden.stream().anyMatch(p -> p.geboortejaar() != null ? jaar - p.geboortejaar() < 18
                : p.rol() == PersonRole.KIND);
    }

    public record Persoon(String key, PersonRole rol, Integer geboortejaar) {
    }

    public enum Advies { HUISVERBOD, GEEN_HUISVERBOD }

    public record Rihg(Instant afgerondOp, Advies advies) {
    }

    public record Huisverbod(Instant opgelegdOp, Instant eindeOp, Instant verlengdOp, Instant ingetrokkenOp,
                             boolean vernietigd, Boolean advocaat) {
    }

    public record RechtsmiddelFeit(Rechtsmiddel.Soort soort, Rechtsmiddel.Uitkomst uitkomst) {
    }

    public record Opvang(boolean uithuisgeplaatste, Integer nachten) {
    }

    public record Termijn(String soort, Instant startOp, Instant uiterlijkOp, Instant gedaanOp) {
    }

    /** {@code op} null: no first contact (or unknown), its own bucket in §12. */
    public record EersteContact(PersonRole rol, Instant op) {
    }

    /** One follow-up programme for one role, through the funnel of §9 with its cooperation score 1–5. */
    public record Traject(PersonRole rol, String programma, boolean aangeboden, boolean geaccepteerd, boolean gestart,
                          boolean afgerond, Integer score, String uitvalreden) {
    }

    public record NieuwIncident(LocalDate datum, Incident.Bron bron, boolean stalking) {
    }
}
