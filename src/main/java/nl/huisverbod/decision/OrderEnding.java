package nl.huisverbod.decision;

import java.time.Clock;
import java.util.List;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.DossierStatus;
import nl.huisverbod.dossier.Dossiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order ends by itself at its end moment (Wth 2(1), 9); the case moves on and everyone is told. */
@Component
public class OrderEnding {

    private static final Logger log = LoggerFactory.getLogger(OrderEnding.class);
    private final HuisverbodRepository repository;
    private final Dossiers dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderEnding(HuisverbodRepository repository, Dossiers dossiers, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huisverbod.deadlines.sweep-interval:PT30S}")
    @Transactional
    public int endDueOrders() {
        List<Huisverbod> ended = repository.endDue(clock.instant(), 500);
        for (Huisverbod h : ended) {
            dossiers.markOrder(h.dossierId(), DossierStatus.BEEINDIGD);
            Dossier d = dossiers.unchecked(h.dossierId());
            events.publishEvent(new HuisverbodGewijzigd(h.id(), d.id(), d.nummer(), d.gemeenteCode(), d.vtRegion(),
                    d.policeUnit(), HuisverbodGewijzigd.Wijziging.BEEINDIGD, h.endsAt()));
        }
        if (!ended.isEmpty()) {
            log.info("{} order(s) ended", ended.size());
        }
        return ended.size();
    }
}
