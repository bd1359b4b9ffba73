package nl.huisverbod.subscription;

import java.util.UUID;

/** A receiver whose outage was reported took an event again; what waited follows in order. */
public record DeliveryResumed(UUID subscriptionId, UUID organisationId, String system) {
}
