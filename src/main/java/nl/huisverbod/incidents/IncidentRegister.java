package nl.huisverbod.incidents;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.PersoonMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores incidents (the same source and number again replaces the earlier version, so a re-import does not
 * duplicate) and links each to the cases whose evicted person or persons staying behind it involves, or
 * only whose address it shares.
 */
@Component
class IncidentRegister {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;

    IncidentRegister(JdbcClient jdbc, Dossiers dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    record Saved(UUID id, boolean created, int links) {
    }

    Saved save(Incident in, String policeUnit, UUID by, Instant now) {
        UUID existing = jdbc.sql("select id from incident where bron = ? and extern_nummer = ?")
                .params(in.bron().name(), in.externNummer()).query(UUID.class).optional().orElse(null);
        UUID id = existing == null ? UUID.randomUUID() : existing;
        if (existing == null) {
            jdbc.sql("""
                    insert into incident (id, bron, extern_nummer, datum, aard, postcode, huisnummer, gemeente_code,
                        police_unit, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, in.bron().name(), in.externNummer(), in.datum(), in.aard().name(), in.postcode(),
                            in.huisnummer(), in.gemeenteCode(), policeUnit, ts(now), by).update();
        } else {
            jdbc.sql("""
                    update incident set datum = ?, aard = ?, postcode = ?, huisnummer = ?, gemeente_code = ?,
                        police_unit = ?, recorded_at = ?, recorded_by = ? where id = ?""")
                    .params(in.datum(), in.aard().name(), in.postcode(), in.huisnummer(), in.gemeenteCode(), policeUnit,
                            ts(now), by, id).update();
            jdbc.sql("delete from incident_persoon where incident_id = ?").param(id).update();
            jdbc.sql("delete from incident_koppeling where incident_id = ?").param(id).update();
        }
        int position = 0;
        for (Incident.Betrokkene b : in.betrokkenen()) {
            jdbc.sql("""
                    insert into incident_persoon (incident_id, position, rol, bsn, voornamen, achternaam, geboortedatum)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, b.rol().name(), b.bsn(), b.voornamen(), b.achternaam(), b.geboortedatum())
                    .update();
        }
        Map<UUID, PersoonMatch.Grond> links = links(in);
        links.forEach((dossier, grond) -> jdbc.sql(
                "insert into incident_koppeling (incident_id, dossier_id, grond) values (?, ?, ?)")
                .params(id, dossier, grond.name()).update());
        return new Saved(id, existing == null, links.size());
    }

    /** Person links win over an address link; a BSN link over a name link. */
    private Map<UUID, PersoonMatch.Grond> links(Incident in) {
        Map<UUID, PersoonMatch.Grond> links = new LinkedHashMap<>();
        for (Incident.Betrokkene b : in.betrokkenen()) {
            for (PersoonMatch m : dossiers.casesOfPerson(b.bsn(), b.voornamen(), b.achternaam(), b.geboortedatum())) {
                links.merge(m.dossierId(), m.grond(), (a, c) -> a.ordinal() <= c.ordinal() ? a : c);
            }
        }
        if (in.postcode() != null && in.huisnummer() != null) {
            for (PersoonMatch m : dossiers.casesAtAddress(in.postcode(), in.huisnummer())) {
                links.putIfAbsent(m.dossierId(), PersoonMatch.Grond.ADRES);
            }
        }
        return links;
    }

    /** The incidents linked to a case, with how they are linked, oldest first. */
    List<Gekoppeld> ofDossier(UUID dossierId) {
        return jdbc.sql("""
                select i.id, i.bron, i.extern_nummer, i.datum, i.aard, k.grond from incident_koppeling k
                join incident i on i.id = k.incident_id where k.dossier_id = ? order by i.datum, i.extern_nummer""")
                .param(dossierId)
                .query((rs, n) -> new Gekoppeld(rs.getObject("id", UUID.class), Incident.Bron.valueOf(rs.getString("bron")),
                        rs.getString("extern_nummer"), rs.getObject("datum", LocalDate.class),
                        Incident.Aard.valueOf(rs.getString("aard")), PersoonMatch.Grond.valueOf(rs.getString("grond"))))
                .list();
    }

    /** An incident as linked to one case. */
    public record Gekoppeld(UUID id, Incident.Bron bron, String externNummer, LocalDate datum, Incident.Aard aard,
                            PersoonMatch.Grond grond) {

        /** Counts towards repeat violence: it involves a person of the household, and is not stalking (§11). */
        public boolean telt() {
            return grond != PersoonMatch.Grond.ADRES && aard != Incident.Aard.STALKING;
        }
    }
}
