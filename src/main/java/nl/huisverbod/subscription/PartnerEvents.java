package nl.huisverbod.subscription;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.care.HulpverleningStap;
import nl.huisverbod.deadlines.DeadlineGemist;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.decision.HuisverbodGewijzigd;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.decision.HuisverbodVoorgesteld;
import nl.huisverbod.dossier.DossierGesloten;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.enforcement.OvertredingGemeld;
import nl.huisverbod.enforcement.RechtsmiddelStap;
import nl.huisverbod.identity.UserAccount;
import nl.huisverbod.identity.Users;
import nl.huisverbod.shared.TraceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened in the chain into events for the subscribers. Runs after the decision, breach or step
 * committed, from the event publication registry (a crash is made up at start-up); the event's id follows from
 * what happened, so a republished domain event is not recorded twice. Each subscription is queued the event
 * only when its account may know of that part of the case now: the same need-to-know as reading it.
 */
@Component
class PartnerEvents {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Users users;
    private final Clock clock;

    PartnerEvents(JdbcClient jdbc, Dossiers dossiers, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.users = users;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HuisverbodVoorgesteld e) {
        record(PartnerEventKind.ORDER_PROPOSED, e.dossierId(), e.gemeenteCode(), null, clock.instant(),
                e.huisverbodId().toString());
    }

    @ApplicationModuleListener
    void on(HuisverbodOpgelegd e) {
        record(PartnerEventKind.ORDER_IMPOSED, e.dossierId(), e.gemeenteCode(), null, e.recordedAt(),
                e.huisverbodId().toString());
    }

    @ApplicationModuleListener
    void on(HuisverbodGewijzigd e) {
        PartnerEventKind kind = switch (e.wijziging()) {
            case VERLENGD -> PartnerEventKind.ORDER_EXTENDED;
            case NIET_VERLENGD -> PartnerEventKind.ORDER_NOT_EXTENDED;
            case INGETROKKEN -> PartnerEventKind.ORDER_WITHDRAWN;
            case BEEINDIGD, DOOR_RECHTER_BEEINDIGD -> PartnerEventKind.ORDER_ENDED;
        };
        record(kind, e.dossierId(), e.gemeenteCode(), null, clock.instant(),
                e.huisverbodId() + "|" + e.wijziging() + "|" + e.endsAt());
    }

    @ApplicationModuleListener
    void on(OvertredingGemeld e) {
        record(PartnerEventKind.BREACH_REPORTED, e.dossierId(), e.gemeenteCode(), null, e.occurredAt(),
                e.overtredingId().toString());
    }

    @ApplicationModuleListener
    void on(RechtsmiddelStap e) {
        if (e.stap() == RechtsmiddelStap.Stap.INGESTELD) {
            record(PartnerEventKind.APPEAL_LODGED, e.dossierId(), e.gemeenteCode(), null, e.at(),
                    e.rechtsmiddelId().toString());
        }
    }

    @ApplicationModuleListener
    void on(HulpverleningStap e) {
        if (e.stap() == HulpverleningStap.Stap.AANVAARD) {
            record(PartnerEventKind.FILE_ACCEPTED, e.dossierId(), e.gemeenteCode(), null, e.at(), e.at().toString());
        }
    }

    @ApplicationModuleListener
    void on(DeadlineGemist e) {
        if (e.missed()) {
            record(PartnerEventKind.DEADLINE_MISSED, e.dossierId(), null, e.kind(), e.dueAt(),
                    e.deadlineId().toString());
        }
    }

    @ApplicationModuleListener
    void on(DossierGesloten e) {
        record(PartnerEventKind.CASE_CLOSED, e.dossierId(), null, null, e.at(), e.at().toString());
    }

    private void record(PartnerEventKind kind, UUID dossierId, String gemeente,
                        DeadlineKind deadline, Instant occurredAt, String what) {
        UUID id = UUID.nameUUIDFromBytes((kind.code() + "|" + dossierId + "|" + what).getBytes(StandardCharsets.UTF_8));
        String path = "/api/v1/dossiers/" + dossierId + (kind.resource().isEmpty() ? "" : "/" + kind.resource());
        Long seq = jdbc.sql("""
                insert into partner_event (id, kind, dossier_id, resource_path, gemeente_code, detail, occurred_at, trace_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing returning seq""")
                .params(id, kind.code(), dossierId, path, gemeente,
                        deadline == null ? null : deadline.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        Timestamp.from(occurredAt), TraceContext.start().traceId())
                .query(Long.class).optional().orElse(null);
        if (seq == null) {
            return; // recorded before: a republished domain event
        }
        Onderdeel part = deadline != null ? deadline.part() : kind.part();
        jdbc.sql("select id, user_id from subscription where ended_at is null and ? = any(kinds)").param(kind.code())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list()
                .forEach(row -> {
                    if (mayKnow((UUID) row[1], dossierId, part)) {
                        queue((UUID) row[0], seq);
                    }
                });
    }

    /**
     * Queues for a new subscription the events of its kinds that happened since {@code since}, in their order,
     * each only when the subscription's account may know of that part of the case now (as {@link #record} does
     * for a new event): so a municipality's store that is linked today also gets the orders that run already.
     * Returns how many cases the events are about.
     */
    int queueEarlier(UUID subscriptionId, UUID userId, List<String> kinds, Instant since) {
        Set<UUID> cases = new HashSet<>();
        jdbc.sql("select seq, dossier_id, kind, detail from partner_event where kind = any(?) and occurred_at >= ? order by seq")
                .params(kinds.toArray(String[]::new), Timestamp.from(since))
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list().forEach(e -> {
                    Onderdeel part = e.detail() != null
                            ? DeadlineKind.valueOf(e.detail().toUpperCase(Locale.ROOT).replace('-', '_')).part()
                            : PartnerEventKind.byCode(e.kind()).orElseThrow().part();
                    if (mayKnow(userId, e.dossierId(), part)) {
                        queue(subscriptionId, e.seq());
                        cases.add(e.dossierId());
                    }
                });
        return cases.size();
    }

    private record Earlier(long seq, UUID dossierId, String kind, String detail) {
    }

    private boolean mayKnow(UUID userId, UUID dossierId, Onderdeel part) {
        return users.find(userId).filter(UserAccount::enabled)
                .map(account -> dossiers.mayKnow(users.toCurrentUser(account), dossierId, part)).orElse(false);
    }

    private void queue(UUID subscriptionId, long seq) {
        jdbc.sql("insert into subscription_delivery (subscription_id, event_seq) values (?, ?) on conflict do nothing")
                .params(subscriptionId, seq).update();
    }
}
