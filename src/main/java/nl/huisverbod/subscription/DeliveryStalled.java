package nl.huisverbod.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's receiver has taken no event since {@code since}; {@code waiting} events are kept for it. Published
 * once per outage, when it has lasted {@code huisverbod.subscriptions.alert-after}.
 */
public record DeliveryStalled(UUID subscriptionId, UUID organisationId, String system, Instant since, long waiting) {
}
