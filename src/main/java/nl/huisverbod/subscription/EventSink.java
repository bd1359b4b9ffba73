package nl.huisverbod.subscription;

import java.util.UUID;

/**
 * A receiver that is not an HTTP callback: the module behind a format takes the events of its subscriptions
 * itself (the municipality's ZGW store, {@link Subscription.Format#ZGW_ZAKEN}). The dispatcher treats its
 * answer as a callback's: in order, retried after a failure with the same backoff, each attempt in the
 * delivery log.
 */
public interface EventSink {

    Subscription.Format format();

    /** Passes one event on; a status from 200 to 299 means it was taken. Failures are answered, not thrown. */
    Outcome pass(UUID subscriptionId, PartnerEvent event);

    /** The receiver's HTTP status, or what went wrong before an answer. */
    record Outcome(Integer status, String error) {
    }
}
