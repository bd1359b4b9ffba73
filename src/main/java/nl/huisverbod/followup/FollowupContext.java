package nl.huisverbod.followup;

import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import org.springframework.stereotype.Component;

/** Need-to-know and the audit trail for the follow-up part of a case. */
@Component
class FollowupContext {

    private final Dossiers dossiers;
    private final Hulpteam team;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;

    FollowupContext(Dossiers dossiers, Hulpteam team, CurrentUserProvider currentUser, AuditTrail audit) {
        this.dossiers = dossiers;
        this.team = team;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    CurrentUser user() {
        return currentUser.require();
    }

    Dossier read(UUID dossierId, String purpose) {
        Dossier d = dossiers.authorise(dossierId, purpose, Onderdeel.NAZORG);
        audit.record(new AuditRecord(AuditAction.READ, "nazorg", d.id(), d.id(), d.personIds(), purpose,
                dossiers.legalBasisOfCurrentUser(), null));
        return d;
    }

    /** Care professionals who see the follow-up (the team and partners) record their part of it. */
    Dossier change(UUID dossierId, String purpose) {
        Dossier d = dossiers.authorise(dossierId, purpose, Onderdeel.NAZORG);
        dossiers.requireRole(user(), d, purpose, Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        return d;
    }

    /** Only the coordinating team offers help, monitors and closes. */
    Dossier coordinate(UUID dossierId, String purpose) {
        return team.requireCoordinating(dossierId, Onderdeel.NAZORG, purpose);
    }

    boolean isCoordinating(UUID dossierId) {
        return team.isCoordinating(dossierId);
    }

    void write(Dossier d, String type, UUID id, List<UUID> persons, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.WRITE, type, id, d.id(), persons, purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }
}
