package nl.huisverbod.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * One queued event as a subscription is delivered it: its place in the order ({@code seq}), its id (the same
 * however often it is sent), its kind's code, the case and the resource it is about, and the trace it came from.
 */
public record PartnerEvent(long seq, UUID id, String kind, UUID dossierId, String resourcePath, String gemeenteCode,
                           String detail, Instant occurredAt, String traceId) {
}
