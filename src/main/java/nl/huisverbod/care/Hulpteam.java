package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PartnerSoort;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.UserAccount;
import nl.huisverbod.identity.Users;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator accepts the file (help is activated) and forms the team: professionals for those staying
 * behind and for the evicted person, a gezinsmanager when there are children, and partners invited with
 * the view their kind needs.
 */
@Service
public class Hulpteam {

    private final JdbcClient jdbc;
    private final CareContext care;
    private final Dossiers dossiers;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Municipalities municipalities;

    Hulpteam(JdbcClient jdbc, CareContext care, Dossiers dossiers, Organisations organisations, Users users,
             ApplicationEventPublisher events, Municipalities municipalities) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.care = care;
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
    }

    /** Accepting the file activates the help; only once, and only when an order was imposed. */
    @Transactional
    public Coordinatie accept(UUID dossierId) {
        Dossier d = care.change(dossierId, Onderdeel.TEAM, "aanvaarden dossier hulpverlening", Role.VT_COORDINATOR,
                Role.ZORGPROFESSIONAL);
        care.requireImposed(dossierId);
        CurrentUser u = care.user();
        if (u.role() == Role.ZORGPROFESSIONAL
                && !u.organisationName().equals(municipalities.policy(d.gemeenteCode()).helpOrganisation())) {
            // only Veilig Thuis or the help organisation the municipality designated coordinates (Wth 2(8))
            dossiers.requireRole(u, d, "aanvaarden dossier hulpverlening (niet aangewezen)", Role.VT_COORDINATOR);
        }
        var now = care.now();
        try {
            jdbc.sql("""
                    insert into coordinatie (dossier_id, organisation_id, accepted_at, accepted_by, accepted_by_name)
                    values (?, ?, ?, ?, ?)""")
                    .params(d.id(), u.organisationId(), ts(now), u.userId(), u.displayName()).update();
        } catch (DuplicateKeyException e) {
            throw new nl.huisverbod.shared.InvalidInputException(List.of(
                    nl.huisverbod.shared.Violation.of("dossier", "care.alreadyAccepted")));
        }
        care.write(d, "coordinatie", d.id(), List.of(), "aanvaarden dossier hulpverlening", u.organisationName());
        care.announce(d, HulpverleningStap.Stap.AANVAARD, now);
        return coordinatie(d.id()).orElseThrow();
    }

    /**
     * Puts a professional or partner organisation on the team. A professional of another organisation, and
     * every partner, gets access to the case; a partner sees only what its kind needs.
     */
    @Transactional
    public Hulpverlener assign(UUID dossierId, Functie functie, PartnerSoort partnerSoort, UUID organisationId,
                               UUID userId) {
        Dossier d = care.coordinate(dossierId, Onderdeel.TEAM, "toewijzen hulpverlener");
        var v = new Violations();
        v.require(functie != null, "functie", "validation.required");
        v.require(functie != Functie.PARTNER || partnerSoort != null, "partnerSoort", "validation.required");
        Optional<Organisation> org = organisationId == null ? Optional.empty() : organisations.find(organisationId)
                .filter(o -> o.type() == OrganisationType.VEILIG_THUIS || o.type() == OrganisationType.ZORGAANBIEDER);
        v.require(org.isPresent(), "organisationId", "care.team.unknownOrganisation");
        Optional<UserAccount> professional = userId == null ? Optional.empty() : users.find(userId);
        if (userId != null) {
            v.require(professional.isPresent() && professional.get().organisationId().equals(organisationId),
                    "userId", "care.team.unknownProfessional");
        }
        v.require(functie == Functie.PARTNER || userId != null, "userId", "validation.required");
        if (functie == Functie.GEZINSMANAGER) {
            v.require(d.personen().stream().anyMatch(p -> p.rol() == nl.huisverbod.dossier.PersonRole.KIND),
                    "functie", "care.team.noChildren");
        }
        v.require(coordinatie(dossierId).isPresent(), "dossier", "care.notAccepted");
        v.throwIfAny();
        CurrentUser u = care.user();
        boolean ownRegion = org.get().type() == OrganisationType.VEILIG_THUIS
                && org.get().scopeCode().equals(d.vtRegion());
        if (!ownRegion) {
            dossiers.assign(d.id(), organisationId, userId, functie == Functie.PARTNER ? partnerSoort : null);
        }
        UUID id = UUID.randomUUID();
        String naam = professional.map(UserAccount::displayName).orElse(org.get().name());
        var now = care.now();
        jdbc.sql("""
                insert into hulpverlener (id, dossier_id, functie, partner_soort, organisation_id, user_id, naam,
                    assigned_at, assigned_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), functie.name(), functie == Functie.PARTNER ? partnerSoort.name() : null,
                        organisationId, userId, naam, ts(now), u.userId()).update();
        care.write(d, "hulpverlener", id, List.of(), "toewijzen hulpverlener", functie + ": " + naam);
        if (functie == Functie.GEZINSMANAGER) {
            care.announce(d, HulpverleningStap.Stap.GEZINSMANAGER_TOEGEWEZEN, now);
        }
        if (functie == Functie.PARTNER) {
            events.publishEvent(new PartnerUitgenodigd(d.id(), d.nummer(), organisationId, partnerSoort));
        }
        return team(dossierId).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    public Optional<Coordinatie> coordinatie(UUID dossierId) {
        return jdbc.sql("""
                select c.*, o.name from coordinatie c join organisation o on o.id = c.organisation_id
                where c.dossier_id = ?""").param(dossierId)
                .query((rs, n) -> new Coordinatie(rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                        instant(rs, "accepted_at"), rs.getString("accepted_by_name")))
                .optional();
    }

    /** The team of the case; everyone who sees the case sees who is on it (whom to call). */
    @Transactional
    public List<Hulpverlener> team(UUID dossierId) {
        dossiers.authorise(dossierId, "hulpteam", Onderdeel.TEAM);
        return jdbc.sql("""
                select h.*, o.name as organisatie from hulpverlener h join organisation o on o.id = h.organisation_id
                where h.dossier_id = ? order by h.assigned_at""").param(dossierId)
                .query((rs, n) -> new Hulpverlener(rs.getObject("id", UUID.class), Functie.valueOf(rs.getString("functie")),
                        rs.getString("partner_soort") == null ? null : PartnerSoort.valueOf(rs.getString("partner_soort")),
                        rs.getObject("organisation_id", UUID.class), rs.getString("organisatie"),
                        rs.getObject("user_id", UUID.class), rs.getString("naam"), instant(rs, "assigned_at")))
                .list();
    }

    /**
     * For the follow-up: refuses (and audits) a change by anyone outside the coordinating team (Veilig Thuis
     * of the region, the organisation that accepted the file, the core team).
     */
    public nl.huisverbod.dossier.Dossier requireCoordinating(UUID dossierId, Onderdeel part, String purpose) {
        return care.coordinate(dossierId, part, purpose);
    }

    /**
     * Whether the current user belongs to the coordinating team of a case they were already authorised for
     * (a partner records its part of the help; the team decides what is offered).
     */
    public boolean isCoordinating(UUID dossierId) {
        return care.isCoordinating(dossierId);
    }

    /** The cases the current user is named on as a professional (the user's own cases). */
    public java.util.Set<UUID> myCases() {
        return new java.util.HashSet<>(jdbc.sql("select distinct dossier_id from hulpverlener where user_id = ?")
                .param(care.user().userId()).query(UUID.class).list());
    }

    /** The organisations a coordinator can put on the team, with their professionals, for forms. */
    public List<Kandidaat> candidates(Dossier d) {
        var result = new java.util.ArrayList<Kandidaat>();
        for (OrganisationType type : List.of(OrganisationType.VEILIG_THUIS, OrganisationType.ZORGAANBIEDER)) {
            for (Organisation o : organisations.ofType(type)) {
                if (type == OrganisationType.VEILIG_THUIS && !d.vtRegion().equals(o.scopeCode())) {
                    continue;
                }
                List<UserAccount> pros = users.inOrganisation(o.id()).stream()
                        .filter(a -> a.role() == Role.VT_COORDINATOR || a.role() == Role.ZORGPROFESSIONAL).toList();
                result.add(new Kandidaat(o, pros));
            }
        }
        return result;
    }

    public record Kandidaat(Organisation organisation, List<UserAccount> professionals) {
    }
}
