package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes cases for the figures in batches: a case that is already there (same source and id) is replaced as a
 * whole, its details included, so that a re-import or a refreshed live case never duplicates anything.
 */
@Repository
class ZaakFeitenOpslag {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SourceOverlaps overlaps;

    ZaakFeitenOpslag(JdbcTemplate jdbc, ObjectMapper json, SourceOverlaps overlaps) {
        this.jdbc = jdbc;
        this.json = json;
        this.overlaps = overlaps;
    }

    /** After every case of an import or a projection is written: which other sources hold the same cases. */
    void bronBijgewerkt(String bron) {
        overlaps.recompute(bron);
    }

    /** Replaces these cases; the caller holds the transaction. */
    void vervang(Collection<ZaakFeiten> zaken, Instant nu) {
        if (zaken.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("delete from stat_zaak where id = ?", zaken.stream().map(z -> new Object[] {z.id()}).toList());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> personen = new ArrayList<>();
        List<Object[]> overtredingen = new ArrayList<>();
        List<Object[]> rechtsmiddelen = new ArrayList<>();
        List<Object[]> termijnen = new ArrayList<>();
        List<Object[]> contacten = new ArrayList<>();
        List<Object[]> trajecten = new ArrayList<>();
        List<Object[]> incidenten = new ArrayList<>();
        for (ZaakFeiten z : zaken) {
            UUID id = z.id();
            var h = z.huisverbod();
            rows.add(new Object[] {id, z.bron(), z.externId(), z.gemeenteCode(), z.incidentDatum(),
                    z.rihg() == null ? null : ts(z.rihg().afgerondOp()),
                    z.rihg() == null || z.rihg().advies() == null ? null : z.rihg().advies().name(),
                    h == null ? null : ts(h.opgelegdOp()), h == null ? null : ts(h.eindeOp()),
                    h == null ? null : ts(h.verlengdOp()), h == null ? null : ts(h.ingetrokkenOp()),
                    h != null && h.vernietigd(), h == null ? null : h.advocaat(), z.aanhouding(), z.minderjarigen(),
                    z.opvang() == null ? null : z.opvang().uithuisgeplaatste(),
                    z.opvang() == null ? null : z.opvang().nachten(),
                    z.uitkomst() == null ? null : json.writeValueAsString(z.uitkomst()), ts(nu),
                    z.redenNietOpgelegd() == null ? null : z.redenNietOpgelegd().name()});
            z.huishouden().forEach(p -> personen.add(new Object[] {id, p.key(), p.rol().name(), p.geboortejaar()}));
            z.overtredingen().forEach(o -> overtredingen.add(new Object[] {id, ts(o)}));
            z.rechtsmiddelen().forEach(r -> rechtsmiddelen.add(new Object[] {id, r.soort().name(),
                    r.uitkomst() == null ? null : r.uitkomst().name()}));
            z.termijnen().forEach(t -> termijnen.add(new Object[] {id, t.soort(), ts(t.startOp()), ts(t.uiterlijkOp()),
                    ts(t.gedaanOp())}));
            z.eersteContacten().forEach(c -> contacten.add(new Object[] {id, c.rol().name(), ts(c.op())}));
            z.trajecten().forEach(t -> trajecten.add(new Object[] {id, t.rol().name(), t.programma(), t.aangeboden(),
                    t.geaccepteerd(), t.gestart(), t.afgerond(), t.score(), t.uitvalreden()}));
            z.nieuweIncidenten().forEach(i -> incidenten.add(new Object[] {id, i.datum(), i.bron().name(), i.stalking()}));
        }
        jdbc.batchUpdate("""
                insert into stat_zaak (id, bron, extern_id, gemeente_code, incident_op, rihg_op, rihg_advies, opgelegd_op,
                    einde_op, verlengd_op, ingetrokken_op, vernietigd, advocaat, aanhouding, minderjarigen,
                    opvang_uithuisgeplaatste, opvang_nachten, uitkomst, bijgewerkt_op, reden_niet_opgelegd)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", rows);
        batch("insert into stat_persoon (zaak_id, persoon_key, rol, geboortejaar) values (?, ?, ?, ?)", personen);
        batch("insert into stat_overtreding (zaak_id, op) values (?, ?)", overtredingen);
        batch("insert into stat_rechtsmiddel (zaak_id, soort, uitkomst) values (?, ?, ?)", rechtsmiddelen);
        batch("insert into stat_termijn (zaak_id, soort, start_op, uiterlijk_op, gedaan_op) values (?, ?, ?, ?, ?)",
                termijnen);
        batch("insert into stat_eerste_contact (zaak_id, rol, op) values (?, ?, ?)", contacten);
        batch("""
                insert into stat_traject (zaak_id, rol, programma, aangeboden, geaccepteerd, gestart, afgerond, score,
                    uitvalreden) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", trajecten);
        batch("insert into stat_nieuw_incident (zaak_id, datum, bron, stalking) values (?, ?, ?, ?)", incidenten);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
