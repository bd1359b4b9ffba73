package nl.huisverbod.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner system's subscription: where its callbacks go, in which format, which kinds of events, and how
 * delivery stands ({@code pending} events waiting, {@code failures} in a row since {@code failingSince}, the
 * next try).
 */
public record Subscription(UUID id, UUID userId, String username, String organisationName, String callbackUrl,
                           Format format, List<String> kinds, Instant createdAt, Instant endedAt, int failures,
                           Instant nextAttemptAt, long pending, Instant lastDeliveredAt, Instant failingSince) {

    /**
     * ZGW_NOTIFICATIE and CLOUDEVENTS are callbacks; ZGW_ZAKEN is the municipality's ZGW store, which an
     * {@link EventSink} fills (set up as a ZGW link, not subscribed directly).
     */
    public enum Format {
        ZGW_NOTIFICATIE, CLOUDEVENTS, ZGW_ZAKEN;

        public boolean isCallback() {
            return this != ZGW_ZAKEN;
        }
    }

    /** One attempt to deliver one event: the receiver's HTTP status, or what went wrong before an answer. */
    public record Attempt(long eventSeq, UUID eventId, String kind, Instant attemptedAt, Integer statusCode,
                          String error, int durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
