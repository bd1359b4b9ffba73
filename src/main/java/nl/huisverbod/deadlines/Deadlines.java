package nl.huisverbod.deadlines;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.decision.HuisverbodFeitVastgelegd;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.enforcement.RechtsmiddelStap;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts deadlines when the law's clock starts, closes them when the act is recorded, and sweeps for missed
 * ones. The decision's events are handled in the decision's own transaction, so a fact and its deadline
 * outcome are stored together and in order.
 */
@Service
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
    static final int SWEEP_BATCH = 1000;
    private final DeadlineRepository repository;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deadlines(DeadlineRepository repository, Dossiers dossiers, CurrentUserProvider currentUser,
              ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(HuisverbodOpgelegd e) {
        repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.BEREIKBAARHEID, e.gemeenteCode(), e.imposedAt());
        if (e.mondeling()) {
            repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.SCHRIFTELIJKE_BESCHIKKING, e.policeUnit(),
                    e.imposedAt());
        }
    }

    @EventListener
    void on(HuisverbodFeitVastgelegd e) {
        switch (e.feit()) {
            case UITGEREIKT -> repository.meet(e.dossierId(), DeadlineKind.SCHRIFTELIJKE_BESCHIKKING, e.at());
            case BEREIKBAARHEID -> repository.meet(e.dossierId(), DeadlineKind.BEREIKBAARHEID, e.at());
            case ADVOCAAT_GEVRAAGD -> repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.ADVOCAAT,
                    e.gemeenteCode(), e.at());
            case ADVOCAAT_GEREGELD -> repository.meet(e.dossierId(), DeadlineKind.ADVOCAAT, e.at());
            case SLEUTELS -> { /* no deadline: keys are demanded at once when the order is imposed (Wth 4) */ }
        }
    }

    @EventListener
    void on(RechtsmiddelStap e) {
        if (e.soort() != Rechtsmiddel.Soort.VOORLOPIGE_VOORZIENING) {
            return;
        }
        switch (e.stap()) {
            case INGESTELD -> repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.ZITTING_VOORLOPIGE_VOORZIENING,
                    e.gemeenteCode(), e.at());
            case ZITTING -> repository.meet(e.dossierId(), DeadlineKind.ZITTING_VOORLOPIGE_VOORZIENING, e.at());
            case UITSPRAAK -> { /* the ruling follows the hearing at once; no separate deadline */ }
        }
    }

    /** Marks due deadlines as missed and announces each once, for escalation. Safe on several nodes. */
    @Scheduled(fixedDelayString = "${huisverbod.deadlines.sweep-interval:PT30S}")
    @Transactional
    public int sweep() {
        List<DeadlineGemist> missed = repository.markMissed(clock.instant(), SWEEP_BATCH);
        missed.forEach(events::publishEvent);
        if (!missed.isEmpty()) {
            log.info("{} deadline(s) missed", missed.size());
        }
        return missed.size();
    }

    /** The deadlines of a case; need-to-know as for the case itself. */
    @Transactional
    public List<Deadline> forDossier(UUID dossierId) {
        dossiers.authorise(dossierId, "termijnen");
        return repository.ofDossier(dossierId);
    }

    /** What the user's organisation still has to do, most urgent first. */
    public List<Deadline> forMyOrganisation() {
        CurrentUser user = currentUser.require();
        OrganisationType type = user.organisationType();
        return user.scopeCode() == null ? List.of() : repository.ofOwner(type, user.scopeCode(), 200);
    }
}
