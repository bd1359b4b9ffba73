package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log. A reached first contact with those staying behind, the evicted person or a child, and a
 * home visit to those staying behind, meet the agreed deadlines of domain.md §7.
 */
@Service
public class Contacten {

    private final JdbcClient jdbc;
    private final CareContext care;
    private final Hulpteam team;

    Contacten(JdbcClient jdbc, CareContext care, Hulpteam team) {
        this.jdbc = jdbc;
        this.care = care;
        this.team = team;
    }

    @Transactional
    public Contact record(UUID dossierId, ContactInput c) {
        Dossier d = care.change(dossierId, Onderdeel.CONTACTEN, "vastleggen contact", Role.VT_COORDINATOR,
                Role.ZORGPROFESSIONAL);
        java.time.Instant imposed = care.requireImposed(dossierId);
        var v = new Violations();
        Optional<Persoon> persoon = c.persoonId() == null ? Optional.empty()
                : d.personen().stream().filter(p -> p.id().equals(c.persoonId())).findFirst();
        if (c.persoonId() != null) {
            v.require(persoon.isPresent(), "persoonId", "care.contact.unknownPerson");
        } else {
            v.requireText(c.partij(), "partij", 200);
        }
        v.require(c.kanaal() != null, "kanaal", "validation.required");
        v.require(c.bereikt() != null, "bereikt", "validation.required");
        care.checkMoment(v, "moment", c.moment(), imposed);
        v.optionalText(c.notitie(), "notitie", 4000);
        v.require(team.coordinatie(dossierId).isPresent(), "dossier", "care.notAccepted");
        v.throwIfAny();
        CurrentUser u = care.user();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into contact (id, dossier_id, persoon_id, partij, kanaal, bereikt, moment, notitie, organisation_id,
                    recorded_by, recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), c.persoonId(), CareContext.trim(c.partij()), c.kanaal().name(), c.bereikt(),
                        ts(c.moment()), CareContext.trim(c.notitie()), u.organisationId(), u.userId(), u.displayName(),
                        ts(care.now())).update();
        care.write(d, "contact", id, persoon.map(p -> List.of(p.id())).orElse(List.of()), "vastleggen contact",
                c.kanaal() + (c.bereikt() ? ", bereikt" : ", niet bereikt"));
        if (c.bereikt() && persoon.isPresent()) {
            PersonRole rol = persoon.get().rol();
            switch (rol) {
                case ACHTERBLIJVER -> {
                    care.announce(d, HulpverleningStap.Stap.CONTACT_ACHTERBLIJVER, c.moment());
                    if (c.kanaal() == Contact.Kanaal.HUISBEZOEK) {
                        care.announce(d, HulpverleningStap.Stap.HUISBEZOEK_ACHTERBLIJVER, c.moment());
                    }
                }
                case UITHUISGEPLAATSTE -> care.announce(d, HulpverleningStap.Stap.CONTACT_UITHUISGEPLAATSTE, c.moment());
                case KIND -> care.announce(d, HulpverleningStap.Stap.CONTACT_KIND, c.moment());
                case HUISGENOOT -> { /* no agreed deadline for other housemates */ }
            }
        }
        return list(d).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** The first reached contact per person of the household, and how long after the order it came (§9). */
    public record EersteContact(UUID persoonId, String naam, nl.huisverbod.dossier.PersonRole rol,
                                java.time.Instant moment, Long urenNaOpleggen) {
    }

    @Transactional
    public List<EersteContact> eersteContacten(UUID dossierId) {
        Dossier d = care.read(dossierId, Onderdeel.CONTACTEN, "eerste contacten");
        java.time.Instant imposed = care.imposedAt(dossierId).orElse(null);
        java.util.Map<UUID, java.time.Instant> first = new java.util.HashMap<>();
        jdbc.sql("select persoon_id, min(moment) as eerste from contact where dossier_id = ? and bereikt and persoon_id is not null group by persoon_id")
                .param(dossierId)
                .query(rs -> {
                    first.put(rs.getObject("persoon_id", UUID.class), instant(rs, "eerste"));
                });
        return d.personen().stream().map(p -> {
            java.time.Instant m = first.get(p.id());
            Long hours = m == null || imposed == null ? null : java.time.Duration.between(imposed, m).toHours();
            return new EersteContact(p.id(), p.naam(), p.rol(), m, hours);
        }).toList();
    }

    @Transactional
    public List<Contact> list(UUID dossierId) {
        return list(care.read(dossierId, Onderdeel.CONTACTEN, "inzien contactlog"));
    }

    private List<Contact> list(Dossier d) {
        return jdbc.sql("select * from contact where dossier_id = ? order by moment desc").param(d.id())
                .query((rs, n) -> {
                    UUID persoonId = rs.getObject("persoon_id", UUID.class);
                    String met = persoonId == null ? rs.getString("partij") : d.personen().stream()
                            .filter(p -> p.id().equals(persoonId)).findFirst()
                            .map(p -> p.voornamen() + " " + p.achternaam()).orElse("?");
                    return new Contact(rs.getObject("id", UUID.class), persoonId, met,
                            Contact.Kanaal.valueOf(rs.getString("kanaal")), rs.getBoolean("bereikt"),
                            instant(rs, "moment"), rs.getString("notitie"), rs.getString("recorded_by_name"));
                }).list();
    }
}
