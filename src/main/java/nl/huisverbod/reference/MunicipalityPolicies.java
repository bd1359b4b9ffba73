package nl.huisverbod.reference;

import java.util.List;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance of each municipality's mandate (Wth 3) and designated help organisation (Wth 2(8)) by the
 * functional administrator; every change is in the audit trail.
 */
@Service
public class MunicipalityPolicies {

    public record Row(Municipality municipality, MunicipalityPolicy policy) {
    }

    private final Municipalities municipalities;
    private final Organisations organisations;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;

    MunicipalityPolicies(Municipalities municipalities, Organisations organisations, CurrentUserProvider currentUser,
                         AuditTrail audit) {
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<Row> all() {
        requireAdministrator();
        return municipalities.allCurrent().stream().map(m -> new Row(m, municipalities.policy(m.code()))).toList();
    }

    /**
     * The organisations a municipality can designate for the help (Wth 2(8)): Veilig Thuis or a care provider,
     * by name, Veilig Thuis first.
     */
    public List<String> helpOrganisations() {
        requireAdministrator();
        return java.util.stream.Stream.of(OrganisationType.VEILIG_THUIS, OrganisationType.ZORGAANBIEDER)
                .flatMap(t -> organisations.ofType(t).stream().filter(o -> !o.crisisService()).map(o -> o.name()).sorted())
                .distinct().toList();
    }

    public Row one(String code) {
        requireAdministrator();
        Municipality m = municipalities.current(code).orElseThrow(() -> new NotFoundException("gemeente"));
        return new Row(m, municipalities.policy(code));
    }

    @Transactional
    public MunicipalityPolicy update(String code, Mandaat mandaat, String helpOrganisation, String briefhoofd) {
        requireAdministrator();
        municipalities.current(code).orElseThrow(() -> new NotFoundException("gemeente"));
        String help = helpOrganisation == null || helpOrganisation.isBlank() ? null : helpOrganisation.trim();
        new Violations().require(mandaat != null, "mandaat", "validation.required")
                .require(help == null || organisations.named(help).filter(o -> o.type() == OrganisationType.VEILIG_THUIS
                        || o.type() == OrganisationType.ZORGAANBIEDER).isPresent(), "hulpverleningsorganisatie",
                        "reference.helpOrganisation.unknown")
                .optionalText(briefhoofd, "briefhoofd", 500)
                .throwIfAny();
        MunicipalityPolicy before = municipalities.policy(code);
        var policy = new MunicipalityPolicy(code, mandaat, help,
                briefhoofd == null || briefhoofd.isBlank() ? null : briefhoofd.trim());
        municipalities.setPolicy(policy);
        audit.record(new AuditRecord(AuditAction.WRITE, "gemeentebeleid", null, null, List.of(),
                "beheer mandaat en hulpverleningsorganisatie", "Wth art. 2 lid 8 en art. 3",
                code + ": " + before.mandaat() + " -> " + mandaat + "; " + before.helpOrganisation() + " -> " + help));
        return policy;
    }

    private void requireAdministrator() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("municipal policies are maintained by the functional administrator");
        }
    }
}
