package nl.huisverbod.figures;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.decision.RedenNietOpleggen;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.followup.Medewerkingsscore;
import nl.huisverbod.followup.Uitkomstcodering;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.incidents.Incident;
import nl.huisverbod.shared.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects the cases registered in this system (source {@value ZaakFeiten#LIVE}) into the figures' case rows,
 * so that the figures count live and imported cases alike. It reads the live tables with plain SQL, read-only
 * and in bulk (ADR 0012: the reporting exception of the architecture); every column it reads is in this one
 * class, and {@code LiveZakenTest} fails when one of them changes. Names, BSN and addresses are not copied: a
 * person becomes the key of its row, a birth date its year. Runs periodically and on the administrator's
 * request; one node at a time (an advisory lock), the result replaces the previous projection.
 */
@Service
public class LiveZaken {

    private static final Logger log = LoggerFactory.getLogger(LiveZaken.class);
    private static final long LOCK = 0x57A7_11FEL;
    private static final String TZ = " at time zone 'Europe/Amsterdam'";

    private final JdbcTemplate jdbc;
    private final ZaakFeitenOpslag opslag;
    private final ObjectMapper json;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    LiveZaken(JdbcTemplate jdbc, ZaakFeitenOpslag opslag, ObjectMapper json, CurrentUserProvider currentUser,
              AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The administrator's "refresh now" (after a correction, before a report). */
    @Transactional
    public int vernieuwNu() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("the functional administrator refreshes the figures");
        }
        return vernieuw();
    }

    @Scheduled(fixedDelayString = "${huisverbod.figures.live-refresh:PT1H}",
            initialDelayString = "${huisverbod.figures.live-refresh:PT1H}")
    @Transactional
    public void periodiek() {
        int n = vernieuw();
        if (n >= 0) {
            log.info("figures: {} live cases projected", n);
        }
    }

    /** @return the number of cases projected, or -1 when another node is at it */
    int vernieuw() {
        Boolean lock = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
        if (!Boolean.TRUE.equals(lock)) {
            return -1;
        }
        Map<UUID, Basis> zaken = new LinkedHashMap<>();
        jdbc.query("""
                select d.id, d.nummer, d.gemeente_code, (d.registered_at""" + TZ + """
                )::date as incident_op, d.arrest,
                  r.finalised_at, r.indicated, h.imposed_at, h.ends_at, h.extended_at, h.withdrawn_at, h.annulled_at,
                  h.lawyer_arranged_at, u.codering,
                  case when h.status = 'NIET_OPGELEGD' then h.reden_niet_opleggen end as reden_niet_opleggen
                from dossier d
                left join risicotaxatie r on r.dossier_id = d.id and r.finalised_at is not null
                left join huisverbod h on h.dossier_id = d.id
                left join uitkomst u on u.dossier_id = d.id
                where r.finalised_at is not null or h.imposed_at is not null""", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Instant rihg = instant(rs.getTimestamp("finalised_at"));
            Instant opgelegd = instant(rs.getTimestamp("imposed_at"));
            Boolean indicated = (Boolean) rs.getObject("indicated");
            String codering = rs.getString("codering");
            String reden = rs.getString("reden_niet_opleggen");
            zaken.put(id, new Basis(rs.getString("nummer"), rs.getString("gemeente_code"),
                    rs.getObject("incident_op", LocalDate.class), rs.getBoolean("arrest"),
                    rihg == null ? null : new ZaakFeiten.Rihg(rihg, indicated == null ? null
                            : indicated ? ZaakFeiten.Advies.HUISVERBOD : ZaakFeiten.Advies.GEEN_HUISVERBOD),
                    opgelegd == null ? null : new ZaakFeiten.Huisverbod(opgelegd, instant(rs.getTimestamp("ends_at")),
                            instant(rs.getTimestamp("extended_at")), instant(rs.getTimestamp("withdrawn_at")),
                            rs.getTimestamp("annulled_at") != null, rs.getTimestamp("lawyer_arranged_at") != null),
                    codering == null ? null : json.readValue(codering, Uitkomstcodering.class),
                    reden == null ? null : RedenNietOpleggen.valueOf(reden)));
        });
        var details = new Details(zaken.keySet());
        Pseudoniemen sleutel = persoonSleutel();
        jdbc.query("""
                select dossier_id, rol, geboortedatum, bsn, lower(achternaam), lower(split_part(voornamen, ' ', 1))
                from dossier_persoon order by dossier_id, position""", rs -> {
            LocalDate geboren = rs.getObject(3, LocalDate.class);
            // the same person in two cases gets the same key, as incidents are linked (ADR 0011): by BSN, else
            // by family name, first given name and date of birth; keyed, so the key reveals none of them
            String bsn = rs.getString(4);
            String key = bsn != null ? sleutel.van("bsn", bsn) : sleutel.van("naw", rs.getString(5), rs.getString(6),
                    geboren.toString());
            details.with(rs.getObject(1, UUID.class), d -> {
                if (d.personen.stream().noneMatch(p -> p.key().equals(key))) {
                    d.personen.add(new ZaakFeiten.Persoon(key, PersonRole.valueOf(rs.getString(2)), geboren.getYear()));
                }
            });
        });
        jdbc.query("select dossier_id, occurred_at from overtreding", rs -> {
            details.with(rs.getObject(1, UUID.class), d -> d.overtredingen.add(instant(rs.getTimestamp(2))));
        });
        jdbc.query("select dossier_id, soort, uitkomst from rechtsmiddel", rs -> {
            String uitkomst = rs.getString(3);
            details.with(rs.getObject(1, UUID.class), d -> d.rechtsmiddelen.add(new ZaakFeiten.RechtsmiddelFeit(
                    Rechtsmiddel.Soort.valueOf(rs.getString(2)), uitkomst == null ? null
                            : Rechtsmiddel.Uitkomst.valueOf(uitkomst))));
        });
        jdbc.query("""
                select o.dossier_id, sum(coalesce(o.tot, current_date) - o.van) from opvang o
                join dossier_persoon p on p.id = o.persoon_id and p.rol = 'UITHUISGEPLAATSTE' group by o.dossier_id""",
                rs -> {
                    details.with(rs.getObject(1, UUID.class), d -> d.opvang = new ZaakFeiten.Opvang(true, rs.getInt(2)));
                });
        jdbc.query("select dossier_id, kind, starts_at, due_at, met_at from deadline", rs -> {
            details.with(rs.getObject(1, UUID.class), d -> d.termijnen.add(new ZaakFeiten.Termijn(rs.getString(2),
                    instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)))));
        });
        jdbc.query("""
                select p.dossier_id, p.rol, min(c.moment) filter (where c.bereikt) from dossier_persoon p
                left join contact c on c.persoon_id = p.id group by p.dossier_id, p.id, p.rol""", rs -> {
            details.with(rs.getObject(1, UUID.class), d -> d.contacten.add(new ZaakFeiten.EersteContact(
                    PersonRole.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)))));
        });
        jdbc.query("""
                select v.dossier_id, p.rol, v.programma, v.geaccepteerd_op, v.gestart_op, v.afgerond_op, v.medewerking,
                  v.uitval_reden, v.aangeboden_op from verwijzing v join dossier_persoon p on p.id = v.persoon_id""", rs -> {
            Integer score = (Integer) rs.getObject(7);
            boolean geaccepteerd = rs.getObject(4) != null;
            boolean gestart = rs.getObject(5) != null;
            boolean afgerond = rs.getObject(6) != null;
            details.with(rs.getObject(1, UUID.class), d -> d.trajecten.add(new ZaakFeiten.Traject(
                    PersonRole.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(9) != null, geaccepteerd, gestart,
                    afgerond,
                    score != null && Medewerkingsscore.pastBij(score, geaccepteerd, gestart, afgerond) ? score : null,
                    rs.getString(8))));
        });
        jdbc.query("""
                select k.dossier_id, i.datum, i.bron, i.aard = 'STALKING' from incident_koppeling k
                join incident i on i.id = k.incident_id where k.grond <> 'ADRES'""", rs -> {
            details.with(rs.getObject(1, UUID.class), d -> d.incidenten.add(new ZaakFeiten.NieuwIncident(
                    rs.getObject(2, LocalDate.class), Incident.Bron.valueOf(rs.getString(3)), rs.getBoolean(4))));
        });
        List<ZaakFeiten> feiten = new ArrayList<>();
        zaken.forEach((id, b) -> {
            Detail d = details.byCase.get(id);
            boolean order = b.huisverbod() != null;
            feiten.add(new ZaakFeiten(ZaakFeiten.LIVE, b.nummer(), b.gemeente(), b.incident(), b.arrest(), d.personen,
                    b.rihg(), b.huisverbod(), order ? d.overtredingen : List.of(), order ? d.rechtsmiddelen : List.of(),
                    d.opvang, d.termijnen, order ? d.contacten : List.of(), d.trajecten, d.incidenten, b.uitkomst(),
                    b.redenNietOpgelegd()));
        });
        Instant nu = clock.instant();
        for (int i = 0; i < feiten.size(); i += ZaakImport.CHUNK) {
            opslag.vervang(feiten.subList(i, Math.min(feiten.size(), i + ZaakImport.CHUNK)), nu);
        }
        UUID[] ids = feiten.stream().map(ZaakFeiten::id).toArray(UUID[]::new);
        // cases destroyed under the retention rules (Wth 10) leave the figures too
        jdbc.update(con -> {
            var ps = con.prepareStatement("delete from stat_zaak where bron = ? and not (id = any(?))");
            Array array = con.createArrayOf("uuid", ids);
            ps.setString(1, ZaakFeiten.LIVE);
            ps.setArray(2, array);
            return ps;
        });
        opslag.bronBijgewerkt(ZaakFeiten.LIVE);
        // it reads every case's household (BSN and names only to make the keyed person keys): one entry per run
        audit.record(new AuditRecord(AuditAction.READ, "cijferprojectie", null, null, List.of(),
                "zaken tellen in de cijfers (gepseudonimiseerd)", "Wth art. 2; AVG art. 89",
                feiten.size() + " zaken geprojecteerd"));
        return feiten.size();
    }

    /** The key of the person keys, made once per installation and kept with the figures' settings. */
    private Pseudoniemen persoonSleutel() {
        jdbc.update("insert into cijfer_instelling (sleutel, waarde) values ('persoon-sleutel', ?) on conflict do nothing",
                Pseudoniemen.nieuweSleutel());
        return Pseudoniemen.van(jdbc.queryForObject(
                "select waarde from cijfer_instelling where sleutel = 'persoon-sleutel'", String.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record Basis(String nummer, String gemeente, LocalDate incident, boolean arrest, ZaakFeiten.Rihg rihg,
                         ZaakFeiten.Huisverbod huisverbod, Uitkomstcodering uitkomst, RedenNietOpleggen redenNietOpgelegd) {
    }

    private static final class Detail {
        final List<ZaakFeiten.Persoon> personen = new ArrayList<>();
        final List<Instant> overtredingen = new ArrayList<>();
        final List<ZaakFeiten.RechtsmiddelFeit> rechtsmiddelen = new ArrayList<>();
        final List<ZaakFeiten.Termijn> termijnen = new ArrayList<>();
        final List<ZaakFeiten.EersteContact> contacten = new ArrayList<>();
        final List<ZaakFeiten.Traject> trajecten = new ArrayList<>();
        final List<ZaakFeiten.NieuwIncident> incidenten = new ArrayList<>();
        ZaakFeiten.Opvang opvang;
    }

    private interface Adder {
        void add(Detail d) throws SQLException;
    }

    /** The details of the projected cases (those with a finalised RiHG or an order). */
    private static final class Details {
        private final Map<UUID, Detail> byCase = new HashMap<>();

        Details(Set<UUID> cases) {
            cases.forEach(id -> byCase.put(id, new Detail()));
        }

        /** Adds to a projected case's details; rows of other cases are skipped. */
        void with(UUID id, Adder adder) throws SQLException {
            Detail d = byCase.get(id);
            if (d != null) {
                adder.add(d);
            }
        }
    }
}
