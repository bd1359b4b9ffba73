package nl.huisverbod.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.identity.Role;

/**
 * One step of the criminal track alongside the order (domain.md §8): arrest, custody, the ZSM decision, a
 * behavioural order (contact or area ban, with its end), the OM's decision, the court's outcome and the
 * probation advice. The OM's steps are fed back to the coordinator.
 */
public record Strafrechtstap(UUID id, Soort soort, Instant moment, Uitkomst uitkomst, LocalDate tot,
                             String toelichting, String door) {

    public enum Soort {
        AANHOUDING(null, Role.HOVJ, Role.POLITIE),
        INVERZEKERINGSTELLING(null, Role.HOVJ),
        ZSM_BESLISSING(EnumSet.of(Uitkomst.DAGVAARDING, Uitkomst.STRAFBESCHIKKING, Uitkomst.VOORWAARDELIJK_SEPOT,
                Uitkomst.ONVOORWAARDELIJK_SEPOT, Uitkomst.VERDER_ONDERZOEK), Role.OM_OFFICIER),
        GEDRAGSAANWIJZING(EnumSet.of(Uitkomst.CONTACTVERBOD, Uitkomst.GEBIEDSVERBOD, Uitkomst.CONTACT_EN_GEBIEDSVERBOD),
                Role.OM_OFFICIER),
        OM_BESLISSING(EnumSet.of(Uitkomst.DAGVAARDING, Uitkomst.STRAFBESCHIKKING, Uitkomst.VOORWAARDELIJK_SEPOT,
                Uitkomst.ONVOORWAARDELIJK_SEPOT, Uitkomst.TRANSACTIE), Role.OM_OFFICIER),
        UITSPRAAK(EnumSet.of(Uitkomst.VEROORDEELD, Uitkomst.VRIJGESPROKEN, Uitkomst.ONTSLAG_VAN_RECHTSVERVOLGING),
                Role.OM_OFFICIER),
        RECLASSERINGSADVIES(null, Role.ZORGPROFESSIONAL);

        private final Set<Uitkomst> uitkomsten;
        private final Set<Role> roles;

        Soort(Set<Uitkomst> uitkomsten, Role... roles) {
            this.uitkomsten = uitkomsten == null ? Set.of() : uitkomsten;
            this.roles = Set.of(roles);
        }

        public Set<Uitkomst> uitkomsten() {
            return uitkomsten;
        }

        public Role[] roles() {
            return roles.toArray(Role[]::new);
        }

        /** Steps the coordinator must hear of: the OM's and the court's. */
        public boolean feedBack() {
            return roles.contains(Role.OM_OFFICIER);
        }
    }

    public enum Uitkomst {
        DAGVAARDING, STRAFBESCHIKKING, VOORWAARDELIJK_SEPOT, ONVOORWAARDELIJK_SEPOT, TRANSACTIE, VERDER_ONDERZOEK,
        CONTACTVERBOD, GEBIEDSVERBOD, CONTACT_EN_GEBIEDSVERBOD, VEROORDEELD, VRIJGESPROKEN, ONTSLAG_VAN_RECHTSVERVOLGING
    }
}
