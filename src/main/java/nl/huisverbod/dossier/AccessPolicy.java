package nl.huisverbod.dossier;

import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;

/**
 * Need-to-know (AVG art. 5(1)(c); Wet politiegegevens): the police see their unit's cases, a municipality
 * its own, Veilig Thuis its region's, the OM its unit's cases with an arrest, a care professional only the
 * cases it is assigned to. Researchers and functional administrators never see case content.
 */
final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The states in which an order exists, so the designated help organisation has the file (Wth 2(8)). */
    static final java.util.Set<DossierStatus> ORDER_STATES = java.util.EnumSet.of(DossierStatus.OPGELEGD,
            DossierStatus.VERLENGD, DossierStatus.BEEINDIGD, DossierStatus.INGETROKKEN, DossierStatus.VERNIETIGD,
            DossierStatus.NAZORG, DossierStatus.GESLOTEN);

    /**
     * {@code assigned}: the user's organisation was given the case, or is the help organisation the case's
     * municipality designated (Wth 2(8)) and an order was imposed.
     */
    static boolean inScope(CurrentUser u, Dossier d, boolean assigned) {
        return switch (u.role()) {
            case HOVJ, POLITIE -> d.policeUnit().equals(u.scopeCode());
            case BURGEMEESTER, GEMEENTE_JURIST -> d.gemeenteCode().equals(u.scopeCode());
            case VT_COORDINATOR -> d.vtRegion().equals(u.scopeCode()) || assigned;
            case ZORGPROFESSIONAL -> assigned;
            case OM_OFFICIER -> (d.arrest() && d.policeUnit().equals(u.scopeCode())) || assigned;
            case ONDERZOEKER, FUNCTIONEEL_BEHEERDER -> false;
        };
    }

    /**
     * Which parts of a case in scope the user sees. {@code partner} is the kind of partner the user's
     * organisation was invited as (null when it was not invited as a partner).
     */
    static boolean sees(CurrentUser u, PartnerSoort partner, Onderdeel o) {
        return switch (u.role()) {
            case VT_COORDINATOR -> true;
            case ZORGPROFESSIONAL -> partner == null || partner.sees(o);
            case HOVJ, POLITIE -> switch (o) {
                case HUISHOUDEN, CRITERIA, RIHG, BESLUIT, DOCUMENTEN, OVERTREDINGEN, STRAFRECHT, INCIDENTEN, TEAM, VEILIGHEIDSPLAN -> true;
                default -> false;
            };
            case BURGEMEESTER, GEMEENTE_JURIST -> switch (o) {
                case HUISHOUDEN, CRITERIA, RIHG, BESLUIT, DOCUMENTEN, OVERTREDINGEN, INCIDENTEN, TEAM, VEILIGHEIDSPLAN, ZORGADVIES,
                     NAZORG -> true;
                default -> false;
            };
            case OM_OFFICIER -> switch (o) {
                case HUISHOUDEN, CRITERIA, RIHG, BESLUIT, DOCUMENTEN, OVERTREDINGEN, STRAFRECHT, INCIDENTEN, TEAM -> true;
                default -> false;
            };
            case ONDERZOEKER, FUNCTIONEEL_BEHEERDER -> false;
        };
    }

    /** The same rule as {@link #inScope}, as SQL for work lists. */
    static String listFilter(CurrentUser u, List<String> designating, List<Object> params) {
        String assigned = "exists (select 1 from dossier_toewijzing t where t.dossier_id = d.id"
                + " and t.organisation_id = ? and (t.user_id is null or t.user_id = ?))";
        var p = new ArrayList<Object>();
        String where = switch (u.role()) {
            case HOVJ, POLITIE -> {
                p.add(u.scopeCode());
                yield "d.police_unit = ?";
            }
            case BURGEMEESTER, GEMEENTE_JURIST -> {
                p.add(u.scopeCode());
                yield "d.gemeente_code = ?";
            }
            case VT_COORDINATOR -> {
                p.add(u.scopeCode());
                p.add(u.organisationId());
                p.add(u.userId());
                yield "(d.vt_region = ? or " + assigned + ")";
            }
            case ZORGPROFESSIONAL -> {
                p.add(u.organisationId());
                p.add(u.userId());
                if (designating.isEmpty()) {
                    yield assigned;
                }
                p.addAll(designating);
                yield "(" + assigned + " or (d.gemeente_code in (" + String.join(",",
                        java.util.Collections.nCopies(designating.size(), "?")) + ") and d.status in ("
                        + String.join(",", ORDER_STATES.stream().map(st -> "'" + st.name() + "'").toList()) + ")))";
            }
            case OM_OFFICIER -> {
                p.add(u.scopeCode());
                p.add(u.organisationId());
                p.add(u.userId());
                yield "((d.arrest and d.police_unit = ?) or " + assigned + ")";
            }
            case ONDERZOEKER, FUNCTIONEEL_BEHEERDER -> "false";
        };
        params.addAll(p);
        return where;
    }

    static boolean mayRegister(Role role) {
        return role == Role.HOVJ || role == Role.POLITIE || role == Role.VT_COORDINATOR
                || role == Role.GEMEENTE_JURIST || role == Role.BURGEMEESTER;
    }

    /** The purpose and legal basis recorded in the audit trail for each role's access. */
    static String legalBasis(Role role) {
        return switch (role) {
            case HOVJ, POLITIE -> "Wth art. 2 en 3; Wet politiegegevens art. 8";
            case BURGEMEESTER -> "Wth art. 2, 3 en 9";
            case GEMEENTE_JURIST -> "Wth art. 2 en 10";
            case VT_COORDINATOR -> "Wth art. 2 lid 3 en lid 8";
            case ZORGPROFESSIONAL -> "Wth art. 2 lid 8 (toegewezen hulpverlener)";
            case OM_OFFICIER -> "Wth art. 11; samenloop strafrechtelijk traject";
            case ONDERZOEKER, FUNCTIONEEL_BEHEERDER -> "geen";
        };
    }
}
