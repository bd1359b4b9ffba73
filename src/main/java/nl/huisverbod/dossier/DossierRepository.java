package nl.huisverbod.dossier;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the Dossier aggregate as a whole; an update with a stale version is refused. */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNummer(int year) {
        long n = jdbc.sql("select nextval('dossier_nummer_seq')").query(Long.class).single();
        return "HV-%d-%06d".formatted(year, n);
    }

    void insert(Dossier d) {
        jdbc.sql("""
                insert into dossier (id, version, nummer, status, entry_route, incident_nummer, arrest, straat, huisnummer,
                    postcode, woonplaats, gemeente_code, police_unit, vt_region, registered_at, registered_by,
                    registered_by_org)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.nummer(), d.status().name(), d.entryRoute().name(), d.incidentNummer(), d.arrest(),
                        d.adres().straat(), d.adres().huisnummer(), d.adres().postcode(), d.adres().woonplaats(),
                        d.gemeenteCode(), d.policeUnit(), d.vtRegion(), ts(d.registeredAt()), d.registeredBy(),
                        d.registeredByOrganisation())
                .update();
        int position = 0;
        for (Persoon p : d.personen()) {
            jdbc.sql("""
                    insert into dossier_persoon (id, dossier_id, position, rol, voornamen, achternaam, geboortedatum, bsn,
                        relatie) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.id(), d.id(), position++, p.rol().name(), p.voornamen(), p.achternaam(),
                            p.geboortedatum(), p.bsn(), p.relatie().name())
                    .update();
        }
    }

    /** Stores the mutable state; fails when someone else saved the dossier since it was loaded. */
    void update(Dossier d) {
        Toetsingscriteria c = d.criteria();
        int rows = jdbc.sql("""
                update dossier set version = version + 1, status = ?, crit_meerderjarig = ?, crit_meerderjarig_reden = ?,
                    crit_woonachtig = ?, crit_woonachtig_reden = ?, crit_gevaar = ?, crit_gevaar_reden = ?,
                    crit_checked_at = ?, crit_checked_by = ?
                where id = ? and version = ?""")
                .params(d.status().name(), c.meerderjarig(), c.meerderjarigReden(), c.woonachtig(),
                        c.woonachtigReden(), c.gevaar(), c.gevaarReden(), ts(c.checkedAt()), c.checkedBy(), d.id(),
                        d.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("dossier " + d.nummer() + " was changed by someone else");
        }
    }

    Optional<Dossier> find(UUID id) {
        return jdbc.sql("select * from dossier where id = ?").param(id).query(this::map).optional();
    }

    Optional<Dossier> findByNummer(String nummer) {
        return jdbc.sql("select * from dossier where nummer = ?").param(nummer).query(this::map).optional();
    }

    /** The column of each field of a case list an API caller can sort on (ListRequest); text as Java compares it. */
    static final Map<String, String> SORT_COLUMNS = Map.of("nummer", "nummer collate \"C\"",
            "status", "status collate \"C\"", "adres", "adres collate \"C\"", "gemeenteCode", "gemeente_code collate \"C\"",
            "registeredAt", "registered_at", "uithuisgeplaatste", "uhg collate \"C\"");
    static final String NEWEST_FIRST = " order by registered_at desc, id";

    /**
     * A case list as its viewer sees it: {@code where} from {@link AccessPolicy}, {@code organisationId} the
     * viewer's organisation, whose partner kind on a case decides whether the address shows
     * ({@link Onderdeel#HUISHOUDEN}): hidden, it is not there to sort or search on either. {@code search}
     * (optional) keeps the cases whose number, address as shown or evicted person's name contains it, whatever
     * the case of its letters.
     */
    record CaseList(String where, List<Object> params, UUID organisationId, String search) {

        private String sql(String select, String tail) {
            String seeHousehold = Arrays.stream(PartnerSoort.values()).filter(k -> k.sees(Onderdeel.HUISHOUDEN))
                    .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
            return """
                    select %s from (
                      select x.*, case when x.partner is null or x.partner in (%s)
                          then x.straat || ' ' || x.huisnummer || ', ' || x.woonplaats end as adres
                      from (
                        select d.id, d.nummer, d.status, d.straat, d.huisnummer, d.woonplaats, d.gemeente_code, d.registered_at,
                            (select p.voornamen || ' ' || p.achternaam from dossier_persoon p
                              where p.dossier_id = d.id and p.rol = 'UITHUISGEPLAATSTE') as uhg,
                            (select t.partner_soort from dossier_toewijzing t
                              where t.dossier_id = d.id and t.organisation_id = ?) as partner
                        from dossier d where %s) x) y %s %s""".formatted(select, seeHousehold, where,
                    search == null ? "" : "where lower(y.nummer) like ? escape '\\' or lower(y.adres) like ? escape '\\'"
                            + " or lower(y.uhg) like ? escape '\\'", tail);
        }

        /** The arguments of {@link #sql}'s placeholders, in order, {@code after} last. */
        private List<Object> arguments(Object... after) {
            var all = new ArrayList<Object>();
            all.add(organisationId);
            all.addAll(params);
            if (search != null) {
                String pattern = "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                all.addAll(List.of(pattern, pattern, pattern));
            }
            all.addAll(Arrays.asList(after));
            return all;
        }
    }

    /** A page of a case list in the given order (by the columns of {@link #SORT_COLUMNS}). */
    List<DossierListItem> list(CaseList cases, String orderBy, long offset, int limit) {
        return jdbc.sql(cases.sql("*", orderBy + " offset ? limit ?"))
                .params(cases.arguments(offset, limit))
                .query((rs, n) -> new DossierListItem(rs.getObject("id", UUID.class), rs.getString("nummer"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getString("adres"),
                        rs.getString("gemeente_code"), rs.getTimestamp("registered_at").toInstant(), rs.getString("uhg")))
                .list();
    }

    /** How many cases the list holds (without a search, counted on the cases alone). */
    long count(CaseList cases) {
        if (cases.search() == null) {
            return jdbc.sql("select count(*) from dossier d where " + cases.where()).params(cases.params())
                    .query(Long.class).single();
        }
        return jdbc.sql(cases.sql("count(*)", "")).params(cases.arguments()).query(Long.class).single();
    }

    /**
     * Gives an organisation (or one of its professionals) access. A second professional of the same
     * organisation widens the access to the organisation; a partner kind narrows what it sees.
     */
    void assign(UUID dossierId, UUID organisationId, UUID userId, PartnerSoort partner, UUID assignedBy, Instant at) {
        jdbc.sql("""
                insert into dossier_toewijzing (dossier_id, organisation_id, user_id, partner_soort, assigned_at, assigned_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dossier_id, organisation_id) do update
                  set user_id = case when dossier_toewijzing.user_id is not distinct from excluded.user_id
                                     then excluded.user_id else null end,
                      partner_soort = case when excluded.partner_soort is null then null
                                           else coalesce(dossier_toewijzing.partner_soort, excluded.partner_soort) end""")
                .params(dossierId, organisationId, userId, partner == null ? null : partner.name(), ts(at), assignedBy)
                .update();
    }

    /**
     * Cases in which a person of the household is this person: the same BSN, or (when either has no BSN) the
     * same family name, first given name and date of birth. Only the evicted person and those staying behind.
     */
    List<PersoonMatch> byPerson(String bsn, String voornamen, String achternaam, java.time.LocalDate geboortedatum) {
        return jdbc.sql("""
                select d.id, d.nummer, d.registered_at, d.gemeente_code, d.status, p.rol,
                       case when p.bsn is not null and p.bsn = :bsn then 'BSN' else 'NAAM_GEBOORTEDATUM' end as grond
                from dossier_persoon p join dossier d on d.id = p.dossier_id
                where p.rol in ('UITHUISGEPLAATSTE', 'ACHTERBLIJVER')
                  and ((:bsn is not null and p.bsn = :bsn)
                    or ((:bsn is null or p.bsn is null) and lower(p.achternaam) = lower(:achternaam)
                        and p.geboortedatum = :geboortedatum
                        and lower(split_part(p.voornamen, ' ', 1)) = lower(split_part(:voornamen, ' ', 1))))""")
                .param("bsn", bsn, java.sql.Types.CHAR).param("voornamen", voornamen == null ? "" : voornamen)
                .param("achternaam", achternaam == null ? "" : achternaam)
                .param("geboortedatum", geboortedatum, java.sql.Types.DATE)
                .query((rs, n) -> new PersoonMatch(rs.getObject("id", UUID.class), rs.getString("nummer"),
                        PersoonMatch.Grond.valueOf(rs.getString("grond")), PersonRole.valueOf(rs.getString("rol")),
                        nl.huisverbod.shared.LegalTime.localDate(rs.getTimestamp("registered_at").toInstant()),
                        rs.getString("gemeente_code"), DossierStatus.valueOf(rs.getString("status"))))
                .list();
    }

    List<CohortCase> cohort(java.time.LocalDate from, java.time.LocalDate until, String column, String value) {
        String where = column == null ? "" : " and " + column + " = ?";
        var params = new java.util.ArrayList<Object>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(until)));
        if (column != null) {
            params.add(value);
        }
        return jdbc.sql("""
                select id, registered_at, status, gemeente_code, vt_region, police_unit from dossier
                where (registered_at at time zone 'Europe/Amsterdam')::date between ? and ?""" + where)
                .params(params)
                .query((rs, n) -> new CohortCase(rs.getObject("id", UUID.class),
                        nl.huisverbod.shared.LegalTime.localDate(rs.getTimestamp("registered_at").toInstant()),
                        DossierStatus.valueOf(rs.getString("status")), rs.getString("gemeente_code"),
                        rs.getString("vt_region"), rs.getString("police_unit")))
                .list();
    }

    List<PersoonMatch> byAddress(String postcode, String huisnummer) {
        return jdbc.sql("select id, nummer, registered_at, gemeente_code, status from dossier where postcode = ? and huisnummer = ?")
                .params(postcode, huisnummer)
                .query((rs, n) -> new PersoonMatch(rs.getObject("id", UUID.class), rs.getString("nummer"),
                        PersoonMatch.Grond.ADRES, null,
                        nl.huisverbod.shared.LegalTime.localDate(rs.getTimestamp("registered_at").toInstant()),
                        rs.getString("gemeente_code"), DossierStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Cases in which no order was imposed, registered at or before the moment, with documents still kept. */
    List<UUID> withoutOrderWithDocumentsBefore(Instant registeredBefore, int limit) {
        return jdbc.sql("""
                select d.id from dossier d where d.registered_at <= ?
                  and d.status in ('GEMELD', 'CRITERIA_GETOETST', 'RIHG_VASTGESTELD', 'NIET_OPGELEGD')
                  and exists (select 1 from dossier_document x where x.dossier_id = d.id and x.vernietigd_op is null)
                order by d.registered_at limit ?""")
                .params(ts(registeredBefore), limit).query(UUID.class).list();
    }

    List<UUID> assignedOrganisations(UUID dossierId) {
        return jdbc.sql("select organisation_id from dossier_toewijzing where dossier_id = ? order by assigned_at")
                .param(dossierId).query(UUID.class).list();
    }

    /** The partner kind the organisation was invited as; empty when it was not assigned, null kind = full. */
    java.util.Optional<java.util.Optional<PartnerSoort>> assignment(UUID dossierId, UUID organisationId, UUID userId) {
        return jdbc.sql("""
                select partner_soort from dossier_toewijzing
                where dossier_id = ? and organisation_id = ? and (user_id is null or user_id = ?)""")
                .params(dossierId, organisationId, userId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)).map(PartnerSoort::valueOf))
                .optional();
    }

    private Dossier map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Persoon> personen = jdbc.sql("select * from dossier_persoon where dossier_id = ? order by position")
                .param(id)
                .query((p, n) -> new Persoon(p.getObject("id", UUID.class), PersonRole.valueOf(p.getString("rol")),
                        p.getString("voornamen"), p.getString("achternaam"),
                        p.getObject("geboortedatum", java.time.LocalDate.class), p.getString("bsn"),
                        Relatie.valueOf(p.getString("relatie"))))
                .list();
        var criteria = new Toetsingscriteria(bool(rs, "crit_meerderjarig"), rs.getString("crit_meerderjarig_reden"),
                bool(rs, "crit_woonachtig"), rs.getString("crit_woonachtig_reden"), bool(rs, "crit_gevaar"),
                rs.getString("crit_gevaar_reden"), instant(rs, "crit_checked_at"),
                rs.getObject("crit_checked_by", UUID.class));
        return new Dossier(id, rs.getInt("version"), rs.getString("nummer"),
                DossierStatus.valueOf(rs.getString("status")), EntryRoute.valueOf(rs.getString("entry_route")),
                rs.getString("incident_nummer"), rs.getBoolean("arrest"),
                new Adres(rs.getString("straat"), rs.getString("huisnummer"), rs.getString("postcode"),
                        rs.getString("woonplaats"), rs.getString("gemeente_code")),
                rs.getString("police_unit"), rs.getString("vt_region"), instant(rs, "registered_at"),
                rs.getObject("registered_by", UUID.class), rs.getObject("registered_by_org", UUID.class),
                criteria, personen);
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
