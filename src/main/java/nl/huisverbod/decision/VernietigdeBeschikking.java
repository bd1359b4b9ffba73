package nl.huisverbod.decision;

import java.util.UUID;

/** A beschikking whose PDF was destroyed under Wth 10: what is left to say so in the audit trail. */
public record VernietigdeBeschikking(UUID dossierId, UUID beschikkingId, String nummer) {
}
