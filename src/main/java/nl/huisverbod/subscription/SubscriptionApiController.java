package nl.huisverbod.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.platform.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner system subscribes its own account to kinds of events (ZGW Notificaties: abonnementen) and reads
 * its delivery log. The kinds it may choose are listed at {@code /gebeurtenissoorten}; what it is told of each
 * follows its account's need-to-know.
 */
@RestController
class SubscriptionApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Subscriptions subscriptions;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    SubscriptionApiController(Subscriptions subscriptions, CurrentUserProvider currentUser, Messages messages) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    record Abonnement(UUID id, String callbackUrl, Subscription.Format formaat, List<String> soorten, String account,
                      String organisatie, Instant aangemaakt, Instant beeindigd, long wachtend, int foutenOpRij,
                      Instant volgendePoging, Instant laatstAfgeleverd, Instant nietAfgeleverdSinds) {

        static Abonnement of(Subscription s) {
            return new Abonnement(s.id(), s.callbackUrl(), s.format(), s.kinds(), s.username(), s.organisationName(),
                    s.createdAt(), s.endedAt(), s.pending(), s.failures(), s.nextAttemptAt(), s.lastDeliveredAt(),
                    s.failingSince());
        }
    }

    /** The answer to a new subscription: with the signing secret, which is shown this once. */
    record NieuwAbonnement(Abonnement abonnement, String geheim) {
    }

    record Aflevering(UUID gebeurtenisId, String soort, Instant poging, Integer httpStatus, String fout, int duurMs,
                      boolean afgeleverd) {
    }

    record Gebeurtenissoort(String code, String omschrijving) {
    }

    @GetMapping("/api/v1/gebeurtenissoorten")
    List<Gebeurtenissoort> kinds() {
        return Arrays.stream(PartnerEventKind.values())
                .map(k -> new Gebeurtenissoort(k.code(), messages.get(DUTCH, "subscription.kind." + k.code()))).toList();
    }

    @GetMapping("/api/v1/abonnementen")
    List<Abonnement> list() {
        return subscriptions.visibleTo(currentUser.require()).stream().map(Abonnement::of).toList();
    }

    @PostMapping("/api/v1/abonnementen")
    ResponseEntity<NieuwAbonnement> subscribe(@RequestBody Subscriptions.Request request) {
        Subscriptions.Created created = subscriptions.subscribe(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/v1/abonnementen/" + created.subscription().id()))
                .body(new NieuwAbonnement(Abonnement.of(created.subscription()), created.secret()));
    }

    @GetMapping("/api/v1/abonnementen/{id}")
    Abonnement one(@PathVariable UUID id) {
        return Abonnement.of(subscriptions.get(currentUser.require(), id));
    }

    @DeleteMapping("/api/v1/abonnementen/{id}")
    ResponseEntity<Void> end(@PathVariable UUID id) {
        subscriptions.end(currentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/abonnementen/{id}/afleveringen")
    List<Aflevering> attempts(@PathVariable UUID id, nl.huisverbod.platform.ListRequest page) {
        return nl.huisverbod.platform.ListRequest.map(subscriptions.attempts(currentUser.require(), id, page),
                a -> new Aflevering(a.eventId(), a.kind(), a.attemptedAt(), a.statusCode(), a.error(),
                        a.durationMs(), a.delivered()));
    }
}
