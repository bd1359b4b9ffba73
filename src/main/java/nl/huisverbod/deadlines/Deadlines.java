package nl.huisverbod.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.care.HulpverleningStap;
import nl.huisverbod.decision.BeleidsadviesUitgebracht;
import nl.huisverbod.decision.HuisverbodFeitVastgelegd;
import nl.huisverbod.decision.HuisverbodGewijzigd;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.enforcement.RechtsmiddelStap;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts deadlines when their clock starts, closes them when the act is recorded, and sweeps for deadlines at
 * risk and missed. The events are handled in the transaction that records the act, so a fact and its deadline
 * outcome are stored together and in order.
 */
@Service
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
    static final int SWEEP_BATCH = 1000;
    private final DeadlineRepository repository;
    private final TermijnAfspraken afspraken;
    private final Dossiers dossiers;
    private final Organisations organisations;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deadlines(DeadlineRepository repository, TermijnAfspraken afspraken, Dossiers dossiers, Organisations organisations,
              CurrentUserProvider currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.afspraken = afspraken;
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Agreed deadlines that run from the moment Veilig Thuis is told, not from the moment of imposing. */
    private static final java.util.Set<DeadlineKind> COUNTS_FROM_NOTICE = java.util.EnumSet.of(
            DeadlineKind.ACTIVERING_HULP, DeadlineKind.EERSTE_CONTACT_UITHUISGEPLAATSTE, DeadlineKind.CONTACT_KINDEREN,
            DeadlineKind.GEZINSMANAGER);

    @EventListener
    void on(HuisverbodOpgelegd e) {
        repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.BEREIKBAARHEID, e.gemeenteCode(), e.imposedAt());
        // Wth 2(7): every first beschikking is served, after an oral order or not; met when that is recorded
        repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.SCHRIFTELIJKE_BESCHIKKING, e.policeUnit(),
                e.imposedAt());
        // Wth 9: the mayor decides on extension before the current end
        repository.open(e.dossierId(), e.dossierNummer(), DeadlineKind.VERLENGINGSBESLUIT, e.gemeenteCode(), null,
                e.imposedAt(), e.endsAt());
        Dossier d = dossiers.unchecked(e.dossierId());
        boolean children = d.personen().stream().anyMatch(p -> p.rol() == PersonRole.KIND);
        for (DeadlineKind kind : List.of(DeadlineKind.ACTIVERING_HULP, DeadlineKind.EERSTE_CONTACT_UITHUISGEPLAATSTE,
                DeadlineKind.CONTACT_KINDEREN, DeadlineKind.GEZINSMANAGER, DeadlineKind.SYSTEEMGESPREK,
                DeadlineKind.ZORGADVIES, DeadlineKind.BELEIDSADVIES)) {
            if (!children && (kind == DeadlineKind.CONTACT_KINDEREN || kind == DeadlineKind.GEZINSMANAGER)) {
                continue;
            }
            String scope = kind.owner() == OrganisationType.GEMEENTE ? e.gemeenteCode() : e.vtRegion();
            // the help counts from the notice (an order recorded in the morning for the night is not late at
            // once); the days of the order count from imposing
            Instant start = COUNTS_FROM_NOTICE.contains(kind) ? e.recordedAt() : e.imposedAt();
            openAgreed(e.dossierId(), e.dossierNummer(), e.gemeenteCode(), kind, scope, null, start);
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

    /** Wth 9: deciding (either way) meets the extension deadline; an early end voids what is no longer needed. */
    @EventListener
    void on(HuisverbodGewijzigd e) {
        Instant now = clock.instant();
        switch (e.wijziging()) {
            case VERLENGD, NIET_VERLENGD -> {
                repository.meet(e.dossierId(), DeadlineKind.VERLENGINGSBESLUIT, now);
                // the advice was for this decision: once it is taken, an advice still open is overtaken
                repository.voidOpen(e.dossierId(), List.of(DeadlineKind.ZORGADVIES, DeadlineKind.BELEIDSADVIES), now);
            }
            case INGETROKKEN -> {
                repository.meet(e.dossierId(), DeadlineKind.VERLENGINGSBESLUIT, now);
                voidOrderBound(e.dossierId(), now);
                startMonitoring(e, now);
            }
            case DOOR_RECHTER_BEEINDIGD -> {
                voidOrderBound(e.dossierId(), now);
                startMonitoring(e, now);
            }
            case BEEINDIGD -> {
                voidOrderBound(e.dossierId(), now);
                startMonitoring(e, e.endsAt());
            }
        }
    }

    /** Follow-up (domain.md §4 step 12): the monitoring contacts count from the end of the order. */
    private void startMonitoring(HuisverbodGewijzigd e, Instant end) {
        for (DeadlineKind kind : DeadlineKind.MONITORING) {
            openAgreed(e.dossierId(), e.dossierNummer(), e.gemeenteCode(), kind, e.vtRegion(), null, end);
        }
    }

    /** A closed case has nothing due any more: what is still open becomes void. */
    @EventListener
    void on(nl.huisverbod.dossier.DossierGesloten e) {
        repository.voidOpen(e.dossierId(), List.of(DeadlineKind.values()), e.at());
    }

    /** A monitoring contact meets the first monitoring deadline still open (late ones keep MISSED with the moment). */
    @EventListener
    void on(MonitoringContact e) {
        repository.meetFirst(e.dossierId(), DeadlineKind.MONITORING, e.at());
    }

    @EventListener
    void on(HulpverleningStap s) {
        switch (s.stap()) {
            case AANVAARD -> {
                repository.meet(s.dossierId(), DeadlineKind.ACTIVERING_HULP, s.at());
                Organisation coordinator = organisations.find(s.organisationId()).orElseThrow();
                for (DeadlineKind kind : List.of(DeadlineKind.EERSTE_CONTACT_ACHTERBLIJVERS,
                        DeadlineKind.HUISBEZOEK_ACHTERBLIJVERS, DeadlineKind.EERSTE_ZORGOVERLEG)) {
                    openAgreed(s.dossierId(), s.dossierNummer(), s.gemeenteCode(), kind, coordinator.scopeCode(),
                            coordinator, s.at());
                }
            }
            case CONTACT_ACHTERBLIJVER -> repository.meet(s.dossierId(), DeadlineKind.EERSTE_CONTACT_ACHTERBLIJVERS, s.at());
            case HUISBEZOEK_ACHTERBLIJVER -> repository.meet(s.dossierId(), DeadlineKind.HUISBEZOEK_ACHTERBLIJVERS, s.at());
            case CONTACT_UITHUISGEPLAATSTE ->
                    repository.meet(s.dossierId(), DeadlineKind.EERSTE_CONTACT_UITHUISGEPLAATSTE, s.at());
            case CONTACT_KIND -> repository.meet(s.dossierId(), DeadlineKind.CONTACT_KINDEREN, s.at());
            case GEZINSMANAGER_TOEGEWEZEN -> repository.meet(s.dossierId(), DeadlineKind.GEZINSMANAGER, s.at());
            case ZORGOVERLEG_GEHOUDEN -> repository.meet(s.dossierId(), DeadlineKind.EERSTE_ZORGOVERLEG, s.at());
            case SYSTEEMGESPREK_GEVOERD -> repository.meet(s.dossierId(), DeadlineKind.SYSTEEMGESPREK, s.at());
            case ZORGADVIES_UITGEBRACHT -> repository.meet(s.dossierId(), DeadlineKind.ZORGADVIES, s.at());
        }
    }

    @EventListener
    void on(BeleidsadviesUitgebracht e) {
        repository.meet(e.dossierId(), DeadlineKind.BELEIDSADVIES, e.at());
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

    /**
     * Starts an agreed deadline by the rule of the case's municipality or region, unless it agreed no fixed
     * limit. Without a given owner, it goes to the organisation serving the scope, or to that organisation's
     * crisis service when it is closed until after the deadline (availability windows, domain.md §7).
     */
    private void openAgreed(UUID dossierId, String nummer, String gemeenteCode, DeadlineKind kind, String scope,
                            Organisation owner, Instant start) {
        afspraken.ruleFor(kind, gemeenteCode).ifPresent(rule -> {
            Instant due = rule.dueFrom(start);
            Organisation routed = owner;
            if (routed == null) {
                List<Organisation> serving = organisations.serving(kind.owner(), scope);
                routed = serving.size() == 1 ? organisations.responsibleFor(serving.get(0), start, due) : null;
            }
            repository.open(dossierId, nummer, kind, routed == null ? scope : routed.scopeCode(),
                    routed == null ? null : routed.id(), start, due);
        });
    }

    private void voidOrderBound(UUID dossierId, Instant now) {
        int voided = repository.voidOpen(dossierId, Arrays.stream(DeadlineKind.values())
                .filter(DeadlineKind::boundToRunningOrder).toList(), now);
        if (voided > 0) {
            log.debug("{} deadline(s) void after the order ended", voided);
        }
    }

    /**
     * Announces deadlines at risk and marks due deadlines as missed, each once, for escalation. Safe on
     * several nodes: every row changes in exactly one transaction.
     */
    @Scheduled(fixedDelayString = "${huisverbod.deadlines.sweep-interval:PT30S}")
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<DeadlineGemist> atRisk = repository.markAtRisk(now, SWEEP_BATCH);
        List<DeadlineGemist> missed = repository.markMissed(now, SWEEP_BATCH);
        atRisk.forEach(events::publishEvent);
        missed.forEach(events::publishEvent);
        if (!missed.isEmpty()) {
            log.info("{} deadline(s) missed", missed.size());
        }
        return missed.size();
    }

    /** The deadlines of a case: each shows to whoever sees the part of the case it belongs to. */
    @Transactional
    public List<Deadline> forDossier(UUID dossierId) {
        var zicht = dossiers.viewOf(dossiers.authorise(dossierId, "termijnen")).zicht();
        return repository.ofDossier(dossierId).stream().filter(d -> zicht.contains(d.kind().part())).toList();
    }

    /** What the user's organisation still has to do, most urgent first: overdue, due within a day, coming. */
    public List<Deadline> forMyOrganisation() {
        CurrentUser user = currentUser.require();
        OrganisationType type = user.organisationType();
        return user.scopeCode() == null && type != OrganisationType.ZORGAANBIEDER ? List.of()
                : repository.ofOwner(user.organisationId(), type, user.scopeCode(), 200);
    }
}
